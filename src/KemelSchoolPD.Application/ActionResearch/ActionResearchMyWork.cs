using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.ActionResearch;

/// <summary>Action Research's kinds of "my work" items and notifications (stable codes).</summary>
public static class ActionResearchWorkKinds
{
    /// <summary>Item for the owner: the open cycle's step is due (when the members set a date for it).</summary>
    public const string StepDue = "ActionResearch.StepDue";
    /// <summary>Item for a member: a finished project waits for their consent to publication.</summary>
    public const string ConsentRequested = "ActionResearch.ConsentRequested";
    /// <summary>Event for a colleague added to a project.</summary>
    public const string MemberAdded = "ActionResearch.MemberAdded";

    public const string Module = "ActionResearch";

    public static string ProjectLink(Guid projectId) => $"/action-research/{projectId}";

    public static IServiceCollection AddActionResearchMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, ActionResearchMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, ActionResearchNotifier>()
        .AddScoped<IRecordReadCheck, ActionResearchProjectReadCheck>()
        .AddScoped<IRecordReadCheck, ActionResearchCycleReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(MemberAdded).Reminders(StepDue, ConsentRequested));
}

/// <summary>
/// Open cycles' steps with a date (the owner's) and finished, unpublished projects that wait for a member's consent (that
/// member's, no reminder). Only projects the caller reads.
/// </summary>
public sealed class ActionResearchMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [ActionResearchWorkKinds.StepDue, ActionResearchWorkKinds.ConsentRequested];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var viewAll = caller is null || ActionResearchReadAccess.ReadsAll(caller.Granted);
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var projects = query.Schools(db.ActionResearchProjects.AsNoTracking())
            .Where(ActionResearchProject.VisibleTo(caller?.StaffId, viewAll));
        var entries = new List<MyWorkEntry>();

        var steps = await (
                from c in query.Schools(db.ActionResearchCycles.AsNoTracking())
                where c.Status == ActionResearchCycleStatus.Open && c.StepDueOn != null
                join p in projects on c.ProjectId equals p.Id
                where p.Status == ActionResearchStatus.Active && (!mine || p.OwnerStaffMemberId == me)
                join owner in db.StaffMembers on p.OwnerStaffMemberId equals owner.Id
                where !owner.IsArchived
                select new
                {
                    c.Id, c.TenantId, c.Number, c.Stage, c.StepDueOn, ProjectId = p.Id, p.Title, p
                    .OwnerStaffMemberId, OwnerName = owner.FullName
                })
            .ToListAsync(ct);
        entries.AddRange(steps.Select(s => new MyWorkEntry(s.TenantId, ActionResearchWorkKinds.StepDue,
            new NotificationRecord(nameof(ActionResearchCycle), s.Id, ActionResearchWorkKinds.ProjectLink(s.ProjectId), s.StepDueOn),
            MyWorkRole.Teacher, s.OwnerStaffMemberId, s.OwnerName, s.OwnerStaffMemberId, s.OwnerName, MyWorkAudience.Person(
                s.OwnerStaffMemberId),
            new Dictionary<string, string>
            {
                ["Project"] = s.Title,
                ["Number"] = s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Stage"] = $"Enum:ActionResearchStage.{s.Stage}"
            })));

        var consents = await (
                from m in query.Schools(db.ActionResearchMembers.AsNoTracking())
                where m.ConsentedAt == null && (!mine || m.StaffMemberId == me)
                join p in projects on m.ProjectId equals p.Id
                where p.Status != ActionResearchStatus.Active && p.PublishedAt == null
                join s in db.StaffMembers on m.StaffMemberId equals s.Id
                where !s.IsArchived
                select new { p.Id, p.TenantId, p.Title, m.StaffMemberId, s.FullName })
            .ToListAsync(ct);
        entries.AddRange(consents.Select(c => new MyWorkEntry(c.TenantId, ActionResearchWorkKinds.ConsentRequested,
            new NotificationRecord(nameof(ActionResearchProject), c.Id, ActionResearchWorkKinds.ProjectLink(c.Id)),
            MyWorkRole.Teacher, c.StaffMemberId, c.FullName, c.StaffMemberId, c.FullName, MyWorkAudience.Person(c.StaffMemberId),
            new Dictionary<string, string> { ["Project"] = c.Title })
        { Remind = false }));
        return entries;
    }
}

/// <summary>A colleague added to a project → that colleague (never the owner adding themselves).</summary>
public sealed class ActionResearchNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes)
    {
        return
            from member in changes.Added<ActionResearchMember>()
            join project in changes.Entries<ActionResearchProject>().Select(e => e.Entity) on member.ProjectId equals project.Id
            where member.StaffMemberId != project.OwnerStaffMemberId
            select Notice(ActionResearchWorkKinds.MemberAdded,
                new NotificationRecord(nameof(ActionResearchProject), project.Id, ActionResearchWorkKinds.ProjectLink(project.Id)),
                MyWorkAudience.Person(member.StaffMemberId), new Dictionary<string, string> { ["Project"] = project.Title },
                ("Owner", project.OwnerStaffMemberId));
    }
}

/// <summary>The project's read rule (<see cref="ActionResearchProject.VisibleTo"/>) for any reader.</summary>
public sealed class ActionResearchProjectReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<ActionResearchProject>(
        ActionResearchProject.VisibleTo,
        ActionResearchReadAccess.ReadsAll)
{
    public override string RecordType => nameof(ActionResearchProject);

    protected override async Task<IReadOnlyDictionary<Guid, ActionResearchProject>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.ActionResearchProjects.AsNoTracking().Include(p => p.Members).Where(p => ids.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, ct);
}

/// <summary>A cycle is read by whoever reads its project.</summary>
public sealed class ActionResearchCycleReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<ActionResearchProject>(
        ActionResearchProject.VisibleTo,
        ActionResearchReadAccess.ReadsAll)
{
    public override string RecordType => nameof(ActionResearchCycle);

    protected override async Task<IReadOnlyDictionary<Guid, ActionResearchProject>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await (from c in db.ActionResearchCycles.AsNoTracking().Where(c => ids.Contains(c.Id))
               join p in db.ActionResearchProjects.AsNoTracking().Include(p => p.Members) on c.ProjectId equals p.Id
               select new { CycleId = c.Id, Project = p }).ToDictionaryAsync(x => x.CycleId, x => x.Project, ct);
}
