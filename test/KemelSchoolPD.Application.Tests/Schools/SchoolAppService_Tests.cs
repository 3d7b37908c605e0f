using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Schools;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests.Schools;

/// <summary>Opening a school is all or nothing: the school, its six default roles with their grants and its director.</summary>
public abstract class SchoolAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    private const string StrongPassword = "Strong#2026";

    [Fact]
    public async Task Should_Create_The_School_With_Its_Default_Roles_And_A_Director_Who_Can_Sign_In()
    {
        var bin = NewBin();

        var school = await InSchoolAsync(null, sp => sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(bin, StrongPassword)));

        (school.Bin, school.IsActive).ShouldBe((bin, true));
        await InSchoolAsync(bin, async sp =>
        {
            var db = sp.GetRequiredService<IKemelSchoolPDDbContext>();
            var roles = await db.Roles.ToListAsync();
            roles.Select(r => r.Name).ShouldBe(KemelRoles.SchoolRoles, ignoreOrder: true);
            roles.ShouldAllBe(r => r.TenantId == school.Id && r.IsStatic);
            var grants = await (from c in db.RoleClaims
                                join r in db.Roles on c.RoleId equals r.Id
                                where c.ClaimType == KemelClaimTypes.Permission
                                select new { r.Name, c.ClaimValue }).ToListAsync();
            foreach (var role in KemelRoles.SchoolRoles)
                grants.Where(g => g.Name == role).Select(g => g.ClaimValue)
                    .ShouldBe(PermissionDefinitions.DefaultGrants(role), ignoreOrder: true, role);

            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var director = (await users.FindByNameAsync("director")).ShouldNotBeNull(); // the demo schools' directors share the name
            director.TenantId.ShouldBe(school.Id);
            (await users.GetRolesAsync(director)).ShouldBe([KemelRoles.Director]);
            (await sp.GetRequiredService<SignInManager<AppUser>>()
                .CheckPasswordSignInAsync(director, StrongPassword, lockoutOnFailure: false))
                .Succeeded.ShouldBeTrue();
            var staff = await db.StaffMembers.SingleAsync();
            (staff.UserId, staff.FullName, staff.Email).ShouldBe((director.Id, "Тест Директор", $"director@{bin}.kz"));
        });
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Bin_And_Write_Nothing()
    {
        var before = await CountEverythingAsync();

        var error = await Should.ThrowAsync<ConflictException>(() => InSchoolAsync(null, sp =>
            sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(TestData.DemoSchoolBin, StrongPassword))));

        error.Code.ShouldBe(KemelSchoolPDErrorCodes.Schools.DuplicateBin);
        error.Values["Bin"].ShouldBe(TestData.DemoSchoolBin);
        (await CountEverythingAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Should_Roll_Everything_Back_When_The_Directors_Password_Is_Refused()
    {
        var bin = NewBin();
        var before = await CountEverythingAsync();

        // The school and its roles are saved before the director's account is refused: only the transaction can undo them.
        var error = await Should.ThrowAsync<InputValidationException>(() => InSchoolAsync(null, sp =>
            sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(bin, "short"))));

        error.Errors.ShouldNotBeEmpty();
        error.Errors.ShouldAllBe(e => e.Field == nameof(CreateSchoolDto.DirectorPassword) && e.Code.StartsWith("Identity:Password"));
        (await CountEverythingAsync()).ShouldBe(before);
        await InSchoolAsync(null, async sp =>
            (await sp.GetRequiredService<IKemelSchoolPDDbContext>().Schools.AnyAsync(s => s.Bin == bin)).ShouldBeFalse());
        // and the BIN is still free
        (await InSchoolAsync(null, sp => sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(bin, StrongPassword)))).Bin
            .ShouldBe(bin);
    }

    private static string NewBin() => "9" + Random.Shared.NextInt64(10_000_000_000, 99_999_999_999).ToString();

    private static CreateSchoolDto Input(string bin, string password) => new()
    {
        Name = "Тест мектебі " + bin, Bin = bin, Region = "Ақмола облысы", District = "Көкшетау", SettlementType = SettlementType.Urban,
        LanguagesOfInstruction = [LanguageOfInstruction.Kazakh], DirectorUserName = "director", DirectorEmail = $"director@{bin}.kz",
        DirectorFullName = "Тест Директор", DirectorPassword = password,
    };
}

public sealed class SchoolAppService_Sqlite_Tests(SqliteHostFixture host) : SchoolAppService_Tests(host), IClassFixture<SqliteHostFixture>;

[Collection(PostgresCollection.Name)]
public sealed class SchoolAppService_Postgres_Tests(PostgresHostFixture host) :
    SchoolAppService_Tests(host),
    IClassFixture<PostgresHostFixture>;
