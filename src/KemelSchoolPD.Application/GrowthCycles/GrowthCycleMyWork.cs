using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>The growth cycles' kinds of "my work" items and notifications (stable codes).</summary>
public static class GrowthCycleWorkKinds
{
    /// <summary>Item for the participant: the current stage still lacks artefacts it requires (no due date: stages have none).</summary>
    public const string MissingArtefacts = "GrowthCycles.MissingArtefacts";
    /// <summary>Item for the administration: a stage has everything it requires and waits for the decision to move on (or close the
    /// cycle).</summary>
    public const string AwaitingDecision = "GrowthCycles.AwaitingDecision";
    /// <summary>Item for the mentor: what a mentee shared with them lately (only what was shared).</summary>
    public const string MenteeShared = "GrowthCycles.MenteeShared";
    /// <summary>Event for the mentor: a mentee shared an artefact.</summary>
    public const string ArtefactShared = "GrowthCycles.ArtefactShared";

    public const string Module = "GrowthCycles";

    public static string Link(Guid cycleId) => $"/growth-cycles/{cycleId}";

    public static IServiceCollection AddGrowthCycleMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, GrowthCycleMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, GrowthCycleNotifier>()
        .AddScoped<IRecordReadCheck, GrowthCycleReadCheck>()
        .AddScoped<IRecordReadCheck, GrowthCycleArtefactReadCheck>()
        .AddNotificationKinds(Module, k => k.Events(ArtefactShared));

    /// <summary>
    /// The artefact rule of <see cref="GrowthCycleReadAccess.ArtefactsAsync"/> for any reader: the cycle's rule, and a mentor
    /// (without ViewAll) reads only what the participant shared.
    /// </summary>
    internal static bool MayReadArtefact(
        GrowthCycle cycle,
        GrowthCycleArtefact artefact,
        Guid? staffId,
        bool viewAll,
        VisibleToCache<GrowthCycle> rule) =>
        rule.Allows(cycle, staffId, viewAll) && (viewAll || cycle.ParticipantStaffMemberId == staffId || artefact.SharedWithMentor);
}

/// <summary>
/// Active cycles whose stage lacks required artefacts (the participant's), whose stage is complete (the administration's
/// decision), and what mentees shared lately (the mentor's). Cycle items have no due date, so the reminder sweep skips them.
/// </summary>
public sealed class GrowthCycleMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; }
        = [GrowthCycleWorkKinds.MissingArtefacts, GrowthCycleWorkKinds.AwaitingDecision, GrowthCycleWorkKinds.MenteeShared];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        if (query.Caller is not { } caller) return []; // nothing here is ever due: no reminders
        var viewAll = GrowthCycleReadAccess.ReadsAll(caller.Granted);
        var me = caller.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var manage = !mine || caller.Has(KemelSchoolPDPermissions.GrowthCycles.Manage);
        var cycles = db.GrowthCycles.AsNoTracking().Where(GrowthCycle.VisibleTo(caller.StaffId, viewAll))
            .Where(c => c.Status == GrowthCycleStatus.Active);
        var asked = cycles.Where(c => !mine || c.ParticipantStaffMemberId == me || (manage && c.ParticipantStaffMemberId != me));
        var rows = await (
            from c in asked
            join p in db.StaffMembers on c.ParticipantStaffMemberId equals p.Id
            where !p.IsArchived
            select new
            {
                c.Id, c.TenantId, c.ParticipantStaffMemberId, ParticipantName = p.FullName, c.ParticipantKind, c.CurrentStage, c
                .AcademicYear
            })
            .ToListAsync(ct);
        // The kinds each of these cycles holds: a second statement over the same cycles (a correlated list would need APPLY).
        var present = (await (from a in db.GrowthCycleArtefacts join c in asked on a.CycleId equals c.Id select new { a.CycleId, a.Kind })
            .Distinct()
            .ToListAsync(ct))
            .ToLookup(x => x.CycleId, x => x.Kind);
        var required = await RequiredAsync(ct);

        var entries = new List<MyWorkEntry>();
        foreach (var c in rows)
        {
            var missing = required[(c.ParticipantKind, c.CurrentStage)].Except(present[c.Id]).ToList();
            var values = new Dictionary<string, string>
            {
                ["Teacher"] = c.ParticipantName, ["Year"] = AcademicYears.Label(c
                    .AcademicYear), ["Stage"] = $"Enum:GrowthCycleStage.{c.CurrentStage}",
                ["Missing"] = missing.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var record = new NotificationRecord(nameof(GrowthCycle), c.Id, GrowthCycleWorkKinds.Link(c.Id));
            if (missing.Count > 0)
                entries.Add(new MyWorkEntry(c.TenantId, GrowthCycleWorkKinds.MissingArtefacts, record, MyWorkRole.Teacher,
                    c.ParticipantStaffMemberId, c.ParticipantName, c.ParticipantStaffMemberId, c.ParticipantName, MyWorkAudience.Person(
                        c.ParticipantStaffMemberId), values));
            else if (manage)
                entries.Add(new MyWorkEntry(c.TenantId, GrowthCycleWorkKinds.AwaitingDecision, record, MyWorkRole.Administration,
                    null, null, c.ParticipantStaffMemberId, c.ParticipantName,
                    MyWorkAudience.Holders(c.ParticipantStaffMemberId, KemelSchoolPDPermissions.GrowthCycles.Manage), values));
        }

        // A mentor's list: what the mentees shared with them lately (never what they did not share).
        if (caller.StaffId is { } mentor)
        {
            var since = query.Today.AddDays(-query.RulesOf(Guid.Empty).MentorSharedDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var shared = await (
                from a in db.GrowthCycleArtefacts.AsNoTracking()
                join c in db.GrowthCycles.Where(
                    c => c.MentorStaffMemberId == mentor && c.ParticipantStaffMemberId != mentor && c.Status == GrowthCycleStatus.Active)
                    on a.CycleId equals c.Id
                join p in db.StaffMembers on c.ParticipantStaffMemberId equals p.Id
                where a.SharedWithMentor && !p.IsArchived && (a.CreationTime >= since || a.LastModificationTime >= since)
                select new
                {
                    a.Id, a.Kind, a.Stage, c.TenantId, CycleId = c.Id, c.ParticipantStaffMemberId, ParticipantName = p
                    .FullName
                }).ToListAsync(ct);
            entries.AddRange(shared.Select(a => new MyWorkEntry(a.TenantId, GrowthCycleWorkKinds.MenteeShared,
                new NotificationRecord(
                    nameof(GrowthCycleArtefact),
                    a.Id,
                    GrowthCycleWorkKinds.Link(a.CycleId)), MyWorkRole.Mentor, mentor, null,
                a.ParticipantStaffMemberId, a.ParticipantName, MyWorkAudience.Person(mentor),
                new Dictionary<string, string>
                {
                    ["Teacher"] = a.ParticipantName,
                    ["Kind"] = $"Enum:GrowthArtefactKind.{a.Kind}",
                    ["Stage"] = $"Enum:GrowthCycleStage.{a.Stage}"
                })
            { Remind = false, Primary = false }));
        }
        return entries;
    }

    /// <summary>Required kinds per participant kind and stage: the school's choice, else the default table (as the cycle pages read
    /// them).</summary>
    private async Task<Dictionary<(GrowthParticipantKind, GrowthCycleStage), IReadOnlyList<GrowthArtefactKind>>> RequiredAsync(
        CancellationToken ct)
    {
        var own = await db.GrowthStageSettings.AsNoTracking().ToListAsync(ct);
        return Enum.GetValues<GrowthParticipantKind>().SelectMany(k => GrowthStageRules.Stages.Select(s => (k, s)))
            .ToDictionary(x => x, x => own.FirstOrDefault(o => o.ParticipantKind == x.k && o.Stage == x.s)?.RequiredKinds is { } list
                ? (IReadOnlyList<GrowthArtefactKind>)list
                : GrowthStageRules.DefaultRequired(x.k, x.s));
    }
}

/// <summary>An artefact shared with the mentor (added shared, or shared later) → the cycle's mentor. An unshared one tells
/// nobody.</summary>
public sealed class GrowthCycleNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override async Task<IReadOnlyList<RecordNotice>> FindAsync(RecordChangeSet changes, CancellationToken ct)
    {
        var shared = changes.Entries<GrowthCycleArtefact>()
            .Where(e => e.Entity.SharedWithMentor && (e.State == EntityState.Added || !e.Property(a => a.SharedWithMentor).OriginalValue))
            .Select(e => e.Entity).ToList();
        if (shared.Count == 0) return [];
        var cycleIds = shared.Select(a => a.CycleId).Distinct().ToList();
        // The cycle may be added in the same save (an entry diagnostic): look in the change tracker first.
        var tracked = changes.Entries<GrowthCycle>().Select(e => e.Entity).Where(c => cycleIds.Contains(c.Id)).ToDictionary(c => c.Id);
        var missing = cycleIds.Where(id => !tracked.ContainsKey(id)).ToList();
        var cycles = (await Db.GrowthCycles.AsNoTracking().Where(c => missing.Contains(c.Id)).ToListAsync(ct)).Concat(tracked.Values);
        return (
            from artefact in shared
            join cycle in cycles on artefact.CycleId equals cycle.Id
            let mentor = cycle.MentorStaffMemberId ?? Guid.Empty
            where mentor != Guid.Empty && mentor != cycle.ParticipantStaffMemberId
            select Notice(GrowthCycleWorkKinds.ArtefactShared,
                new NotificationRecord(nameof(GrowthCycleArtefact), artefact.Id, GrowthCycleWorkKinds.Link(cycle.Id)),
                MyWorkAudience.Person(mentor),
                new Dictionary<string, string>
                {
                    ["Kind"] = $"Enum:GrowthArtefactKind.{artefact.Kind}", ["Stage"] = $"Enum:GrowthCycleStage.{artefact.Stage}",
                },
                ("Teacher", cycle.ParticipantStaffMemberId))).ToList();
    }
}

/// <summary>The cycle's read rule (<see cref="GrowthCycle.VisibleTo"/>, <see cref="GrowthCycleReadAccess.ReadsAll"/>) for any
/// reader.</summary>
public sealed class GrowthCycleReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<GrowthCycle>(GrowthCycle.VisibleTo, GrowthCycleReadAccess.ReadsAll)
{
    public override string RecordType => nameof(GrowthCycle);

    protected override async Task<IReadOnlyDictionary<Guid, GrowthCycle>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.GrowthCycles.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
}

/// <summary>The artefact's read rule for any reader: its cycle's, and only what was shared for a mentor.</summary>
public sealed class GrowthCycleArtefactReadCheck(IKemelSchoolPDDbContext db) : IRecordReadCheck
{
    public string RecordType => nameof(GrowthCycleArtefact);

    public async Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct)
    {
        var ids = pairs.Select(p => p.RecordId).Distinct().ToList();
        var rows = await (from a in db.GrowthCycleArtefacts.AsNoTracking().Where(a => ids.Contains(a.Id))
                          join c in db.GrowthCycles.AsNoTracking() on a.CycleId equals c.Id
                          select new { Artefact = a, Cycle = c }).ToDictionaryAsync(x => x.Artefact.Id, ct);
        var rule = new VisibleToCache<GrowthCycle>(GrowthCycle.VisibleTo);
        return pairs.Where(p => rows.TryGetValue(p.RecordId, out var x)
                                && GrowthCycleWorkKinds.MayReadArtefact(
                                    x.Cycle,
                                    x.Artefact,
                                    p.Reader.StaffId,
                                    GrowthCycleReadAccess.ReadsAll(p.Reader.Granted),
                                    rule))
            .Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet();
    }
}
