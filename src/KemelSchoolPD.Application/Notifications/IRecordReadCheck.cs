namespace KemelSchoolPD.Notifications;

/// <summary>A person as a module's read rule sees them: their staff record in the school and their permissions there.</summary>
public sealed record NotificationReader(Guid UserId, Guid? StaffId, IReadOnlySet<string> Granted);

/// <summary>
/// A module's read rule asked for someone other than the signed-in caller: whether each reader may still read each record.
/// The digest asks it at send time, so nothing is e-mailed about a record its reader lost access to since (a mentor replaced,
/// a permission taken away). One query for the records, then the module's own <c>VisibleTo</c> rule on each pair.
/// Registered per record type in the module's Add{Module}(); a record type without one is treated as readable only when its
/// reader is its own staff member (the safe answer).
/// </summary>
public interface IRecordReadCheck
{
    string RecordType { get; }

    Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct);
}

/// <summary>Applies a module's <c>VisibleTo(staffId, viewAll)</c> expression in memory, compiled once per distinct reader.</summary>
public sealed class VisibleToCache<T>(Func<Guid?, bool, System.Linq.Expressions.Expression<Func<T, bool>>> rule)
{
    private readonly Dictionary<(Guid?, bool), Func<T, bool>> _compiled = [];

    public bool Allows(T record, Guid? staffId, bool viewAll)
    {
        if (!_compiled.TryGetValue((staffId, viewAll), out var test)) _compiled[(staffId, viewAll)] = test = rule(staffId, viewAll)
            .Compile();
        return test(record);
    }
}

/// <summary>
/// The usual read check: the records asked about loaded in one query (or, for a part of a record, the record whose rule
/// decides, keyed by the part's id), then the module's <c>VisibleTo</c> rule for each reader, who reads all when
/// <paramref name="readsAll"/> says so.
/// </summary>
public abstract class VisibleToReadCheck<TRule>(
    Func<Guid?, bool, System.Linq.Expressions.Expression<Func<TRule, bool>>> visibleTo,
    Func<IReadOnlySet<string>, bool> readsAll) : IRecordReadCheck
{
    public abstract string RecordType { get; }

    /// <summary>For each asked id that exists, the record whose read rule decides.</summary>
    protected abstract Task<IReadOnlyDictionary<Guid, TRule>> LoadAsync(List<Guid> ids, CancellationToken ct);

    public async Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(
        IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs,
        CancellationToken ct)
    {
        var rows = await LoadAsync(pairs.Select(p => p.RecordId).Distinct().ToList(), ct);
        var rule = new VisibleToCache<TRule>(visibleTo);
        return pairs.Where(p => rows.TryGetValue(p.RecordId, out var r) && rule.Allows(r, p.Reader.StaffId, readsAll(p.Reader.Granted)))
            .Select(p => (p.Reader.UserId, p.RecordId)).ToHashSet();
    }
}
