using System.Linq.Expressions;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.MyWork;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// One notification a save causes, as a module states it: its kind, the record, who receives it, its values, and which values
/// are staff members' names (<see cref="Names"/>: placeholder → staff id, filled by <see cref="RecordNotifier"/>).
/// </summary>
public sealed record RecordNotice(
    string Kind, NotificationRecord Record, MyWorkAudience Audience, IReadOnlyDictionary<string, string> Values)
{
    public IReadOnlyDictionary<string, Guid> Names { get; init; } = new Dictionary<string, Guid>();

    /// <summary>The event, with the names first, then the other values (a named placeholder keeps its name).</summary>
    public NotificationEvent ToEvent(IReadOnlyDictionary<Guid, string> fullNames)
    {
        var values = Names.ToDictionary(n => n.Key, n => fullNames.GetValueOrDefault(n.Value, ""));
        foreach (var (key, value) in Values) values.TryAdd(key, value);
        return new NotificationEvent(Kind, Record, values, Audience);
    }
}

/// <summary>
/// The shared part of every module's <see cref="IRecordChangeNotifier"/>: a module only says which changes cause which
/// notices and who receives them (<see cref="Find"/>, or <see cref="FindAsync"/> when it must read something the changes do not
/// carry); the base reads the named staff members' names in one statement and tells the events, which the
/// <see cref="NotificationPublisher"/> then turns into each reader's notification and e-mail.
/// </summary>
public abstract class RecordNotifier(IKemelSchoolPDDbContext db) : IRecordChangeNotifier
{
    protected IKemelSchoolPDDbContext Db { get; } = db;

    public async Task CollectAsync(RecordChangeSet changes, CancellationToken ct)
    {
        var notices = await FindAsync(changes, ct);
        if (notices.Count == 0) return;
        var ids = notices.SelectMany(n => n.Names.Values).Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<Guid, string>()
            : await Db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        foreach (var notice in notices) changes.Notify(notice.ToEvent(names));
    }

    /// <summary>The notices of this save; override this one to read what the changes do not carry.</summary>
    protected virtual Task<IReadOnlyList<RecordNotice>> FindAsync(RecordChangeSet changes, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<RecordNotice>>(Find(changes).ToList());

    /// <summary>The notices of this save, from the changes alone.</summary>
    protected virtual IEnumerable<RecordNotice> Find(RecordChangeSet changes) => [];

    /// <summary>A notice whose <paramref name="names"/> are filled with those staff members' full names.</summary>
    protected internal static RecordNotice Notice(string kind, NotificationRecord record, MyWorkAudience audience,
        IReadOnlyDictionary<string, string>? values, params (string Placeholder, Guid StaffId)[] names) =>
        new(kind, record, audience, values ?? new Dictionary<string, string>())
        {
            Names = names.ToDictionary(n => n.Placeholder, n => n.StaffId),
        };
}

/// <summary>
/// Who hears of a record's move through the agreement workflow (a development plan, a mentor's year plan, a post-course plan):
/// submitted → whoever holds <see cref="ReviewPermission"/> (never its author); returned or agreed → its author. A kind left
/// null is not told.
/// </summary>
public sealed record AgreementNoticeKinds(string? Submitted, string? Returned, string? Agreed, string ReviewPermission)
{
    public (string Kind, MyWorkAudience Audience)? Move(DevelopmentPlanStatus status, Guid authorStaffId) => status switch
    {
        DevelopmentPlanStatus.Submitted when Submitted is not null => (Submitted, MyWorkAudience.Holders(authorStaffId, ReviewPermission)),
        DevelopmentPlanStatus.Returned when Returned is not null => (Returned, MyWorkAudience.Person(authorStaffId)),
        DevelopmentPlanStatus.Agreed when Agreed is not null => (Agreed, MyWorkAudience.Person(authorStaffId)),
        _ => null,
    };

    /// <summary>
    /// The notices of the records of type <typeparamref name="T"/> whose status this save moves: each names its author as
    /// "Teacher" and carries <paramref name="values"/> (none when null).
    /// </summary>
    public IEnumerable<RecordNotice> Notices<T>(
        RecordChangeSet changes,
        Expression<Func<T, DevelopmentPlanStatus>> status,
        Func<T, Guid> author,
        Func<T, NotificationRecord> record,
        Func<T, IReadOnlyDictionary<string, string>>? values = null) where T : class
    {
        var moved = changes.Changed(status).ToList();
        if (moved.Count == 0) return [];
        var statusOf = status.Compile();
        return from changed in moved
               let move = Move(statusOf(changed), author(changed))
               where move is not null
               select RecordNotifier.Notice(move.Value.Kind, record(changed), move.Value.Audience, values?.Invoke(changed),
                   ("Teacher", author(changed)));
    }
}
