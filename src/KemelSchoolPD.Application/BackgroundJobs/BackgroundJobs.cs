using Hangfire;
using KemelSchoolPD.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.BackgroundJobs;

/// <summary>Arguments of every school job. Jobs run with no HTTP request, so the school travels with the job.</summary>
public abstract record TenantJobArgs(Guid TenantId);

public interface IBackgroundJob<in TArgs> where TArgs : TenantJobArgs
{
    Task ExecuteAsync(TArgs args, CancellationToken cancellationToken);
}

public interface IBackgroundJobManager
{
    /// <summary>Queues a job for the current school; it runs later, on any app node, inside that school's tenant scope.</summary>
    string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null) where TJob : IBackgroundJob<TArgs> where TArgs : TenantJobArgs;
}

public sealed class HangfireBackgroundJobManager(IBackgroundJobClient client, ICurrentTenant currentTenant) : IBackgroundJobManager
{
    public string Enqueue<TJob, TArgs>(TArgs args, TimeSpan? delay = null) where TJob : IBackgroundJob<TArgs> where TArgs : TenantJobArgs
    {
        if (currentTenant.IsAvailable && currentTenant.Id != args.TenantId)
            throw new CrossTenantWriteException(typeof(TJob).Name, args.TenantId, currentTenant.Id);
        return delay is { } d
            ? client.Schedule<TenantJobRunner<TJob, TArgs>>(r => r.RunAsync(args, CancellationToken.None), d)
            : client.Enqueue<TenantJobRunner<TJob, TArgs>>(r => r.RunAsync(args, CancellationToken.None));
    }
}

/// <summary>
/// What Hangfire actually calls: opens a DI scope inside the job's school and runs the job there. Generic on the class, not
/// the method, because Hangfire stores a job as type + method + arguments and cannot find generic methods again.
/// </summary>
public sealed class TenantJobRunner<TJob, TArgs>(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant)
    where TJob : IBackgroundJob<TArgs> where TArgs : TenantJobArgs
{
    public async Task RunAsync(TArgs args, CancellationToken cancellationToken)
    {
        using var tenantScope = currentTenant.Change(args.TenantId);
        await using var scope = scopeFactory.CreateAsyncScope();
        var job = scope.ServiceProvider.GetService<TJob>() ?? ActivatorUtilities.CreateInstance<TJob>(scope.ServiceProvider);
        await job.ExecuteAsync(args, cancellationToken);
    }
}
