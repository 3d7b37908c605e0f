using System.Net;
using System.Net.Http.Headers;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Account;

/// <summary>Sign-in by school and user name, lockout, deactivated schools, bearer tokens, sign-out, language and start-up
/// configuration.</summary>
public abstract class Account_Tests(KemelWebApplicationFactory host)
{
    [Fact]
    public async Task Should_Answer_InvalidCredentials_When_The_Password_Or_User_Is_Wrong()
    {
        var client = host.CreateAnonymousClient();

        var wrongPassword = await client.PostJsonAsync(
            "/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = "teacher12", password = "Wrong#2026" });
        var unknownUser = await client.PostJsonAsync(
            "/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = "nobody", password = TestData.Password });
        var wrongSchool = await client.PostJsonAsync(
            "/api/account/login",
            new { school = TestData.SecondSchoolBin, userName = "teacher12", password = TestData.Password });
        var unknownSchool = await client.PostJsonAsync(
            "/api/account/login",
            new { school = "999999999999", userName = TestData.Director, password = TestData.Password });

        await wrongPassword.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidCredentials");
        await unknownUser.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidCredentials");
        await wrongSchool.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidCredentials");
        await unknownSchool.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:SchoolNotFound");
        wrongPassword.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await client.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.IsAuthenticated.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Lock_The_Account_For_The_Failing_Source_After_Five_Failed_Attempts()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var client = host.CreateAnonymousClient();
        object Login(string password) => new { school = school.Bin, userName = TestData.Director, password };

        for (var attempt = 1; attempt < IdentityConsts.MaxFailedAccessAttempts; attempt++)
            await (await client.PostJsonAsync("/api/account/login", Login("Wrong#2026"))).ShouldBeProblemAsync(
                HttpStatusCode.BadRequest,
                "Account:InvalidCredentials");
        await (await client.PostJsonAsync("/api/account/login", Login("Wrong#2026"))).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Account:LockedOut");

        var rightPassword = await client.PostJsonAsync("/api/account/login", Login(TestData.NewPassword));
        var token = await client.PostJsonAsync("/api/account/token", Login(TestData.NewPassword));

        var problem = await rightPassword.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:LockedOut");
        problem.GetProperty("title").GetString()!.ShouldContain("1 minutes"); // the first lock is brief (ADR-007)
        await token.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:LockedOut");
        await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director); // a user of the same name elsewhere is not affected
    }

    [Fact]
    public async Task Should_Shut_Out_The_Users_Of_A_Deactivated_School_Until_It_Is_Reactivated()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var session = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        var bearer = await host.SignInWithTokenAsync(school.Bin, TestData.Director, TestData.NewPassword);
        (await session.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await admin.PostAsync($"/api/host/schools/{school.Id}/deactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var login = await host.CreateAnonymousClient().PostJsonAsync(
            "/api/account/login",
            new { school = school.Bin, userName = TestData.Director, password = TestData.NewPassword });
        await login.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:SchoolInactive");
        var byId = await host.CreateAnonymousClient().PostJsonAsync(
            "/api/account/token",
            new { school = school.Id.ToString(), userName = TestData.Director, password = TestData.NewPassword });
        await byId.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:SchoolInactive");
        (await session.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.GetAsync("/api/app/configuration")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await bearer.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await host.CreateAnonymousClient().GetAsync<List<SchoolLookupDto>>($"/api/account/schools?filter={school.Bin}")).ShouldBeEmpty();

        (await admin.PostAsync($"/api/host/schools/{school.Id}/activate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var again = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        (await again.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentTenant.Id.ShouldBe(school.Id);
        (await again.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await host.CreateAnonymousClient()
            .GetAsync<List<SchoolLookupDto>>($"/api/account/schools?filter={Uri.EscapeDataString(school.Name)}"))
            .ShouldContain(s => s.Id == school.Id);
    }

    [Fact]
    public async Task Should_Sign_Each_Director_Into_Their_Own_School()
    {
        var demo = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var second = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);

        var demoConfig = await demo.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");
        var secondConfig = await second.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");

        demoConfig.CurrentUser.UserName.ShouldBe(TestData.Director);
        secondConfig.CurrentUser.UserName.ShouldBe(TestData.Director);
        demoConfig.CurrentUser.Id.ShouldNotBe(secondConfig.CurrentUser.Id);
        demoConfig.CurrentTenant.Name.ShouldBe("Kemel Demo School");
        secondConfig.CurrentTenant.Name.ShouldBe("Kemel Second School");
        (await demo.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff")).TotalCount
            .ShouldBeGreaterThanOrEqualTo(TestData.DemoSchoolStaffCount);
        (await second.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff")).TotalCount
            .ShouldBeLessThan(TestData.DemoSchoolStaffCount);
    }

    [Fact]
    public async Task Configuration_Names_The_Callers_Staff_Record_In_The_School_And_None_For_The_Host()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var config = await teacher.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var staff = await director.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff?maxResultCount=100");

        config.CurrentUser.StaffMemberId.ShouldNotBeNull();
        staff.Items.Single(s => s.Id == config.CurrentUser.StaffMemberId).UserId.ShouldBe(config.CurrentUser.Id);
        (await (await host.SignInAsync(null, TestData.HostAdmin)).GetAsync<ApplicationConfigurationDto>("/api/app/configuration"))
            .CurrentUser.StaffMemberId.ShouldBeNull();
        (await host.CreateBareClient().GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.StaffMemberId
            .ShouldBeNull();
    }

    [Fact]
    public async Task Should_Accept_A_Bearer_Token_From_The_Token_Endpoint()
    {
        var response = await host.CreateBareClient().PostJsonAsync("/api/account/token",
            new { school = TestData.DemoSchoolBin, userName = TestData.Deputy, password = TestData.Password });
        var token = await response.ReadJsonAsync();
        token.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        token.GetProperty("expiresIn").GetInt64().ShouldBeGreaterThan(0);
        token.GetProperty("refreshToken").GetString().ShouldNotBeNullOrWhiteSpace();
        var client = host.CreateBareClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var config = await client.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");

        config.CurrentUser.IsAuthenticated.ShouldBeTrue();
        config.CurrentUser.UserName.ShouldBe(TestData.Deputy);
        config.CurrentTenant.Name.ShouldBe("Kemel Demo School");
        (await client.GetAsync("/api/app/staff?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var forged = host.CreateBareClient();
        forged.DefaultRequestHeaders.Authorization
            = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString()![..^4] + "AAAA");
        await (await forged.GetAsync("/api/app/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
    }

    [Fact]
    public async Task Should_End_The_Session_On_Logout()
    {
        var cookie = await host.SignInForCookieAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var client = host.CreateBareClient(cookie);
        (await client.GetAsync("/api/app/staff?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await client.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var replayed = host.CreateBareClient(cookie);
        await (await replayed.GetAsync("/api/app/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
        (await replayed.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.IsAuthenticated.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Speak_The_Users_Chosen_Language()
    {
        var client = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "en");
        var russian = KemelSchoolPDLocalization.Store.Texts("ru");
        (await client.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).Localization.CurrentCulture.ShouldBe("en");

        (await client.PutJsonAsync("/api/account/culture", new { culture = "ru" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var config = await client.GetAsync<ApplicationConfigurationDto>("/api/app/configuration"); // the client still sends Accept-Language: en
        config.Localization.CurrentCulture.ShouldBe("ru");
        var texts = await client.GetAsync<LocalizedTextsDto>(
            $"/api/app/texts/{config.Localization.CurrentCulture}?version={config.Localization.TextsVersion}");
        texts.Texts["Common:EntityNotFound"].ShouldBe(russian["Common:EntityNotFound"]);
        var problem = await (await client.GetAsync($"/api/app/staff/{Guid.NewGuid()}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        problem.GetProperty("title").GetString().ShouldBe(russian["Common:EntityNotFound"]);

        // The preference is the user's: a new sign-in from an English browser still gets Russian.
        var again = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "en");
        (await again.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).Localization.CurrentCulture.ShouldBe("ru");
        (await again.PutJsonAsync("/api/account/culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await again.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).Localization.CurrentCulture.ShouldBe("en");
    }

    [Fact]
    public async Task Should_Describe_The_Director_In_The_Configuration()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        var config = await director.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");

        config.CurrentUser.IsAuthenticated.ShouldBeTrue();
        config.CurrentUser.UserName.ShouldBe(TestData.Director);
        config.CurrentUser.Roles.ShouldContain(KemelRoles.Director);
        config.CurrentTenant.IsAvailable.ShouldBeTrue();
        config.CurrentTenant.Name.ShouldBe("Kemel Demo School");
        config.GrantedPolicies.Keys.ShouldBe(PermissionDefinitions.All.Select(d => d.Name), ignoreOrder: true);
        foreach (var definition in PermissionDefinitions.All)
            config.GrantedPolicies[definition.Name].ShouldBe(definition.Side == MultiTenancySide.Tenant, definition.Name);
        config.Localization.Languages.Select(l => l.CultureName).ShouldBe(["kk", "ru", "en"], ignoreOrder: true);
    }

    [Fact]
    public async Task Should_Grant_A_Teacher_Only_Reading_And_The_Host_Only_Host_Permissions()
    {
        var teacher = await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher)).GetAsync<ApplicationConfigurationDto>(
            "/api/app/configuration");
        var admin = await (await host.SignInAsync(null, TestData.HostAdmin)).GetAsync<ApplicationConfigurationDto>(
            "/api/app/configuration");

        teacher.GrantedPolicies[KemelSchoolPDPermissions.Staff.Default].ShouldBeTrue();
        teacher.GrantedPolicies[KemelSchoolPDPermissions.Staff.Create].ShouldBeFalse();
        teacher.GrantedPolicies[KemelSchoolPDPermissions.AuditLogs.Default].ShouldBeFalse();
        teacher.GrantedPolicies[KemelSchoolPDPermissions.Schools.Default].ShouldBeFalse();
        admin.CurrentTenant.IsAvailable.ShouldBeFalse();
        foreach (var definition in PermissionDefinitions.All)
            admin.GrantedPolicies[definition.Name].ShouldBe(definition.Side == MultiTenancySide.Host, definition.Name);
    }

    [Fact]
    public async Task Should_Grant_Nothing_To_Anonymous_Callers()
    {
        var anonymous = host.CreateAnonymousClient();
        var ids = await DemoIds.OfAsync(host);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/configuration");
        request.Headers.Add("__tenant", ids.DemoSchoolId.ToString());

        var config = await anonymous.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");
        var withSchool = await (await anonymous.SendAsync(request)).ReadAsync<ApplicationConfigurationDto>();

        config.CurrentUser.IsAuthenticated.ShouldBeFalse();
        config.CurrentUser.UserName.ShouldBeNull();
        config.CurrentTenant.IsAvailable.ShouldBeFalse();
        config.GrantedPolicies.Values.ShouldAllBe(granted => !granted);
        config.GrantedPolicies.Count.ShouldBe(PermissionDefinitions.All.Count);
        config.Localization.TextsVersion.ShouldNotBeNullOrEmpty();
        withSchool.CurrentTenant.Name.ShouldBe("Kemel Demo School");
        withSchool.GrantedPolicies.Values.ShouldAllBe(granted => !granted);
    }

    [Fact]
    public async Task Should_List_Active_Schools_For_The_Sign_In_Picker()
    {
        var schools = await host.CreateAnonymousClient().GetAsync<List<SchoolLookupDto>>("/api/account/schools?filter=Kemel");

        schools.Select(s => s.Name).ShouldContain("Kemel Demo School");
        schools.Select(s => s.Name).ShouldContain("Kemel Second School");
    }
}

public sealed class Account_Sqlite_Tests(SqliteHostFixture host) : Account_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Account_Postgres_Tests(PostgresHostFixture host) : Account_Tests(host), IClassFixture<PostgresHostFixture>;
