using KemelSchoolPD.Data;
using KemelSchoolPD.MyWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Notifications;

/// <summary>Something that happened to a record, and whom to tell: written as notifications in the same transaction as the
/// change.</summary>
public sealed record NotificationEvent(
    string Kind,
    NotificationRecord Record,
    IReadOnlyDictionary<string, string> Values,
    MyWorkAudience Audience);

/// <summary>
/// A module's events: it reads the changes about to be saved (the state before and after, as EF tracks them) and says which
/// notifications they cause. Registered in the module's Add{Module}(); run by <see cref="NotificationEventsInterceptor"/> on every
/// save, so an event is told whichever use case (or seed, or job) made the change, and never when the save fails.
/// </summary>
public interface IRecordChangeNotifier
{
    Task CollectAsync(RecordChangeSet changes, CancellationToken ct);
}

/// <summary>The entries added or modified by one save, and the events the modules' notifiers found in them.</summary>
public sealed class RecordChangeSet(IReadOnlyList<EntityEntry> entries)
{
    private readonly List<NotificationEvent> _events = [];

    public IReadOnlyList<NotificationEvent> Events => _events;

    public IEnumerable<EntityEntry<T>> Entries<T>() where T : class =>
        entries.Where(e => e.Entity is T).Select(e => e.Context.Entry((T)e.Entity));

    /// <summary>The value a property had when the entity was read (the current one for an added entity).</summary>
    public static TValue Before<T, TValue>(
        EntityEntry<T> entry,
        System.Linq.Expressions.Expression<Func<T, TValue>> property) where T : class =>
        entry.State == EntityState.Added ? entry.Property(property).CurrentValue : entry.Property(property).OriginalValue;

    /// <summary>The entities of a type this save adds.</summary>
    public IEnumerable<T> Added<T>() where T : class => Entries<T>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);

    /// <summary>The entities of a type this save modifies with a new value of <paramref name="property"/> ("its status moved").</summary>
    public IEnumerable<T> Changed<T, TValue>(System.Linq.Expressions.Expression<Func<T, TValue>> property) where T : class =>
        Entries<T>().Where(e => e.State == EntityState.Modified && !EqualityComparer<TValue>.Default.Equals(
                e.Property(property).OriginalValue, e.Property(property).CurrentValue))
            .Select(e => e.Entity);

    public void Notify(NotificationEvent e) => _events.Add(e);
}

/// <summary>
/// Runs the modules' <see cref="IRecordChangeNotifier"/>s before every save and adds the notifications they cause to the same
/// save (so to the same transaction as the change). Registered first among the context's interceptors, so the kernel's
/// interceptor then stamps their school, and the outbox's sees the e-mail they queue.
/// </summary>
public sealed class NotificationEventsInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private bool _publishing;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await CollectAsync(context, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) CollectAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private async Task CollectAsync(DbContext context, CancellationToken ct)
    {
        if (_publishing || services.GetService<SeedingScope>() is { Active: true }) return;
        var entries = context.ChangeTracker.Entries()
            .Where(
                e => e.State is EntityState.Added or EntityState.Modified && e.Entity is not Notification
                    && !e.Metadata.IsOwned()).ToList();
        if (entries.Count == 0) return;
        var changes = new RecordChangeSet(entries);
        foreach (var notifier in services.GetServices<IRecordChangeNotifier>()) await notifier.CollectAsync(changes, ct);
        if (changes.Events.Count == 0) return;
        _publishing = true;
        try
        {
            await services.GetRequiredService<NotificationPublisher>().PublishAsync(changes.Events, ct);
        }
        finally
        {
            _publishing = false;
        }
    }
}
