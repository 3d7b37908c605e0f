using System.Net;
using System.Text.Json;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Hosting;

/// <summary>The operational surface: health, the OpenAPI document, and the jobs dashboard for the platform operator only.</summary>
public sealed class Hosting_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Should_Report_Healthy_With_A_Database_Check()
    {
        var response = await host.CreateAnonymousClient().GetAsync("/health");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Should_Describe_Every_Api_Endpoint_In_The_OpenApi_Document()
    {
        var json = JsonDocument.Parse(await host.CreateAnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/staff/{id}");
        paths.ShouldContain("/api/host/schools");
        paths.ShouldContain("/api/app/configuration");
    }

    [Fact]
    public async Task Should_Open_The_Jobs_Dashboard_Only_For_The_Platform_Operator()
    {
        var anonymous = await host.CreateAnonymousClient().GetAsync("/hangfire");
        var director = await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director)).GetAsync("/hangfire");
        var admin = await (await host.SignInAsync(null, TestData.HostAdmin)).GetAsync("/hangfire");

        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        director.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        admin.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
