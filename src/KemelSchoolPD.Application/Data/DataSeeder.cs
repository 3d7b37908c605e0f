using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Data;

/// <summary>Runs every seed contributor for the host, then for each school inside that school's tenant scope (ABP's IDataSeeder).</summary>
public sealed class DataSeeder(IServiceScopeFactory scopeFactory, ICurrentTenant currentTenant)
{
    public async Task SeedAllAsync(CancellationToken ct = default)
    {
        await SeedAsync(null, ct);
        List<Guid> schoolIds;
        await using (var scope = scopeFactory.CreateAsyncScope())
            schoolIds = await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Select(s => s.Id).ToListAsync(ct);
        foreach (var id in schoolIds) await SeedAsync(id, ct);
    }

    /// <summary>Each run gets its own DI scope, so a school's seed never sees another school's tracked entities.</summary>
    public async Task SeedAsync(Guid? tenantId, CancellationToken ct = default)
    {
        using var _ = currentTenant.Change(tenantId);
        await using var scope = scopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<SeedingScope>().Active = true;
        foreach (var contributor in scope.ServiceProvider.GetServices<IDataSeedContributor>().OrderBy(c => c.Order))
            await contributor.SeedAsync(new DataSeedContext(tenantId), ct);
    }
}

/// <summary>
/// Marks the DI scope of a seed run: what a seed writes (the demo school's meetings, cards, plans) is the school's past, not
/// news, so it notifies nobody and queues no e-mail.
/// </summary>
public sealed class SeedingScope
{
    public bool Active { get; set; }
}
