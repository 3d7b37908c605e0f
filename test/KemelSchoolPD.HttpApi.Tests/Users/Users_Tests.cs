using System.Net;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Users;

/// <summary>Giving accounts, the one-time links and passwords, deactivation and the rules that protect a school.</summary>
public abstract class Users_Tests(KemelWebApplicationFactory host)
{
    private const string NewPassword = "Zhana#Kupiya2026";

    private static string Tag() => Guid.NewGuid().ToString("N")[..6];

    private async Task<StaffMemberDto> NewStaffAsync(HttpClient director, string? email = null, string? fullName = null)
    {
        var body = ApiClients.NewStaffMember(fullName ?? $"Тестова Айгүл {Tag()}");
        body["email"] = email;
        return await (await director.PostJsonAsync("/api/app/staff", body)).ReadAsync<StaffMemberDto>(HttpStatusCode.Created);
    }

    private static Task<HttpResponseMessage> GiveAsync(
        HttpClient director,
        Guid staffId,
        string delivery,
        string? userName = null,
        string role = KemelRoles.Teacher) =>
        director.PostJsonAsync("/api/app/users", new { staffMemberId = staffId, userName, roles = new[] { role }, delivery });

    private async Task<(Guid SchoolId, string Link)> LastLinkAsync(string to)
    {
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        var email = await db.OutboxEmails.IgnoreQueryFilters().Where(e => e.To == to).OrderByDescending(e => e.CreationTime).FirstAsync();
        var model = JsonDocument.Parse(email.Model!).RootElement;
        return (email.TenantId!.Value, model.GetProperty("Link").GetString()!);
    }

    private static Dictionary<string, string> QueryOf(string link) =>
        new Uri(link).Query.TrimStart('?').Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));

    [Fact]
    public async Task Should_Invite_By_Email_And_Accept_The_Link_Once()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var email = $"invited.{Tag()}@test.kz";
        var staff = await NewStaffAsync(director, email, $"Әбілқасымова Гүлнар {Tag()}");

        var created = await (await GiveAsync(director, staff.Id, "Email")).ReadAsync<CreateUserResultDto>(HttpStatusCode.Created);

        created.OneTimePassword.ShouldBeNull();
        created.User.UserName.ShouldStartWith("abilkasymova.g");
        created.User.InvitationState.ShouldBe(InvitationState.Pending);
        (await director.GetAsync<StaffMemberDto>($"/api/app/staff/{staff.Id}")).HasAccount.ShouldBeTrue();
        var (schoolId, link) = await LastLinkAsync(email);
        link.ShouldContain("/account/accept-invitation?school=");
        var q = QueryOf(link);
        q["user"].ShouldBe(created.User.Id.ToString());
        var anonymous = host.CreateAnonymousClient();
        var body = new { school = schoolId.ToString(), userId = created.User.Id, token = q["token"], newPassword = NewPassword };

        (await anonymous.PostJsonAsync("/api/account/accept-invitation", body)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await anonymous.PostJsonAsync("/api/account/accept-invitation", body)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Account:InvitationInvalid");
        await host.SignInAsync(TestData.DemoSchoolBin, created.User.UserName, NewPassword);
        (await director.GetAsync<UserDto>($"/api/app/users/{created.User.Id}")).InvitationState.ShouldBe(InvitationState.Accepted);
    }

    [Fact]
    public async Task Should_Refuse_An_Expired_Invitation()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var email = $"expired.{Tag()}@test.kz";
        var created = await (await GiveAsync(director, (await NewStaffAsync(director, email)).Id, "Email")).ReadAsync<CreateUserResultDto>(
            HttpStatusCode.Created);
        var (schoolId, link) = await LastLinkAsync(email);
        using (var scope = host.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
            await db.Users.IgnoreQueryFilters().Where(u => u.Id == created.User.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.InvitationExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var response = await host.CreateAnonymousClient("ru").PostJsonAsync("/api/account/accept-invitation",
            new { school = schoolId.ToString(), userId = created.User.Id, token = QueryOf(link)["token"], newPassword = NewPassword });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvitationInvalid");
    }

    [Fact]
    public async Task Should_Require_A_New_Password_After_A_One_Time_Password()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var created = await (await GiveAsync(director, (await NewStaffAsync(director)).Id, "OneTimePassword"))
            .ReadAsync<CreateUserResultDto>(HttpStatusCode.Created);
        created.OneTimePassword.ShouldNotBeNull();

        var login = await host.CreateAnonymousClient().PostJsonAsync("/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = created.User.UserName, password = created.OneTimePassword });
        (await login.ReadJsonAsync()).GetProperty("mustChangePassword").GetBoolean().ShouldBeTrue();
        var person = await host.SignInAsync(TestData.DemoSchoolBin, created.User.UserName, created.OneTimePassword!);
        (await person.GetJsonAsync("/api/app/configuration")).GetProperty("currentUser").GetProperty("mustChangePassword").GetBoolean()
            .ShouldBeTrue();
        await (await person.GetAsync("/api/app/staff")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Account:PasswordChangeRequired");

        (await person.PostJsonAsync(
            "/api/account/change-password",
            new { currentPassword = created.OneTimePassword, newPassword = NewPassword }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await person.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await person.GetAsync<MyProfileDto>("/api/account/my-profile")).MustChangePassword.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Give_Accounts_In_Bulk_Once_With_A_Handout()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "kk");
        var withEmail = await NewStaffAsync(director, $"bulk.{Tag()}@test.kz");
        var withoutEmail = await NewStaffAsync(director, null, $"Шәріпов Ғалым {Tag()}");
        var body = new { staffMemberIds = new[] { withEmail.Id, withoutEmail.Id }, roles = new[] { KemelRoles.Teacher } };

        var first = await (await director.PostJsonAsync("/api/app/users/bulk", body)).ReadAsync<BulkCreateUsersResultDto>();
        var again = await (await director.PostJsonAsync("/api/app/users/bulk", body)).ReadAsync<BulkCreateUsersResultDto>();

        first.CreatedCount.ShouldBe(2);
        first.Items.Single(i => i.StaffMemberId == withEmail.Id).Outcome.ShouldBe(BulkAccountOutcome.Invited);
        var otp = first.Items.Single(i => i.StaffMemberId == withoutEmail.Id);
        otp.Outcome.ShouldBe(BulkAccountOutcome.OneTimePassword);
        var handout = Docx.Open(Convert.FromBase64String(first.Handout.ShouldNotBeNull().ContentBase64));
        handout.AllText.ShouldContain(withoutEmail.FullName);
        handout.AllText.ShouldContain(otp.UserName!);
        handout.AllText.ShouldContain("Бір реттік құпиясөз");
        handout.AllText.ShouldNotContain(withEmail.FullName);
        again.CreatedCount.ShouldBe(0);
        again.SkippedCount.ShouldBe(2);
        again.Handout.ShouldBeNull();
    }

    [Fact]
    public async Task Should_Answer_409_For_A_Taken_User_Name_Or_Email()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);

        await (await GiveAsync(director, (await NewStaffAsync(director)).Id, "OneTimePassword", TestData.Teacher))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Users:DuplicateUserName");
        // The staff record's e-mail changed after its account was made: the old address still belongs to that account.
        var email = $"taken.{Tag()}@test.kz";
        var first = await NewStaffAsync(director, email);
        (await GiveAsync(director, first.Id, "Email")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var update = new Dictionary<string, object?>(ApiClients.NewStaffMember(first.FullName))
        {
            ["email"] = $"moved.{Tag()}@test.kz",
            ["concurrencyStamp"] = (await director.GetAsync<StaffMemberDto>($"/api/app/staff/{first.Id}")).ConcurrencyStamp
        };
        (await director.PutJsonAsync($"/api/app/staff/{first.Id}", update)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await GiveAsync(director, (await NewStaffAsync(director, email)).Id, "OneTimePassword"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Users:DuplicateEmail");
    }

    [Fact]
    public async Task Should_End_Cookie_And_Bearer_Sessions_When_The_Staff_Member_Is_Archived()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var staff = await NewStaffAsync(director);
        var userName = $"leaver.{Tag()}";
        var created = await (await GiveAsync(director, staff.Id, "OneTimePassword", userName)).ReadAsync<CreateUserResultDto>(
            HttpStatusCode.Created);
        await host.SignInAsync(TestData.DemoSchoolBin, userName, created.OneTimePassword!)
            .ContinueWith(async t => await (await t).PostJsonAsync(
                "/api/account/change-password",
                new { currentPassword = created.OneTimePassword, newPassword = NewPassword }))
            .Unwrap();
        var cookie = host.CreateBareClient(await host.SignInForCookieAsync(TestData.DemoSchoolBin, userName, NewPassword));
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, userName, NewPassword);
        (await cookie.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await bearer.GetAsync("/api/app/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await director.PostAsync($"/api/app/staff/{staff.Id}/archive", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await (await cookie.GetAsync("/api/app/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
        await (await bearer.GetAsync("/api/app/staff")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
        (await director.GetAsync<UserDto>($"/api/app/users/{created.User.Id}")).IsActive.ShouldBeFalse();
        await (await host.CreateAnonymousClient()
            .PostJsonAsync("/api/account/login", new { school = TestData.DemoSchoolBin, userName, password = NewPassword }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidCredentials");
        (await director.PostAsync($"/api/app/staff/{staff.Id}/restore", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await director.GetAsync<UserDto>($"/api/app/users/{created.User.Id}")).IsActive.ShouldBeFalse(); // restoring does not reactivate
        (await director.PostAsync($"/api/app/users/{created.User.Id}/reactivate", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await host.SignInAsync(TestData.DemoSchoolBin, userName, NewPassword);
    }

    [Fact]
    public async Task Should_Keep_The_Last_Active_Director()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var director = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        var me = (await director.GetAsync<PagedResultDto<UserDto>>($"/api/app/users?filter={TestData.Director}")).Items.Single();

        await (await director.PostAsync($"/api/app/users/{me.Id}/deactivate", null)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Users:LastDirector");
        await (await director.PutJsonAsync($"/api/app/users/{me.Id}/roles", new { roles = new[] { KemelRoles.Teacher } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "Users:LastDirector");
        await (await director.PostAsync($"/api/app/staff/{me.StaffMemberId}/archive", null)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Users:LastDirector");
    }

    [Fact]
    public async Task Should_Not_Let_A_Deputy_Grant_What_She_Lacks()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var staff = await NewStaffAsync(deputy);

        await (await GiveAsync(deputy, staff.Id, "OneTimePassword", role: KemelRoles.Director))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Users:CannotGrantUnheldPermission");
        (await GiveAsync(deputy, staff.Id, "OneTimePassword")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var user = (await deputy.GetAsync<PagedResultDto<UserDto>>($"/api/app/users?staffMemberId={staff.Id}")).Items.Single();
        await (await deputy.PutJsonAsync(
            $"/api/app/users/{user.Id}/roles",
            new { roles = new[] { KemelRoles.Teacher, KemelRoles.Director } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "Users:CannotGrantUnheldPermission");
    }

    [Fact]
    public async Task Should_Manage_Custom_Roles()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var name = $"Кітапханашы {Tag()}";

        var role = await (await director.PostJsonAsync("/api/identity/roles", new { name })).ReadAsync<RoleDto>(HttpStatusCode.Created);
        await (await director.PostJsonAsync("/api/identity/roles", new { name = name.ToUpperInvariant() })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Roles:DuplicateName");
        var teacherRole = (await director.GetAsync<List<RoleDto>>("/api/identity/roles")).Single(r => r.Name == KemelRoles.Teacher);
        await (await director.DeleteAsync($"/api/identity/roles/{teacherRole.Id}")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Roles:StaticRole");
        var holder = await (await GiveAsync(director, (await NewStaffAsync(director)).Id, "OneTimePassword", role: name))
            .ReadAsync<CreateUserResultDto>(HttpStatusCode.Created);
        await (await director.DeleteAsync($"/api/identity/roles/{role.Id}")).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            "Roles:RoleInUse");

        // Another school knows no role of that name.
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var other = await host.SignInAsync((await admin.CreateSchoolAsync()).Bin, TestData.Director, TestData.NewPassword);
        await (await GiveAsync(other, (await NewStaffAsync(other)).Id, "OneTimePassword", role: name)).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
        await (await other.GetAsync($"/api/app/users/{holder.User.Id}")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
    }

    [Fact]
    public async Task Should_Answer_Forgot_Password_The_Same_For_Unknown_Users()
    {
        var anonymous = host.CreateAnonymousClient();

        (await anonymous.PostJsonAsync(
            "/api/account/forgot-password",
            new { school = TestData.DemoSchoolBin, userNameOrEmail = "nobody-" + Tag() }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostJsonAsync("/api/account/forgot-password", new { school = "000000000000", userNameOrEmail = TestData.Teacher }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await anonymous.PostJsonAsync(
            "/api/account/forgot-password",
            new { school = TestData.DemoSchoolBin, userNameOrEmail = "teacher03" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var (schoolId, link) = await LastLinkAsync($"teacher03@{TestData.DemoSchoolBin}.kemel.kz");
        link.ShouldContain("/account/reset-password?");
        (await anonymous.PostJsonAsync("/api/account/reset-password",
            new
            {
                school = schoolId.ToString(), userId = Guid
                .Parse(QueryOf(link)["user"]), token = QueryOf(link)["token"], newPassword = NewPassword
            }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await host.SignInAsync(TestData.DemoSchoolBin, "teacher03", NewPassword);
    }

    [Fact]
    public async Task Should_End_Other_Sessions_When_The_Password_Changes()
    {
        var other = host.CreateBareClient(await host.SignInForCookieAsync(TestData.DemoSchoolBin, "teacher04"));
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, "teacher04");
        var current = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04");

        var changed = await current.PostJsonAsync(
            "/api/account/change-password",
            new { currentPassword = TestData.Password, newPassword = NewPassword });
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        changed.Headers.Contains("Set-Cookie")
            .ShouldBeTrue(string.Join(" | ", changed.Headers.Select(h => h.Key + ": " + string.Join(",", h.Value))));

        var mine = await current.GetAsync("/api/account/my-profile");
        mine.StatusCode.ShouldBe(HttpStatusCode.OK, await mine.Content.ReadAsStringAsync());
        await (await other.GetAsync("/api/account/my-profile")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
        await (await bearer.GetAsync("/api/account/my-profile")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Common:Unauthorized");
    }
}

public sealed class Users_Sqlite_Tests(SqliteHostFixture host) : Users_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class Users_Postgres_Tests(PostgresHostFixture host) : Users_Tests(host), IClassFixture<PostgresHostFixture>;
