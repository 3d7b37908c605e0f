using System.Security.Claims;
using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests.Permissions;

/// <summary>
/// A release that adds a module adds default grants: existing schools get them at the next start, once, and a default a
/// school has taken away is not given back.
/// </summary>
public abstract class DefaultGrantUpgrade_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string NewInThisRelease = KemelSchoolPDPermissions.Notifications.Default;
    private const string RemovedBySchool = KemelSchoolPDPermissions.MethodologicalAssociations.Default;

    [Fact]
    public async Task Should_Grant_A_New_Default_Once_And_Keep_What_The_School_Removed()
    {
        await InSchoolAsync(TestData.SecondSchoolBin, async sp =>
        {
            var db = sp.GetRequiredService<IKemelSchoolPDDbContext>();
            var roles = sp.GetRequiredService<RoleManager<AppRole>>();
            var teacher = (await roles.FindByNameAsync(KemelRoles.Teacher)).ShouldNotBeNull();
            // The school took one default away; the other permission "did not exist" when the school was created.
            await roles.RemoveClaimAsync(teacher, new Claim(KemelClaimTypes.Permission, RemovedBySchool));
            await roles.RemoveClaimAsync(teacher, new Claim(KemelClaimTypes.Permission, NewInThisRelease));
            await db.RoleDefaultGrants.Where(g => g.RoleId == teacher.Id && g.PermissionName == NewInThisRelease).ExecuteDeleteAsync();
        });

        await SeedSchoolAsync();
        (await TeacherPermissionsAsync()).ShouldContain(NewInThisRelease);
        (await TeacherPermissionsAsync()).ShouldNotContain(RemovedBySchool);

        // Removed again after the upgrade: the next start does not bring it back.
        await InSchoolAsync(TestData.SecondSchoolBin, async sp =>
        {
            var roles = sp.GetRequiredService<RoleManager<AppRole>>();
            await roles.RemoveClaimAsync(
                (await roles.FindByNameAsync(KemelRoles.Teacher))!,
                new Claim(KemelClaimTypes.Permission, NewInThisRelease));
        });
        await SeedSchoolAsync();
        (await TeacherPermissionsAsync()).ShouldNotContain(NewInThisRelease);
    }

    [Fact]
    public async Task Should_Record_Every_Default_Of_Every_Default_Role()
    {
        var recorded = await InSchoolAsync(TestData.DemoSchoolBin, async sp =>
            await sp.GetRequiredService<IKemelSchoolPDDbContext>().RoleDefaultGrants.CountAsync());

        recorded.ShouldBe(KemelRoles.SchoolRoles.Sum(r => PermissionDefinitions.DefaultGrants(r).Count));
    }

    private async Task SeedSchoolAsync()
    {
        var schoolId = await SchoolIdAsync(TestData.SecondSchoolBin);
        await using var scope = Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(schoolId);
    }

    private Task<List<string>> TeacherPermissionsAsync() => InSchoolAsync(TestData.SecondSchoolBin, async sp =>
    {
        var roles = sp.GetRequiredService<RoleManager<AppRole>>();
        return (await roles.GetClaimsAsync((await roles.FindByNameAsync(KemelRoles.Teacher))!)).Select(c => c.Value).ToList();
    });
}

public sealed class DefaultGrantUpgrade_Sqlite_Tests(SqliteHostFixture host) :
    DefaultGrantUpgrade_Tests(host),
    IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class DefaultGrantUpgrade_Postgres_Tests(PostgresHostFixture host) :
    DefaultGrantUpgrade_Tests(host),
    IClassFixture<PostgresHostFixture>;
