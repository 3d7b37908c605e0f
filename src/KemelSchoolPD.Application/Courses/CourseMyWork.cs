using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Courses;

/// <summary>The courses module's kinds of "my work" items and notifications (stable codes).</summary>
public static class CourseWorkKinds
{
    /// <summary>Item for the teacher: the three-year course clock runs out (within a year, or already).</summary>
    public const string CoursesDue = "Courses.CoursesDue";
    /// <summary>Item for whoever approves course requests (never the teacher's own).</summary>
    public const string RequestAwaitingApproval = "Courses.RequestAwaitingApproval";
    /// <summary>Item for the teacher: a completed course without a post-course plan.</summary>
    public const string PlanDue = "Courses.PlanDue";
    /// <summary>Item for the director: a submitted post-course plan waits for approval.</summary>
    public const string PlanAwaitingApproval = "Courses.PlanAwaitingApproval";
    /// <summary>Item for the teacher: the plan came back with a comment.</summary>
    public const string PlanReturned = "Courses.PlanReturned";
    /// <summary>Item for the teacher: a planned post-course event not yet recorded as held.</summary>
    public const string EventDue = "Courses.EventDue";
    /// <summary>Item for the deputies: the school's post-course report due by 1 June or 1 October.</summary>
    public const string ReportDue = "Courses.ReportDue";
    public const string PlanSubmitted = "Courses.PlanSubmitted";
    public const string PlanAgreed = "Courses.PlanAgreed";

    public const string Module = "Courses";

    /// <summary>The record type of the report item: the school itself (the report is the school's).</summary>
    public const string ReportRecordType = "PostCourseReport";

    public static string RecordLink(Guid id) => $"/courses/records/{id}";

    public static string PlanLink(Guid id) => $"/courses/plans/{id}";

    public static IServiceCollection AddCourseMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, CourseMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, PostCoursePlanNotifier>()
        .AddScoped<IRecordReadCheck, CourseRecordReadCheck>()
        .AddScoped<IRecordReadCheck, PostCoursePlanReadCheck>()
        .AddScoped<IRecordReadCheck, PostCourseReportReadCheck>()
        .AddNotificationKinds(Module, k => k
            .Reminders(CoursesDue, RequestAwaitingApproval, PlanDue, PlanAwaitingApproval, PlanReturned, EventDue, ReportDue)
            .Immediate(PlanSubmitted).Events(PlanAgreed));
}

/// <summary>The courses' items, each only for records the caller may read (<see cref="CourseRecord.VisibleTo"/>, <see
/// cref="PostCoursePlan.VisibleTo"/>).</summary>
public sealed class CourseMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } =
    [
        CourseWorkKinds.CoursesDue, CourseWorkKinds.RequestAwaitingApproval, CourseWorkKinds.PlanDue, CourseWorkKinds.PlanAwaitingApproval,
        CourseWorkKinds.PlanReturned, CourseWorkKinds.EventDue, CourseWorkKinds.ReportDue,
    ];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var viewAll = caller is null || CourseReadAccess.ReadsAll(caller.Granted);
        var entries = new List<MyWorkEntry>();
        var staff = query.Schools(db.StaffMembers.AsNoTracking()).Where(s => !s.IsArchived);
        var records = query.Schools(db.CourseRecords.AsNoTracking());
        var plans = query.Schools(db.PostCoursePlans.AsNoTracking());
        if (caller is not null)
        {
            records = records.Where(CourseRecord.VisibleTo(caller.StaffId, viewAll));
            plans = plans.Where(PostCoursePlan.VisibleTo(caller.StaffId, viewAll));
        }

        // The three-year clock: the last completed course + 3 years, shown from a year before.
        var horizon = query.Today.AddYears(1).AddYears(-CourseConsts.CourseIntervalYears);
        var clockStaff = mine ? staff.Where(s => s.Id == me) : viewAll ? staff : staff.Where(s => s.Id == me);
        var lastCourses = await (
            from s in clockStaff
            let last = records.Where(
                r => r.StaffMemberId == s.Id && r.Status == CourseRecordStatus.Completed && r.Passed != false && r.EndDate != null)
                .Max(r => r.EndDate)
            where last != null && last <= horizon
            select new { s.Id, s.TenantId, s.FullName, Last = last!.Value }).ToListAsync(ct);
        foreach (var s in lastCourses)
        {
            var due = s.Last.AddYears(CourseConsts.CourseIntervalYears);
            entries.Add(new MyWorkEntry(
                s.TenantId,
                CourseWorkKinds.CoursesDue,
                new NotificationRecord("StaffMember", s.Id, "/courses", due),
                MyWorkRole.Teacher,
                s.Id,
                s.FullName,
                s.Id,
                s.FullName,
                MyWorkAudience.Person(s.Id),
                new Dictionary<string, string> { ["DueOn"] = Date(due) })
            { SoonFrom = due.AddMonths(-6) });
        }

        // Requests waiting for approval (approvers; not their own).
        var approver = !mine || caller!.Has(KemelSchoolPDPermissions.Courses.Approve);
        if (approver)
        {
            var requests = await (
                from r in records
                where r.Status == CourseRecordStatus.Requested && (!mine || r.StaffMemberId != me)
                join s in staff on r.StaffMemberId equals s.Id
                join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
                select new { r.Id, r.TenantId, r.StaffMemberId, s.FullName, p.Title, r.CreationTime }).ToListAsync(ct);
            foreach (var r in requests)
            {
                var due = DateOnly.FromDateTime(r.CreationTime).AddDays(query.RulesOf(r.TenantId).PlanAgreementDays);
                entries.Add(new MyWorkEntry(
                    r.TenantId,
                    CourseWorkKinds.RequestAwaitingApproval,
                    new NotificationRecord(nameof(CourseRecord), r.Id,
                        CourseWorkKinds.RecordLink(r.Id), due),
                    MyWorkRole.Administration,
                    null,
                    null,
                    r.StaffMemberId,
                    r.FullName,
                    MyWorkAudience.Holders(r.StaffMemberId, KemelSchoolPDPermissions.Courses.Approve),
                    new Dictionary<string, string> { ["Teacher"] = r.FullName, ["Programme"] = r.Title }));
            }
        }

        // A completed course (within the support period) without its post-course plan: the teacher's.
        var since = query.Today.AddMonths(-12);
        var withoutPlan = await (
            from r in records
            where r.Status == CourseRecordStatus.Completed && r.Passed != false && r.EndDate != null && r.EndDate >= since
                  && (!mine || r.StaffMemberId == me) && !db.PostCoursePlans.Any(p => p.CourseRecordId == r.Id)
            join s in staff on r.StaffMemberId equals s.Id
            join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
            select new { r.Id, r.TenantId, r.StaffMemberId, s.FullName, p.Title, End = r.EndDate!.Value }).ToListAsync(ct);
        foreach (var r in withoutPlan)
        {
            var due = r.End.AddDays(30);
            entries.Add(new MyWorkEntry(
                r.TenantId,
                CourseWorkKinds.PlanDue,
                new NotificationRecord(nameof(CourseRecord), r.Id, CourseWorkKinds.RecordLink(r.Id), due),
                MyWorkRole.Teacher,
                r.StaffMemberId,
                r.FullName,
                r.StaffMemberId,
                r.FullName,
                MyWorkAudience.Person(r.StaffMemberId),
                new Dictionary<string, string> { ["Programme"] = r.Title }));
        }

        // Plans: submitted (the director's), returned (the teacher's), planned events not yet held (the teacher's).
        var reviewer = !mine || caller!.Has(KemelSchoolPDPermissions.Courses.ApprovePlans);
        var planRows = await (
            from p in plans
            where (reviewer && p.Status == DevelopmentPlanStatus.Submitted && (!mine || p.StaffMemberId != me))
                  || ((p.Status == DevelopmentPlanStatus.Returned || p.Status == DevelopmentPlanStatus.Agreed
                      || p.Status == DevelopmentPlanStatus.InProgress)
                      && (!mine || p.StaffMemberId == me))
            join s in staff on p.StaffMemberId equals s.Id
            select new { Plan = p, s.FullName }).ToListAsync(ct);
        foreach (var row in planRows)
        {
            var p = row.Plan;
            var rules = query.RulesOf(p.TenantId);
            var values = new Dictionary<string, string> { ["Teacher"] = row.FullName };
            var record = new NotificationRecord(nameof(PostCoursePlan), p.Id, CourseWorkKinds.PlanLink(p.Id));
            switch (p.Status)
            {
                case DevelopmentPlanStatus.Submitted:
                    entries.Add(new MyWorkEntry(p.TenantId, CourseWorkKinds.PlanAwaitingApproval,
                        record with
                        {
                            DueDate = Day(p.SubmittedAt ?? p.LastModificationTime)?.AddDays(
                            rules.PlanAgreementDays)
                        }, MyWorkRole.Reviewer, null, null,
                        p.StaffMemberId, row.FullName, MyWorkAudience.Holders(
                            p.StaffMemberId,
                            KemelSchoolPDPermissions.Courses.ApprovePlans), values));
                    break;
                case DevelopmentPlanStatus.Returned:
                    entries.Add(new MyWorkEntry(p.TenantId, CourseWorkKinds.PlanReturned,
                        record with { DueDate = Day(p.LastModificationTime)?.AddDays(rules.PlanRevisionDays) }, MyWorkRole.Teacher, p
                            .StaffMemberId, row.FullName,
                        p.StaffMemberId, row.FullName, MyWorkAudience.Person(p.StaffMemberId), values));
                    break;
                default:
                    foreach (var e in p.Events.Where(e => e.HeldOn is null && e.PlannedDate is { } d && d <= query.Today.AddMonths(1)))
                        entries.Add(new MyWorkEntry(
                            p.TenantId,
                            CourseWorkKinds.EventDue,
                            record with { DueDate = e.PlannedDate },
                            MyWorkRole.Teacher,
                            p.StaffMemberId,
                            row.FullName,
                            p.StaffMemberId,
                            row.FullName,
                            MyWorkAudience.Person(p.StaffMemberId),
                            new Dictionary<string, string> { ["Event"] = e.Title, ["Kind"] = $"Enum:PostCourseEventKind.{e.Kind}" }));
                    break;
            }
        }

        // The school's half-year report (by 1 June, by 1 October): the deputies', shown from a month before.
        var reporter = caller is null || caller.Has(KemelSchoolPDPermissions.Courses.Reports);
        if (reporter)
        {
            var next = PostCourseReportDates.Upcoming(query.Today, 1).First();
            var tenants = caller is not null
                ? await query.Schools(db.StaffMembers.AsNoTracking()).Select(s => s.TenantId).Distinct().ToListAsync(ct)
                : query.TenantIds?.ToList() ?? [];
            if (query.Today >= next.DueOn.AddMonths(-1))
                foreach (var tenantId in tenants)
                    entries.Add(new MyWorkEntry(tenantId, CourseWorkKinds
                        .ReportDue, new NotificationRecord(CourseWorkKinds.ReportRecordType, tenantId, "/courses/school",
                        next.DueOn), MyWorkRole.Administration, null, null, null, null, MyWorkAudience.Holders(
                            null,
                            KemelSchoolPDPermissions.Courses.Reports),
                        new Dictionary<string, string> { ["DueOn"] = Date(next.DueOn) })
                    { SoonFrom = next.DueOn.AddMonths(-1) });
        }
        return entries;
    }

    private static DateOnly? Day(DateTime? time) => time is { } t ? DateOnly.FromDateTime(t) : null;

    private static string Date(DateOnly d) => d.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture);
}

/// <summary>Submitted → the director (not the teacher); agreed → the teacher.</summary>
public sealed class PostCoursePlanNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    private static readonly AgreementNoticeKinds Kinds = new(CourseWorkKinds.PlanSubmitted, null, CourseWorkKinds.PlanAgreed,
        KemelSchoolPDPermissions.Courses.ApprovePlans);

    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes) => Kinds.Notices(changes,
        (PostCoursePlan p) => p.Status, p => p.StaffMemberId,
        p => new NotificationRecord(nameof(PostCoursePlan), p.Id, CourseWorkKinds.PlanLink(p.Id)));
}

public sealed class CourseRecordReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<CourseRecord>(CourseRecord.VisibleTo, CourseReadAccess.ReadsAll)
{
    public override string RecordType => nameof(CourseRecord);

    protected override async Task<IReadOnlyDictionary<Guid, CourseRecord>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.CourseRecords.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
}

public sealed class PostCoursePlanReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<PostCoursePlan>(PostCoursePlan.VisibleTo, CourseReadAccess.ReadsAll)
{
    public override string RecordType => nameof(PostCoursePlan);

    protected override async Task<IReadOnlyDictionary<Guid, PostCoursePlan>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.PostCoursePlans.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
}

/// <summary>The school's report item: for whoever writes the report.</summary>
public sealed class PostCourseReportReadCheck : IRecordReadCheck
{
    public string RecordType => CourseWorkKinds.ReportRecordType;

    public Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<(Guid, Guid)>>(pairs.Where(p => p.Reader.Granted.Contains(KemelSchoolPDPermissions.Courses.Reports))
            .Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet());
}
