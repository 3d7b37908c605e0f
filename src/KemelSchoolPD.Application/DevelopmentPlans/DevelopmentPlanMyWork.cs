using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The plans' kinds of "my work" items and notifications (stable codes).</summary>
public static class DevelopmentPlanWorkKinds
{
    /// <summary>Item for whoever agrees plans: a submitted plan waits for agreement (due: submission + the school's days).</summary>
    public const string AwaitingAgreement = "DevelopmentPlans.AwaitingAgreement";
    /// <summary>Item for the teacher: the plan came back with comments (due: return + the school's days).</summary>
    public const string ReturnedForRevision = "DevelopmentPlans.ReturnedForRevision";
    /// <summary>The mentor's view of a mentee's returned plan (no reminders: the teacher gets them).</summary>
    public const string MenteePlanReturned = "DevelopmentPlans.MenteePlanReturned";

    public const string Submitted = "DevelopmentPlans.Submitted";
    public const string Returned = "DevelopmentPlans.Returned";
    public const string Agreed = "DevelopmentPlans.Agreed";

    public const string Module = "DevelopmentPlans";

    public static string Link(Guid planId) => $"/development-plans/{planId}";

    public static IServiceCollection AddDevelopmentPlanMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, DevelopmentPlanMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, DevelopmentPlanNotifier>()
        .AddScoped<IRecordReadCheck, DevelopmentPlanReadCheck>()
        .AddNotificationKinds(Module, k => k
            .Immediate(Submitted, Returned).Events(Agreed).Reminders(AwaitingAgreement, ReturnedForRevision));
}

/// <summary>Plans waiting for agreement (the reviewers') and returned plans (the teacher's, and the mentor's view of them).</summary>
public sealed class DevelopmentPlanMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } =
        [DevelopmentPlanWorkKinds.AwaitingAgreement, DevelopmentPlanWorkKinds.ReturnedForRevision, DevelopmentPlanWorkKinds
            .MenteePlanReturned];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var plans = query.Schools(db.DevelopmentPlans.AsNoTracking());
        var caller = query.Caller;
        if (caller is not null) plans = plans.Where(
            DevelopmentPlan.VisibleTo(caller.StaffId, DevelopmentPlanAuditReadRule.ReadsAll(caller.Granted)));
        var me = caller?.StaffId ?? Guid.Empty;
        // On one's own list: submitted plans only for whoever agrees plans (never one's own), returned ones only one's own or a mentee's.
        var submitted = !query.Mine || caller!.Has(KemelSchoolPDPermissions.DevelopmentPlans.Review);
        var mine = query.Mine;
        var rows = await (
            from p in plans
            where (submitted && p.Status == DevelopmentPlanStatus.Submitted && (!mine || p.TeacherStaffMemberId != me))
                  || (p.Status == DevelopmentPlanStatus.Returned && (!mine || p.TeacherStaffMemberId == me || p.MentorStaffMemberId == me))
            join t in query.Schools(db.StaffMembers) on p.TeacherStaffMemberId equals t.Id
            where !t.IsArchived
            join m in query.Schools(db.StaffMembers) on p.MentorStaffMemberId equals m.Id into mentors
            from m in mentors.DefaultIfEmpty()
            select new
            {
                p.Id, p.TenantId, p.TeacherStaffMemberId, TeacherName = t.FullName, p.MentorStaffMemberId, MentorName = m.FullName, p
                    .AcademicYear,
                p.Status, p.SubmittedAt, p.LastModificationTime,
                ReturnedAt = query.Schools(db.DevelopmentPlanReviews)
                    .Where(r => r.PlanId == p.Id && r.Decision == PlanReviewDecision.Returned)
                    .Max(r => (DateTime?)r.Time),
            }).ToListAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var p in rows)
        {
            var rules = query.RulesOf(p.TenantId);
            var values = new Dictionary<string, string> { ["Teacher"] = p.TeacherName, ["Year"] = AcademicYears.Label(p.AcademicYear) };
            if (p.Status == DevelopmentPlanStatus.Submitted)
            {
                var due = Day(p.SubmittedAt ?? p.LastModificationTime)?.AddDays(rules.PlanAgreementDays);
                entries.Add(new MyWorkEntry(p.TenantId, DevelopmentPlanWorkKinds.AwaitingAgreement,
                    new NotificationRecord(nameof(DevelopmentPlan), p.Id, DevelopmentPlanWorkKinds.Link(p.Id), due),
                    MyWorkRole.Reviewer, null, null, p.TeacherStaffMemberId, p.TeacherName,
                    MyWorkAudience.Holders(p.TeacherStaffMemberId, KemelSchoolPDPermissions.DevelopmentPlans.Review), values));
                continue;
            }
            var revisionDue = Day(p.ReturnedAt ?? p.LastModificationTime)?.AddDays(rules.PlanRevisionDays);
            var record = new NotificationRecord(nameof(DevelopmentPlan), p.Id, DevelopmentPlanWorkKinds.Link(p.Id), revisionDue);
            entries.Add(new MyWorkEntry(p.TenantId, DevelopmentPlanWorkKinds.ReturnedForRevision, record, MyWorkRole.Teacher,
                p.TeacherStaffMemberId, p.TeacherName, p.TeacherStaffMemberId, p.TeacherName, MyWorkAudience.Person(
                    p.TeacherStaffMemberId), values));
            if (p.MentorStaffMemberId is { } mentor)
                entries.Add(new MyWorkEntry(p.TenantId, DevelopmentPlanWorkKinds.MenteePlanReturned, record, MyWorkRole.Teacher,
                    p.TeacherStaffMemberId, p.TeacherName, p.TeacherStaffMemberId, p.TeacherName, MyWorkAudience.Person(mentor), values)
                { Remind = false, Primary = false });
        }
        return entries;
    }

    private static DateOnly? Day(DateTime? time) => time is { } t ? DateOnly.FromDateTime(t) : null;
}

/// <summary>Submitted → whoever agrees plans; returned or agreed → the plan's teacher.</summary>
public sealed class DevelopmentPlanNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    private static readonly AgreementNoticeKinds Kinds = new(DevelopmentPlanWorkKinds.Submitted, DevelopmentPlanWorkKinds.Returned,
        DevelopmentPlanWorkKinds.Agreed, KemelSchoolPDPermissions.DevelopmentPlans.Review);

    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes) => Kinds.Notices(changes,
        (DevelopmentPlan p) => p.Status, p => p.TeacherStaffMemberId,
        p => new NotificationRecord(nameof(DevelopmentPlan), p.Id, DevelopmentPlanWorkKinds.Link(p.Id)),
        p => new Dictionary<string, string> { ["Year"] = AcademicYears.Label(p.AcademicYear) });
}

/// <summary>The plan's read rule (<see cref="DevelopmentPlan.VisibleTo"/>, <see cref="DevelopmentPlanAuditReadRule.ReadsAll"/>) for any
/// reader.</summary>
public sealed class DevelopmentPlanReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<DevelopmentPlan>(DevelopmentPlan.VisibleTo, DevelopmentPlanAuditReadRule.ReadsAll)
{
    public override string RecordType => nameof(DevelopmentPlan);

    protected override async Task<IReadOnlyDictionary<Guid, DevelopmentPlan>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.DevelopmentPlans.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
}
