using System.Security.Claims;
using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests;

/// <summary>
/// Application services resolved from the real host's container (one host per test class), each call in its own DI scope, run
/// inside a school's tenant scope and, when asked, as one of its users signed in through the real claims principal factory.
/// </summary>
public abstract class ApplicationTestBase(KemelWebApplicationFactory host)
{
    protected KemelWebApplicationFactory Host => host;

    /// <summary>Runs <paramref name="action"/> as the school with that BIN (null: the host), optionally as one of its users.</summary>
    protected async Task<T> InSchoolAsync<T>(string? bin, Func<IServiceProvider, Task<T>> action, string? userName = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var schoolId = bin is null ? (Guid?)null : await SchoolIdAsync(services, bin);
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(schoolId);
        // Changed here, not inside an awaited helper: an AsyncLocal set in a callee does not flow back to its caller.
        using var user = userName is null
            ? null
            : services.GetRequiredService<ICurrentPrincipalAccessor>().Change(await PrincipalOfAsync(services, userName));
        return await action(services);
    }

    protected Task InSchoolAsync(string? bin, Func<IServiceProvider, Task> action, string? userName = null) =>
        InSchoolAsync<object?>(bin, async sp => { await action(sp); return null; }, userName);

    protected async Task<Guid> SchoolIdAsync(string bin)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await SchoolIdAsync(scope.ServiceProvider, bin);
    }

    /// <summary>The principal a real sign-in of that user of the current school (or the host) gives.</summary>
    protected static async Task<ClaimsPrincipal> PrincipalOfAsync(IServiceProvider services, string userName)
    {
        var user = await services.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName)
                   ?? throw new InvalidOperationException($"No user {userName} in the current school.");
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    /// <summary>Row counts past every filter: what is really in the database.</summary>
    protected async Task<(int Schools, int Users, int Roles, int RoleClaims, int Staff, int AuditLogs)> CountEverythingAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var filter = scope.ServiceProvider.GetRequiredService<IDataFilter>();
        using var tenant = filter.Disable<Entities.IMultiTenant>();
        using var softDelete = filter.Disable<Entities.ISoftDelete>();
        return (await db.Schools.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.RoleClaims.CountAsync(),
            await db.StaffMembers.CountAsync(), await db.AuditLogs.CountAsync());
    }

    protected static Task<StaffMemberDto> CreateStaffAsync(IServiceProvider services, string fullName, string? email = null) =>
        services.GetRequiredService<StaffMemberAppService>().CreateAsync(StaffInput(fullName, email));

    protected static CreateStaffMemberDto StaffInput(string fullName, string? email = null) => new()
    {
        FullName = fullName, Position = "Мұғалім", Subjects = ["Математика"], HireDate = new DateOnly(2021, 9, 1),
        TotalExperienceYears = 5, TeachingExperienceYears = 4, Category = QualificationCategory.Pedagogue, Email = email,
    };

    protected static string Tag() => Guid.NewGuid().ToString("N")[..8];

    private static Task<Guid> SchoolIdAsync(IServiceProvider services, string bin) =>
        services.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Where(s => s.Bin == bin).Select(s => s.Id).SingleAsync();
}

/// <summary>PostgreSQL-backed test classes run one after another: each starts its own host on its own database of one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
