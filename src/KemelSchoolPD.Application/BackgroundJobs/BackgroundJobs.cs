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
            ? client.Schedule<TenantJobRunner>(r => r.RunAsync<TJob, TArgs>(args, CancellationToken.None), d)
            : client.Enqueue<TenantJobRunner>(r => r.RunAsync<TJob, TArgs>(args, CancellationToken.None));
    }
}

/// <summary>What Hangfire actually calls: opens a DI scope inside the job's school and runs the job there.</summary>
public sealed class TenantJobRunner(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant)
{
    public async Task RunAsync<TJob, TArgs>(TArgs args, CancellationToken cancellationToken) where TJob : IBackgroundJob<TArgs> where TArgs : TenantJobArgs
    {
        using var tenantScope = currentTenant.Change(args.TenantId);
        await using var scope = scopeFactory.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TJob>().ExecuteAsync(args, cancellationToken);
    }
}
