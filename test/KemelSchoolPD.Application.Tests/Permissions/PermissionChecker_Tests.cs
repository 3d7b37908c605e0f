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

/// <summary>Grants come from the user's roles in the current school, and only permissions of the current side count.</summary>
public abstract class PermissionChecker_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private static readonly string[] SchoolPermissions = PermissionDefinitions.ForSide(MultiTenancySide.Tenant).Select(d => d.Name)
        .ToArray();
    private static readonly string[] HostPermissions = PermissionDefinitions.ForSide(MultiTenancySide.Host).Select(d => d.Name).ToArray();

    [Fact]
    public async Task Should_Grant_The_Director_Every_School_Permission_And_No_Host_Permission()
    {
        var granted = await GrantedAsync(TestData.DemoSchoolBin, TestData.Director);

        granted.ShouldBe(SchoolPermissions, ignoreOrder: true);
        granted.ShouldNotContain(p => HostPermissions.Contains(p));
    }

    [Fact]
    public async Task Should_Not_Grant_A_Host_Permission_Even_When_A_School_Role_Holds_It()
    {
        await InSchoolAsync(TestData.DemoSchoolBin, async sp =>
        {
            // Rolled back: never committed.
            await using var transaction = await sp.GetRequiredService<IKemelSchoolPDDbContext>().Database.BeginTransactionAsync();
            var roles = sp.GetRequiredService<RoleManager<AppRole>>();
            var director = (await roles.FindByNameAsync(KemelRoles.Director)).ShouldNotBeNull();
            (await roles.AddClaimAsync(director, new Claim(KemelClaimTypes.Permission, KemelSchoolPDPermissions.Schools.Create))).Succeeded
                .ShouldBeTrue();

            var checker = sp.GetRequiredService<IPermissionChecker>();
            (await checker.IsGrantedAsync(KemelSchoolPDPermissions.Schools.Create)).ShouldBeFalse();
            (await checker.IsGrantedAsync(KemelSchoolPDPermissions.Staff.Create)).ShouldBeTrue();
        }, userName: TestData.Director);
    }

    [Fact]
    public async Task Should_Not_Grant_Staff_Create_To_A_Teacher()
    {
        var granted = await GrantedAsync(TestData.DemoSchoolBin, TestData.Teacher);

        granted.ShouldNotContain(KemelSchoolPDPermissions.Staff.Create);
        granted.ShouldBe(PermissionDefinitions.DefaultGrants(KemelRoles.Teacher), ignoreOrder: true);
        (await InSchoolAsync(
            TestData.DemoSchoolBin,
            sp => sp.GetRequiredService<IPermissionChecker>().IsGrantedAsync(KemelSchoolPDPermissions.Staff.Create),
            userName: TestData.Teacher)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Combine_The_Grants_Of_Every_Role_Of_The_User()
    {
        var granted = await GrantedAsync(TestData.DemoSchoolBin, TestData.Mentor); // Teacher + Mentor + AssociationLeader

        granted.ShouldBe(new[] { KemelRoles.Teacher, KemelRoles.Mentor, KemelRoles.AssociationLeader }.SelectMany(
            PermissionDefinitions.DefaultGrants).Distinct(),
            ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Grant_The_Host_Administrator_Host_Permissions_Only()
    {
        var granted = await GrantedAsync(null, TestData.HostAdmin);

        granted.ShouldBe(HostPermissions, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Grant_Nothing_When_The_Users_School_Is_Not_The_Current_One()
    {
        var otherSchool = await SchoolIdAsync(TestData.SecondSchoolBin);

        var granted = await InSchoolAsync(TestData.DemoSchoolBin, async sp =>
        {
            // Signed in to A, running as B.
            using var _ = sp.GetRequiredService<KemelSchoolPD.MultiTenancy.ICurrentTenant>().Change(otherSchool);
            return await sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync();
        }, userName: TestData.Director);

        granted.ShouldBeEmpty();
        (await GrantedAsync(TestData.DemoSchoolBin, TestData.Director)).ShouldNotBeEmpty(); // the same user in their own school
    }

    [Fact]
    public async Task Should_Grant_Nothing_To_An_Anonymous_Caller() =>
        (await InSchoolAsync(TestData.DemoSchoolBin, sp => sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync())).ShouldBeEmpty();

    private Task<IReadOnlySet<string>> GrantedAsync(string? bin, string userName) =>
        InSchoolAsync(bin, sp => sp.GetRequiredService<IPermissionChecker>().GetGrantedAsync(), userName);
}

public sealed class PermissionChecker_Sqlite_Tests(SqliteHostFixture host) :
    PermissionChecker_Tests(host),
    IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class PermissionChecker_Postgres_Tests(PostgresHostFixture host) :
    PermissionChecker_Tests(host),
    IClassFixture<PostgresHostFixture>;
