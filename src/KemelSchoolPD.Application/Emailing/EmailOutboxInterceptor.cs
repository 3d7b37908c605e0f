using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Emailing;

/// <summary>
/// After a save that queued e-mail, enqueues <see cref="SendOutboxEmailsJob"/> so the message leaves within seconds instead
/// of at the next minute. When the save is part of a longer transaction the job may find nothing yet; the recurring run
/// sends it then.
/// </summary>
public sealed class EmailOutboxInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private bool _queued;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        Enqueue();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Enqueue();
        return result;
    }

    private void Remember(DbContext? context) =>
        _queued |= context?.ChangeTracker.Entries<OutboxEmail>().Any(e => e.State == EntityState.Added) == true;

    private void Enqueue()
    {
        if (!_queued) return;
        _queued = false;
        services.GetService<IBackgroundJobClient>()?.Enqueue<SendOutboxEmailsJob>(job => job.ExecuteAsync(CancellationToken.None));
    }
}
