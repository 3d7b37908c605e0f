using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests;

/// <summary>Application services resolved from the real host's container, run inside a school's tenant scope.</summary>
public abstract class ApplicationTestBase(KemelWebApplicationFactory host)
{
    protected async Task<T> InSchoolAsync<T>(string? bin, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var schoolId = bin is null ? (Guid?)null : await SchoolIdAsync(scope.ServiceProvider, bin);
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        return await action(scope.ServiceProvider);
    }

    protected Task InSchoolAsync(string? bin, Func<IServiceProvider, Task> action) =>
        InSchoolAsync<object?>(bin, async sp => { await action(sp); return null; });

    private static Task<Guid> SchoolIdAsync(IServiceProvider services, string bin) =>
        services.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Where(s => s.Bin == bin).Select(s => s.Id).SingleAsync();
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
