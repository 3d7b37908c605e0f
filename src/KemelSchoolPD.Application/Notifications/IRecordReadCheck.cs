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

    Task<IReadOnlySet<(Guid UserId, Guid RecordId)>> ReadableAsync(IReadOnlyCollection<(NotificationReader Reader, Guid RecordId)> pairs, CancellationToken ct);
}

/// <summary>Applies a module's <c>VisibleTo(staffId, viewAll)</c> expression in memory, compiled once per distinct reader.</summary>
public sealed class VisibleToCache<T>(Func<Guid?, bool, System.Linq.Expressions.Expression<Func<T, bool>>> rule)
{
    private readonly Dictionary<(Guid?, bool), Func<T, bool>> _compiled = [];

    public bool Allows(T record, Guid? staffId, bool viewAll)
    {
        if (!_compiled.TryGetValue((staffId, viewAll), out var test)) _compiled[(staffId, viewAll)] = test = rule(staffId, viewAll).Compile();
        return test(record);
    }
}
