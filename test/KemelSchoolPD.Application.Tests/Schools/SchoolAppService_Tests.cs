using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.TestBase;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Application.Tests.Schools;

public abstract class SchoolAppService_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    [Fact]
    public async Task Should_Create_The_School_With_Its_Default_Roles_And_A_Director_Who_Can_Sign_In()
    {
        var bin = NewBin();

        var school = await InSchoolAsync(null, sp => sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(bin, "Strong#2026")));

        await InSchoolAsync(bin, async sp =>
        {
            var db = sp.GetRequiredService<IKemelSchoolPDDbContext>();
            (await db.Roles.Select(r => r.Name).ToListAsync()).ShouldBe(KemelRoles.SchoolRoles, ignoreOrder: true);
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var director = (await users.FindByNameAsync("director")).ShouldNotBeNull();
            director.TenantId.ShouldBe(school.Id);
            (await users.CheckPasswordAsync(director, "Strong#2026")).ShouldBeTrue();
            (await users.IsInRoleAsync(director, KemelRoles.Director)).ShouldBeTrue();
            (await db.StaffMembers.SingleAsync()).UserId.ShouldBe(director.Id);
        });
    }

    [Fact]
    public async Task Should_Refuse_A_Duplicate_Bin() =>
        (await Should.ThrowAsync<ConflictException>(() => InSchoolAsync(null, sp =>
            sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(TestData.DemoSchoolBin, "Strong#2026")))))
        .Code.ShouldBe(KemelSchoolPDErrorCodes.Schools.DuplicateBin);

    [Fact]
    public async Task Should_Write_Nothing_When_The_Directors_Password_Is_Refused()
    {
        var bin = NewBin();

        var error = await Should.ThrowAsync<InputValidationException>(() => InSchoolAsync(null, sp =>
            sp.GetRequiredService<SchoolAppService>().CreateAsync(Input(bin, "short"))));

        error.Errors.ShouldAllBe(e => e.Field == nameof(CreateSchoolDto.DirectorPassword));
        await InSchoolAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IKemelSchoolPDDbContext>();
            (await db.Schools.AnyAsync(s => s.Bin == bin)).ShouldBeFalse();
            using var _ = sp.GetRequiredService<IDataFilter>().Disable<Entities.IMultiTenant>();
            (await db.Users.CountAsync(u => u.Email == $"director@{bin}.kz")).ShouldBe(0);
            (await db.Roles.CountAsync(r => r.TenantId != null && !db.Schools.Any(s => s.Id == r.TenantId))).ShouldBe(0); // no orphan roles
        });
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
public sealed class SchoolAppService_Postgres_Tests(PostgresHostFixture host) : SchoolAppService_Tests(host), IClassFixture<PostgresHostFixture>;
