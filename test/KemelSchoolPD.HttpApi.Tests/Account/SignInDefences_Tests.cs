using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Account;

/// <summary>A host behind a "reverse proxy", so each test chooses its client address with X-Forwarded-For.</summary>
public sealed class ProxiedHostFixture() : KemelWebApplicationFactory(
    settings: new Dictionary<string, string?> { ["ReverseProxy:Enabled"] = "true" });

/// <summary>Lockout that cannot be turned against the real user, no user enumeration, antiforgery, security headers (ADR-007).</summary>
public sealed class SignInDefences_Tests(ProxiedHostFixture host) : IClassFixture<ProxiedHostFixture>
{
    private static int _address = 10;

    /// <summary>A client that comes from an address of its own.</summary>
    internal static HttpClient From(KemelWebApplicationFactory host, string? address = null, string culture = "en")
    {
        var client = host.CreateAnonymousClient(culture);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? $"203.0.113.{Interlocked.Increment(ref _address)}");
        return client;
    }

    private static object Login(string? school, string userName, string password) => new { school, userName, password };

    [Fact]
    public async Task Should_Not_Lock_The_Director_Out_When_Someone_Else_Guesses_The_Password()
    {
        var attacker = From(host);
        for (var attempt = 1; attempt < 5; attempt++)
            await (await attacker.PostJsonAsync(
                "/api/account/login",
                Login(TestData.SecondSchoolBin, TestData.Director, "Wrong#Guess-" + attempt)))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidCredentials");
        await (await attacker.PostJsonAsync("/api/account/login", Login(TestData.SecondSchoolBin, TestData.Director, "Wrong#Guess-5")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:LockedOut");

        // The attacker is refused even with the right password; the director, from their own computer, is not.
        await (await attacker.PostJsonAsync("/api/account/login", Login(TestData.SecondSchoolBin, TestData.Director, TestData.Password)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:LockedOut");
        var director = From(host);
        (await director.PostJsonAsync("/api/account/login", Login(TestData.SecondSchoolBin, TestData.Director, TestData.Password)))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await director.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.UserName.ShouldBe(TestData.Director);
    }

    [Fact]
    public async Task Should_Answer_Unknown_Users_Exactly_Like_Wrong_Passwords_Also_When_Locked()
    {
        var client = From(host);
        async Task<string> AnswerAsync(string userName)
        {
            var response = await client.PostJsonAsync("/api/account/login", Login(TestData.DemoSchoolBin, userName, "Wrong#Password-1"));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return $"{(int)response.StatusCode} {body.GetProperty("code")} {body.GetProperty("title")} {response.Headers.Contains("Set-Cookie")}";
        }

        var known = new List<string>();
        var unknown = new List<string>();
        for (var attempt = 0; attempt < 6; attempt++)
        {
            known.Add(await AnswerAsync("teacher12"));
            unknown.Add(await AnswerAsync("no-such-teacher"));
        }

        unknown.ShouldBe(known);
        known[0].ShouldStartWith("400 Account:InvalidCredentials");
        known[^1].ShouldStartWith("400 Account:LockedOut");
    }

    [Fact]
    public async Task Should_Refuse_A_Cookie_Authenticated_Write_Without_The_Antiforgery_Token()
    {
        var login = await host.CreateBareClient()
            .PostJsonAsync("/api/account/login", Login(TestData.DemoSchoolBin, "teacher03", TestData.Password));
        var cookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        cookies.ShouldContain(c => c.StartsWith("XSRF-TOKEN="));
        var session = cookies.Single(c => c.StartsWith(ApiClients.AuthCookie + "="));

        // A cross-site form or script sends the session cookie but cannot read the XSRF-TOKEN cookie to echo it.
        var crossSite = host.CreateBareClient(session);
        (await crossSite.GetAsync("/api/app/staff?maxResultCount=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await crossSite.PutJsonAsync("/api/account/culture", new { culture = "ru" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:AntiforgeryFailed");
        var forged = host.CreateBareClient(session);
        forged.DefaultRequestHeaders.Add("X-XSRF-TOKEN", "forged");
        await (await forged.PostAsync("/api/account/logout", null)).ShouldBeProblemAsync(
            HttpStatusCode.BadRequest,
            "Account:AntiforgeryFailed");

        // The web app echoes the cookie; bearer clients need no token at all.
        (await host.CreateBareClient(string.Join("; ", cookies)).PutJsonAsync("/api/account/culture", new { culture = "en" }))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var bearer = await host.SignInWithTokenAsync(TestData.DemoSchoolBin, "teacher03");
        (await bearer.PutJsonAsync("/api/account/culture", new { culture = "en" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Should_Send_The_Security_Headers_On_Every_Answer()
    {
        var client = host.CreateBareClient();
        foreach (var response in new[] {
            await client.GetAsync("/api/app/configuration"),
            await client.GetAsync("/api/app/staff"),
            await client.GetAsync("/health") })
        {
            response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
            response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
            response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
            var csp = response.Headers.GetValues("Content-Security-Policy").Single();
            csp.ShouldContain("frame-ancestors 'none'");
            csp.ShouldContain("script-src 'self'");
            csp.ShouldContain("style-src 'self' 'unsafe-inline'");
        }
        var login = await client.PostJsonAsync("/api/account/login", Login(TestData.DemoSchoolBin, "teacher04", TestData.Password));
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(ApiClients.AuthCookie)).ToLowerInvariant().ShouldContain("httponly");
        login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("XSRF-TOKEN")).ToLowerInvariant().ShouldNotContain("httponly");
    }

    [Theory]
    [InlineData("Qwerty123456", "Identity:PasswordTooCommon")] // on the shipped list, whatever the case
    [InlineData("kazakhstan2026", "Identity:PasswordTooCommon")]
    [InlineData("my-Director-77x", "Identity:PasswordContainsUserName")]
    public async Task Should_Refuse_Common_Passwords_And_Those_Containing_The_User_Name(string password, string code)
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);

        var response = await admin.PostJsonAsync("/api/host/schools", ApiClients.NewSchool(ApiClients.NewBin(), password));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Common:ValidationFailed");
        problem.GetProperty("fieldCodes").GetProperty("directorPassword").EnumerateArray().Select(c => c.GetString()).ShouldContain(code);
        problem.GetProperty("errors").GetProperty("directorPassword")[0].GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Should_Renew_A_Bearer_Token_With_The_Refresh_Token()
    {
        var token = await (await host.CreateBareClient()
            .PostJsonAsync("/api/account/token", Login(TestData.DemoSchoolBin, "teacher06", TestData.Password)))
            .ReadJsonAsync();

        var refreshed = await (await host.CreateBareClient().PostJsonAsync("/api/account/refresh",
            new { refreshToken = token.GetProperty("refreshToken").GetString() })).ReadJsonAsync();

        refreshed.GetProperty("refreshToken").GetString().ShouldNotBe(token.GetProperty("refreshToken").GetString());
        var client = host.CreateBareClient();
        client.DefaultRequestHeaders.Authorization
            = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());
        (await client.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.UserName.ShouldBe("teacher06");
        await (await host.CreateBareClient().PostJsonAsync("/api/account/refresh", new { refreshToken = "not-a-token" }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account:InvalidRefreshToken");
        await (await host.CreateBareClient()
            .PostJsonAsync("/api/account/refresh", new { refreshToken = token.GetProperty("accessToken").GetString() }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "Account:InvalidRefreshToken");
    }
}

/// <summary>A host with low sign-in rate limits of its own.</summary>
public sealed class RateLimitedHostFixture() : KemelWebApplicationFactory(settings: new Dictionary<string, string?>
{
    ["ReverseProxy:Enabled"] = "true",
    ["RateLimiting:Account:PermitLimitPerIp"] = "5",
    ["RateLimiting:Account:PermitLimitPerAccount"] = "3",
    ["RateLimiting:Account:WindowSeconds"] = "600",
});

public sealed class SignInRateLimit_Tests(RateLimitedHostFixture host) : IClassFixture<RateLimitedHostFixture>
{
    [Fact]
    public async Task Should_Answer_429_With_Retry_After_When_One_Account_Is_Tried_Too_Often()
    {
        for (var attempt = 0; attempt < 3; attempt++)
            (await SignInDefences_Tests.From(host)
                .PostJsonAsync("/api/account/login", new { school = TestData.DemoSchoolBin, userName = "mentor2", password = "x" }))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var limited = await SignInDefences_Tests.From(host, culture: "kk")
            .PostJsonAsync(
                "/api/account/token",
                new { school = TestData.DemoSchoolBin, userName = "MENTOR2", password = TestData.Password });

        var problem = await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Account:TooManyRequests");
        problem.GetProperty("title").GetString().ShouldBe("Әрекет саны тым көп. Біраз күтіп, қайталап көріңіз.");
        int.Parse(limited.Headers.GetValues("Retry-After").Single()).ShouldBeGreaterThan(0);
        (await SignInDefences_Tests.From(host).PostJsonAsync(
            "/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = "young1", password = TestData.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.OK); // another account is not affected
    }

    [Fact]
    public async Task Should_Answer_429_When_One_Address_Tries_Too_Many_Accounts()
    {
        var client = SignInDefences_Tests.From(host, "198.51.100.99");
        for (var attempt = 0; attempt < 5; attempt++)
            (await client.PostJsonAsync(
                "/api/account/login",
                new { school = TestData.DemoSchoolBin, userName = $"guess{attempt}", password = "x" }))
                .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await (await client.PostJsonAsync(
            "/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = "guess9", password = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "Account:TooManyRequests");
    }
}

/// <summary>Two-factor sign-in with an authenticator app (codes computed here by RFC 6238) and recovery codes.</summary>
public sealed class TwoFactor_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Should_Require_The_Authenticator_Code_After_The_Director_Enabled_Two_Factor()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var school = await admin.CreateSchoolAsync();
        var director = await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
        (await director.GetJsonAsync("/api/account/two-factor")).GetProperty("allowed").GetBoolean().ShouldBeTrue();

        var setup = await (await director.PostAsync("/api/account/two-factor/setup", null)).ReadJsonAsync();
        var key = setup.GetProperty("sharedKey").GetString()!;
        setup.GetProperty("authenticatorUri").GetString()!.ShouldStartWith("otpauth://totp/");
        await (await director.PostJsonAsync("/api/account/two-factor/enable", new { code = "000000" == Totp(key) ? "111111" : "000000" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidTwoFactorCode");
        var enabled = await (await director.PostJsonAsync("/api/account/two-factor/enable", new { code = Totp(key) })).ReadJsonAsync();
        var recoveryCodes = enabled.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        recoveryCodes.Count.ShouldBe(10);

        // Password alone no longer signs in: the answer asks for the second factor and sets no session.
        var browser = host.CreateAnonymousClient();
        var first = await browser.PostJsonAsync(
            "/api/account/login",
            new { school = school.Bin, userName = TestData.Director, password = TestData.NewPassword });
        var pending = await first.ReadJsonAsync();
        pending.GetProperty("requiresTwoFactor").GetBoolean().ShouldBeTrue();
        first.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await browser.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.IsAuthenticated.ShouldBeFalse();
        var twoFactorToken = pending.GetProperty("twoFactorToken").GetString();
        await (await browser.PostJsonAsync("/api/account/login/two-factor", new { twoFactorToken, code = "12345" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidTwoFactorCode");

        (await browser.PostJsonAsync("/api/account/login/two-factor", new { twoFactorToken, code = Totp(key, 1) })).StatusCode
            .ShouldBe(HttpStatusCode.OK);
        (await browser.GetAsync<ApplicationConfigurationDto>("/api/app/configuration")).CurrentUser.UserName.ShouldBe(TestData.Director);
        (await browser.PutJsonAsync("/api/account/culture", new { culture = "kk" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // An API client completes it with a recovery code, which works once.
        var token = await (await host.CreateBareClient().PostJsonAsync("/api/account/token",
            new { school = school.Bin, userName = TestData.Director, password = TestData.NewPassword })).ReadJsonAsync();
        var bearer = await (await host.CreateBareClient().PostJsonAsync("/api/account/login/two-factor",
            new { twoFactorToken = token.GetProperty("twoFactorToken").GetString(), recoveryCode = recoveryCodes[0] })).ReadJsonAsync();
        bearer.GetProperty("tokenType").GetString().ShouldBe("Bearer");
        var again = await (await host.CreateBareClient().PostJsonAsync("/api/account/token",
            new { school = school.Bin, userName = TestData.Director, password = TestData.NewPassword })).ReadJsonAsync();
        await (await host.CreateBareClient().PostJsonAsync("/api/account/login/two-factor",
                new { twoFactorToken = again.GetProperty("twoFactorToken").GetString(), recoveryCode = recoveryCodes[0] }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "Account:InvalidTwoFactorCode");

        // Turned off with the password, the password alone signs in again.
        (await browser.PostJsonAsync("/api/account/two-factor/disable", new { password = TestData.NewPassword })).StatusCode
            .ShouldBe(HttpStatusCode.NoContent);
        await host.SignInAsync(school.Bin, TestData.Director, TestData.NewPassword);
    }

    [Fact]
    public async Task Should_Let_Only_Directors_And_The_Operator_Enable_Two_Factor()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher);
        var admin = await host.SignInAsync(null, TestData.HostAdmin);

        (await teacher.GetJsonAsync("/api/account/two-factor")).GetProperty("allowed").GetBoolean().ShouldBeFalse();
        await (await teacher.PostAsync("/api/account/two-factor/setup", null)).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            "Account:TwoFactorNotAllowed");
        (await admin.GetJsonAsync("/api/account/two-factor")).GetProperty("allowed").GetBoolean().ShouldBeTrue();
        await (await host.CreateAnonymousClient().GetAsync("/api/account/two-factor")).ShouldBeProblemAsync(
            HttpStatusCode.Unauthorized,
            "Common:Unauthorized");
    }

    /// <summary>RFC 6238 (HMAC-SHA1, 30-second steps, 6 digits), as authenticator apps compute it.</summary>
    private static string Totp(string base32Key, int stepOffset = 0)
    {
        var key = Base32(base32Key);
        var counter = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepOffset;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian) Array.Reverse(message);
        var hash = HMACSHA1.HashData(key, message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = string.Concat(
            text.TrimEnd('=').ToUpperInvariant().Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        return Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
    }
}
