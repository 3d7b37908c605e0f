using System.Globalization;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>The events' kinds of "my work" items and notifications (stable codes).</summary>
public static class DevelopmentEventWorkKinds
{
    /// <summary>Item for a participant: an event to attend in the next two weeks.</summary>
    public const string ToAttend = "DevelopmentEvents.ToAttend";
    /// <summary>Item for the organiser: an event that has begun waits for its attendance and outcome.</summary>
    public const string RecordOutcome = "DevelopmentEvents.RecordOutcome";
    /// <summary>Event for a colleague added as a participant.</summary>
    public const string Invited = "DevelopmentEvents.Invited";

    public const string Module = "DevelopmentEvents";

    public static string EventLink(Guid eventId) => $"/development-events/{eventId}";

    public static IServiceCollection AddDevelopmentEventMyWork(this IServiceCollection services) => services
        .AddScoped<IMyWorkSource, DevelopmentEventMyWorkSource>()
        .AddScoped<IRecordChangeNotifier, DevelopmentEventNotifier>()
        .AddScoped<IRecordReadCheck, DevelopmentEventReadCheck>()
        .AddNotificationKinds(Module, k => k.Immediate(Invited).Reminders(ToAttend, RecordOutcome));
}

/// <summary>Planned events a participant attends soon (theirs, not the organiser's) and begun events not yet recorded (the
/// organiser's).</summary>
public sealed class DevelopmentEventMyWorkSource(IKemelSchoolPDDbContext db) : IMyWorkSource
{
    public IReadOnlyList<string> Kinds { get; } = [DevelopmentEventWorkKinds.ToAttend, DevelopmentEventWorkKinds.RecordOutcome];

    public async Task<IReadOnlyList<MyWorkEntry>> GetAsync(MyWorkQuery query, CancellationToken ct)
    {
        var caller = query.Caller;
        var viewAll = caller is null || DevelopmentEventReadAccess.ReadsAll(caller.Granted);
        var me = caller?.StaffId ?? Guid.Empty;
        var mine = query.Mine;
        var today = query.Today;
        var horizon = today.AddDays(DevelopmentEventConsts.AttendAheadDays);
        var events = query.Schools(db.DevelopmentEvents.AsNoTracking()).Where(DevelopmentEvent.VisibleTo(caller?.StaffId, viewAll))
            .Where(e => e.Status == DevelopmentEventStatus.Planned);
        var entries = new List<MyWorkEntry>();

        var attend = await (
                from e in events
                where e.StartsOn >= today && e.StartsOn <= horizon
                from p in e.Participants
                where p.StaffMemberId != e.OrganiserStaffMemberId && (!mine || p.StaffMemberId == me)
                join s in db.StaffMembers on p.StaffMemberId equals s.Id
                where !s.IsArchived
                select new { e.Id, e.TenantId, e.Title, e.Kind, e.StartsOn, p.StaffMemberId, s.FullName })
            .ToListAsync(ct);
        entries.AddRange(attend.Select(a => new MyWorkEntry(a.TenantId, DevelopmentEventWorkKinds.ToAttend,
            new NotificationRecord(nameof(DevelopmentEvent), a.Id, DevelopmentEventWorkKinds.EventLink(a.Id), a.StartsOn),
            MyWorkRole.Teacher, a.StaffMemberId, a.FullName, a.StaffMemberId, a.FullName, MyWorkAudience.Person(a.StaffMemberId),
            new Dictionary<string, string>
            {
                ["Event"] = a.Title, ["Kind"] = $"Enum:DevelopmentEventKind.{a.Kind}",
                ["Date"] = a.StartsOn.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
            })
        { Remind = false }));

        var record = await (
                from e in events
                where e.StartsOn <= today && (!mine || e.OrganiserStaffMemberId == me)
                join s in db.StaffMembers on e.OrganiserStaffMemberId equals s.Id
                where !s.IsArchived
                select new { e.Id, e.TenantId, e.Title, e.EndsOn, e.OrganiserStaffMemberId, s.FullName })
            .ToListAsync(ct);
        entries.AddRange(record.Select(r => new MyWorkEntry(r.TenantId, DevelopmentEventWorkKinds.RecordOutcome,
            new NotificationRecord(nameof(DevelopmentEvent), r.Id, DevelopmentEventWorkKinds.EventLink(r.Id), r.EndsOn),
            MyWorkRole.Teacher, r.OrganiserStaffMemberId, r.FullName, r.OrganiserStaffMemberId, r.FullName, MyWorkAudience.Person(
                r.OrganiserStaffMemberId),
            new Dictionary<string, string> { ["Event"] = r.Title })));
        return entries;
    }
}

/// <summary>A colleague added as a participant → that colleague (not the organiser).</summary>
public sealed class DevelopmentEventNotifier(IKemelSchoolPDDbContext db) : RecordNotifier(db)
{
    protected override IEnumerable<RecordNotice> Find(RecordChangeSet changes)
    {
        return
            from p in changes.Added<DevelopmentEventParticipant>()
            join e in changes.Entries<DevelopmentEvent>().Select(e => e.Entity) on p.EventId equals e.Id
            where p.StaffMemberId != e.OrganiserStaffMemberId
            select Notice(DevelopmentEventWorkKinds.Invited,
                new NotificationRecord(nameof(DevelopmentEvent), e.Id, DevelopmentEventWorkKinds.EventLink(e.Id)),
                MyWorkAudience.Person(p.StaffMemberId),
                new Dictionary<string, string>
                {
                    ["Event"] = e.Title, ["Date"] = e.StartsOn.ToString(NotificationTexts.DateFormat, CultureInfo.InvariantCulture),
                },
                ("Organiser", e.OrganiserStaffMemberId));
    }
}

/// <summary>The event's read rule (<see cref="DevelopmentEvent.VisibleTo"/>) for any reader.</summary>
public sealed class DevelopmentEventReadCheck(
    IKemelSchoolPDDbContext db) : VisibleToReadCheck<DevelopmentEvent>(DevelopmentEvent.VisibleTo, DevelopmentEventReadAccess.ReadsAll)
{
    public override string RecordType => nameof(DevelopmentEvent);

    protected override async Task<IReadOnlyDictionary<Guid, DevelopmentEvent>> LoadAsync(List<Guid> ids, CancellationToken ct) =>
        await db.DevelopmentEvents.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
}

/// <summary>The audit log shows an event's entries to whoever reads the event.</summary>
public sealed class DevelopmentEventAuditReadRule(DevelopmentEventReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(DevelopmentEvent);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.EventsAsync(ct)).Select(e => e.Id);
}

/// <summary>An event's materials: read by whoever reads the event; attached and removed by its organiser or a manager while it is not
/// cancelled.</summary>
public sealed class DevelopmentEventAttachmentRule(IKemelSchoolPDDbContext db, DevelopmentEventReadAccess access) : IAttachmentOwnerRule
{
    public string OwnerType => nameof(DevelopmentEvent);

    public bool IsSensitive => false;

    public async Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default)
        => (await access.EventsAsync(ct)).Select(e => e.Id);

    public async Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        return await db.DevelopmentEvents.AsNoTracking().AnyAsync(e => e.Id == ownerId && e.Status != DevelopmentEventStatus.Cancelled
                                                                       && (caller.Manage || (caller.StaffId != null
                                                                           && e.OrganiserStaffMemberId == caller.StaffId)), ct);
    }
}
