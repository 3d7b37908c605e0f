using System.Net;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Schools;

/// <summary>The platform operator opens, lists and deactivates schools; a director keeps the school's own profile current.</summary>
public abstract class HostSchools_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_List_The_Schools_With_Filters()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);

        var all = await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools");
        var byBin = await admin.GetAsync<PagedResultDto<SchoolDto>>($"/api/host/schools?filter={TestData.SecondSchoolBin}");
        var inactive = await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools?isActive=false");
        var paged = await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools?maxResultCount=1");

        all.TotalCount.ShouldBeGreaterThanOrEqualTo(2);
        all.Items.Select(s => s.Bin).ShouldContain(TestData.DemoSchoolBin);
        all.Items.Select(s => s.Name).ShouldBeInOrder(SortDirection.Ascending, StringComparer.CurrentCulture);
        var second = byBin.Items.ShouldHaveSingleItem();
        second.Name.ShouldBe("Kemel Second School");
        second.IsActive.ShouldBeTrue();
        second.LanguagesOfInstruction.ShouldBe([LanguageOfInstruction.Kazakh, LanguageOfInstruction.Russian]);
        inactive.Items.ShouldAllBe(s => !s.IsActive);
        paged.Items.Count.ShouldBe(1);
        paged.TotalCount.ShouldBe(all.TotalCount);
    }

    [Fact]
    public async Task Should_Create_A_School_Whose_Director_Can_Sign_In()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var bin = ApiClients.NewBin();

        var response = await admin.PostJsonAsync("/api/host/schools", ApiClients.NewSchool(bin));

        var created = await response.ReadAsync<SchoolDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldBe($"/api/host/schools/{created.Id}");
        created.Bin.ShouldBe(bin);
        created.IsActive.ShouldBeTrue();
        created.SettlementType.ShouldBe(SettlementType.Rural);
        var fetched = await admin.GetAsync<SchoolDto>($"/api/host/schools/{created.Id}");
        fetched.Name.ShouldBe(created.Name);
        fetched.CreationTime.ShouldBe(created.CreationTime, TimeSpan.FromSeconds(1));

        var director = await host.SignInAsync(bin, TestData.Director, TestData.NewPassword);
        var config = await director.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");
        config.CurrentTenant.Id.ShouldBe(created.Id);
        config.CurrentTenant.Name.ShouldBe(created.Name);
        config.CurrentUser.Roles.ShouldContain(KemelRoles.Director);
        (await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff")).Items.ShouldHaveSingleItem().Position
            .ShouldBe("Директор");
        (await director.GetAsync<List<RoleDto>>("/api/identity/roles")).Select(r => r.Name)
            .ShouldBe(KemelRoles.SchoolRoles, ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Answer_404_For_An_Unknown_School()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);

        await (await admin.GetAsync($"/api/host/schools/{Guid.NewGuid()}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await admin.PostAsync($"/api/host/schools/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Deactivate_And_Activate_A_School()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();

        (await admin.PostAsync($"/api/host/schools/{school.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await admin.GetAsync<SchoolDto>($"/api/host/schools/{school.Id}")).IsActive.ShouldBeFalse();
        (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools?isActive=false&maxResultCount=100")).Items
            .ShouldContain(s => s.Id == school.Id);
        (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools?isActive=true&maxResultCount=100")).Items
            .ShouldNotContain(s => s.Id == school.Id);
        await (await admin.PostAsync($"/api/host/schools/{school.Id}/deactivate", null)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Schools:AlreadyInactive");

        (await admin.PostAsync($"/api/host/schools/{school.Id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.GetAsync<SchoolDto>($"/api/host/schools/{school.Id}")).IsActive.ShouldBeTrue();
        await (await admin.PostAsync($"/api/host/schools/{school.Id}/activate", null)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Schools:AlreadyActive");
    }

    [Fact]
    public async Task Should_Answer_409_When_The_Bin_Is_Taken()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var before = (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools")).TotalCount;

        var response = await admin.PostJsonAsync("/api/host/schools", ApiClients.NewSchool(TestData.DemoSchoolBin));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Schools:DuplicateBin");
        (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools")).TotalCount.ShouldBe(before);
    }

    [Theory]
    [InlineData("password2026")] // long enough, but on the list of common passwords
    [InlineData("1234567890")] // ...and without a lower-case letter
    [InlineData("abc1")] // too short for the form itself
    public async Task Should_Create_Nothing_When_The_Director_Password_Is_Weak(string password)
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var bin = ApiClients.NewBin();
        var before = (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools")).TotalCount;

        var response = await admin.PostJsonAsync("/api/host/schools", ApiClients.NewSchool(bin, password));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("errors").GetProperty("directorPassword")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        (await admin.GetAsync<PagedResultDto<SchoolDto>>($"/api/host/schools?filter={bin}")).TotalCount.ShouldBe(0);
        (await admin.GetAsync<PagedResultDto<SchoolDto>>("/api/host/schools")).TotalCount.ShouldBe(before);
        await (await host.CreateAnonymousClient()
            .PostJsonAsync("/api/account/login", new { school = bin, userName = TestData.Director, password }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:SchoolNotFound");

        // Nothing of the failed attempt is left behind: the same school can be opened properly.
        await admin.CreateSchoolAsync(bin);
        await host.SignInAsync(bin, TestData.Director, TestData.NewPassword);
    }

    [Fact]
    public async Task Should_Let_The_Director_Update_The_Profile_With_The_Concurrency_Stamp()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var director = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        var profile = await director.GetAsync<SchoolProfileDto>("/api/app/school/profile");
        profile.Id.ShouldBe(school.Id);
        profile.Bin.ShouldBe(school.Bin);
        object Update(string name, string stamp) => new
        {
            name, region = "Алматы облысы", district = "Қонаев қаласы", settlementType = "Urban", languagesOfInstruction = new[] {
                "Russian",
                "Kazakh" },
            address = "Абай даңғылы, 1", phone = "+7 701 000 00 00", email = "info@school.kz", concurrencyStamp = stamp,
        };

        var updated = await (await director.PutJsonAsync(
            "/api/app/school/profile",
            Update(school.Name + " (жаңа)", profile.ConcurrencyStamp))).ReadAsync<SchoolProfileDto>();
        var stale = await director.PutJsonAsync("/api/app/school/profile", Update(school.Name + " (ескі)", profile.ConcurrencyStamp));

        updated.Name.ShouldBe(school.Name + " (жаңа)");
        updated.Address.ShouldBe("Абай даңғылы, 1");
        updated.SettlementType.ShouldBe(SettlementType.Urban);
        updated.LanguagesOfInstruction.ShouldBe([LanguageOfInstruction.Kazakh, LanguageOfInstruction.Russian], ignoreOrder: true);
        updated.Bin.ShouldBe(school.Bin);
        updated.ConcurrencyStamp.ShouldNotBe(profile.ConcurrencyStamp);
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "Common:ConcurrencyConflict");
        var stored = await director.GetAsync<SchoolProfileDto>("/api/app/school/profile");
        (stored.Name, stored.Address, stored.Phone, stored.Email, stored.ConcurrencyStamp)
            .ShouldBe((updated.Name, updated.Address, updated.Phone, updated.Email, updated.ConcurrencyStamp));
        (await admin.GetAsync<SchoolDto>($"/api/host/schools/{school.Id}")).Name.ShouldBe(updated.Name);
        (await director.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentTenant.Name.ShouldBe(updated.Name);
    }

    [Fact]
    public async Task Should_Not_Let_A_Teacher_Update_The_Profile()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var profile = await teacher.GetAsync<SchoolProfileDto>("/api/app/school/profile");

        var response = await teacher.PutJsonAsync("/api/app/school/profile", new
        {
            name = "Бұзылған", profile.Region, profile.District, profile.SettlementType, profile.LanguagesOfInstruction, profile
                .ConcurrencyStamp,
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Common:Forbidden");
        (await teacher.GetAsync<SchoolProfileDto>("/api/app/school/profile")).Name.ShouldBe("Kemel Demo School");
    }
}

public sealed class HostSchools_Sqlite_Tests(SqliteHostFixture host) : HostSchools_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class HostSchools_Postgres_Tests(PostgresHostFixture host) : HostSchools_Tests(host), IClassFixture<PostgresHostFixture>;
