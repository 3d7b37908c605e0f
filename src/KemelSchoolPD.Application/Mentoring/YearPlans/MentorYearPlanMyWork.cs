using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Mentoring;

/// <summary>The year plans' kinds of "my work" items and notifications (stable codes).</summary>
public static class MentorYearPlanWorkKinds
{
    /// <summary>Item for whoever agrees year plans: a submitted plan waits (due: submission + the school's plan agreement days).</summary>
    public const string AwaitingAgreement = "MentoringPlans.YearPlanAwaitingAgreement";
    /// <summary>Item for the mentor: the plan came back with a comment (due: return + the school's revision days).</summary>
    public const string Returned = "MentoringPlans.YearPlanReturned";
    public const string Submitted = "MentoringPlans.YearPlanSubmitted";
    public const string Agreed = "MentoringPlans.YearPlanAgreed";
    public const string ReturnedEvent = "MentoringPlans.YearPlanReturnedEvent";

    public const string Module = "MentoringPlans";

    public static string Link(Guid planId) => $"/mentoring/year-plans/{planId}";

    public static IServiceCollection AddMentorYearPlanMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, MentorYearPlanMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, MentorYearPlanNotifier>()
        .AddScoped<IRecordReadCheck, MentorYearPlanReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(Submitted, ReturnedEvent).Events(Agreed).Reminders(AwaitingAgreement, Returned));
}

/// <summary>Year plans waiting for agreement (the reviewers', never the mentor's own) and returned ones (the mentor's).</summary>
public sealed class MentorYearPlanMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [MentorYearPlanWorkKinds.AwaitingAgreement, MentorYearPlanWorkKinds.Returned];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var plans = query.Schools(db.MentorYearPlans.AsNoTracking());
        var caller = query.Caller;
        if (caller is not null) plans = plans.Where(
            MentorYearPlan.VisibleTo(caller.StaffId, MentorYearPlanReadAccess.ReadsAll(caller.Granted)));
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var submitted = !mine || caller!.Has(KemelSchoolPDPermissions.MentoringPlans.Review);
        var rows = await (
            from p in plans
            where (submitted && p.Status == DevelopmentPlanStatus.Submitted && (!mine || p.MentorStaffMemberId != me))
                  || (p.Status == DevelopmentPlanStatus.Returned && (!mine || p.MentorStaffMemberId == me))
            join m in query.Schools(db.StaffMembers) on p.MentorStaffMemberId equals m.Id
            where !m.IsArchived
            select new
            {
                p.Id, p.TenantId, p.MentorStaffMemberId, MentorName = m.FullName, p.AcademicYear, p.Status, p.SubmittedAt, p
                    .LastModificationTime,
            }).ToListAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var p in rows)
        {
            var rules = query.RulesOf(p.TenantId);
            var values = new Dictionary<string, string> { ["Teacher"] = p.MentorName, ["Year"] = AcademicYears.Label(p.AcademicYear) };
            if (p.Status == DevelopmentPlanStatus.Submitted)
            {
                var due = Day(p.SubmittedAt ?? p.LastModificationTime)?.AddDays(rules.PlanAgreementDays);
                entries.Add(new MyWorkEntry(p.TenantId, MentorYearPlanWorkKinds.AwaitingAgreement,
                    new NotificationRecord(nameof(MentorYearPlan), p.Id, MentorYearPlanWorkKinds.Link(p.Id), due),
                    MyWorkRole.Reviewer, null, null, p.MentorStaffMemberId, p.MentorName,
                    MyWorkAudience.Holders(p.MentorStaffMemberId, KemelSchoolPDPermissions.MentoringPlans.Review), values));
                continue;
            }
            var revisionDue = Day(p.LastModificationTime)?.AddDays(rules.PlanRevisionDays);
            entries.Add(new MyWorkEntry(p.TenantId, MentorYearPlanWorkKinds.Returned,
                new NotificationRecord(nameof(MentorYearPlan), p.Id, MentorYearPlanWorkKinds.Link(p.Id), revisionDue), MyWorkRole.Mentor,
                p.MentorStaffMemberId, p.MentorName, p.MentorStaffMemberId, p.MentorName, MyWorkAudience.Person(
                    p.MentorStaffMemberId), values));
        }
        return entries;
    }

    private static DateOnly? Day(DateTime? time) => time is { } t ? DateOnly.FromDateTime(t) : null;
}

/// <summary>Submitted → whoever agrees year plans (not the mentor); returned or agreed → the mentor.</summary>
public sealed class MentorYearPlanNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    private static readonly AgreementNoticeKinds Kinds = new(MentorYearPlanWorkKinds.Submitted, MentorYearPlanWorkKinds.ReturnedEvent,
        MentorYearPlanWorkKinds.Agreed, KemelSchoolPDPermissions.MentoringPlans.Review);

    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes) => Kinds.Notices(changes,
        (MentorYearPlan p) => p.Status, p => p.MentorStaffMemberId,
        p => new NotificationRecord(nameof(MentorYearPlan), p.Id, MentorYearPlanWorkKinds.Link(p.Id)),
        p => new Dictionary<string, string> { ["Year"] = AcademicYears.Label(p.AcademicYear) });
}

/// <summary>The year plan's read rule (<see cref="MentorYearPlan.VisibleTo"/>) for any reader.</summary>
public sealed class MentorYearPlanReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<MentorYearPlan>(MentorYearPlan.VisibleTo, MentorYearPlanReadAccess.ReadsAll)
{
    public override string RecordType => nameof(MentorYearPlan);

    protected override async Task<IReadOnlyDictionary<Guid, MentorYearPlan>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.MentorYearPlans.AsNoTracking().Include(p => p.Mentees).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
}
