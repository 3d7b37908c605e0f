using System.Net;
using System.Text.Json;
using KemelSchoolPD.HttpApi.Infrastructure;
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
        paths.ShouldContain("/api/app/staff/{id}");
        paths.ShouldContain("/api/host/schools");
        paths.ShouldContain("/api/app/configuration");
    }

    /// <summary>The web app's client is generated from the document as it is: each operation names itself (.WithName).</summary>
    [Fact]
    public async Task Should_Name_Every_Operation_Once_In_CamelCase()
    {
        var operations = Operations(await OpenApiAsync());

        var unnamed = operations.Where(o => !o.Operation.TryGetProperty("operationId", out _)).Select(o => o.Key).ToList();
        unnamed.ShouldBeEmpty(string.Join(Environment.NewLine, unnamed));
        var names = operations.Select(o => o.Operation.GetProperty("operationId").GetString()!).ToList();
        names.ShouldBeUnique();
        names.Where(n => !char.IsLower(n[0])).ShouldBeEmpty();
    }

    /// <summary>
    /// Every operation lists the ProblemDetails answers it can give: 401 and 403 when it needs a signed-in user (and names both
    /// ways to sign in), 404 when its path names a record, 400 when it reads a body or a query or changes something, 409 for a
    /// signed-in change.
    /// </summary>
    [Fact]
    public async Task Should_Declare_The_Problem_Answers_And_Security_Of_Every_Operation()
    {
        var document = await OpenApiAsync();
        var problems = new List<string>();
        foreach (var (key, method, path, operation) in Operations(document))
        {
            var responses = operation.GetProperty("responses");
            var secured = operation.TryGetProperty("security", out var security);
            var anonymous = EndpointCatalog_Anonymous.Contains(key);
            var expected = new List<string>();
            if (!anonymous) expected.AddRange(["401", "403"]);
            if (path.Contains('{')) expected.Add("404");
            if (operation.TryGetProperty("requestBody", out _) || method != "get"
                || (operation.TryGetProperty("parameters", out var parameters)
                    && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query")))
                expected.Add("400");
            if (!anonymous && method != "get") expected.Add("409");
            foreach (var status in expected)
            {
                if (!responses.TryGetProperty(status, out var response)) problems.Add($"{key}: no {status}");
                else if (!response.GetProperty("content").TryGetProperty("application/problem+json", out _)) problems.Add(
                    $"{key}: {status} is not a ProblemDetails");
            }
            if (secured == anonymous) problems.Add($"{key}: security {(secured ? "on an anonymous operation" : "missing")}");
            if (secured)
            {
                var schemes = security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ToList();
                string.Join(",", schemes).ShouldBe("cookie,bearer", key);
            }
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
        var schemesDeclared = document.GetProperty("components").GetProperty("securitySchemes");
        schemesDeclared.GetProperty("cookie").GetProperty("in").GetString().ShouldBe("cookie");
        schemesDeclared.GetProperty("bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        document.GetProperty("components").GetProperty("schemas").GetProperty("ProblemDetails").GetProperty("properties")
            .TryGetProperty("code", out _)
            .ShouldBeTrue();
    }

    /// <summary>An enum is a string component without null; a property that may be null says so itself (oneOf null and the enum).</summary>
    [Fact]
    public async Task Should_Describe_Enums_As_Strings_Nullable_Only_Where_The_Property_Is()
    {
        var schemas = (await OpenApiAsync()).GetProperty("components").GetProperty("schemas");

        var enums = schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)).ToList();
        enums.Count.ShouldBeGreaterThan(10);
        foreach (var schema in enums)
        {
            schema.Value.GetProperty("type").GetString().ShouldBe("string", schema.Name);
            schema.Value.GetProperty("enum").EnumerateArray().ShouldAllBe(v => v.ValueKind == JsonValueKind.String, schema.Name);
        }
        var weekly = schemas.GetProperty("WeeklySelfEvaluationDto").GetProperty("properties").GetProperty("mark");
        weekly.GetProperty("$ref").GetString().ShouldBe("#/components/schemas/RouteSheetMark"); // required: never null
        var assessment = schemas.GetProperty("RouteSheetAssessment").GetProperty("properties").GetProperty("selfMark");
        assessment.GetProperty("oneOf").EnumerateArray().Select(v => v.TryGetProperty("type", out var type) ? type.GetString() : null)
            .ShouldContain("null");
    }

    [Fact]
    public async Task Should_Name_Query_Parameters_In_CamelCase()
    {
        var parameters = Operations(await OpenApiAsync())
            .SelectMany(o => o.Operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => p.GetProperty("name").GetString()!)
            .ToList();

        parameters.ShouldContain("maxResultCount");
        parameters.Where(n => !char.IsLower(n[0])).ShouldBeEmpty();
    }

    /// <summary>
    /// An address or headers over the application's limits get a ProblemDetails in the caller's language, not Kestrel's empty
    /// answer (Kestrel's own limits are set above these; see RequestLimits).
    /// </summary>
    [Fact]
    public async Task Should_Answer_414_And_431_As_ProblemDetails_In_The_Callers_Language()
    {
        var anonymous = host.CreateAnonymousClient("ru");
        var longFilter = new string('x', RequestLimits.MaxUrlLength);

        var longUrl = await anonymous.GetAsync($"/api/account/schools?filter={longFilter}");
        var longPage = await anonymous.GetAsync($"/staff?filter={longFilter}");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/app/configuration");
        for (var i = 0; i < 5; i++) request.Headers.Add($"X-Large-{i}", new string('y', RequestLimits.MaxHeadersBytes / 4));
        var largeHeaders = await anonymous.SendAsync(request);

        var problem = await longUrl.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong, "Common:UriTooLong");
        problem.GetProperty("title").GetString().ShouldBe("Адрес слишком длинный. Сократите текст поиска или фильтра.");
        await longPage.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong, "Common:UriTooLong");
        await largeHeaders.ShouldBeProblemAsync(HttpStatusCode.RequestHeaderFieldsTooLarge, "Common:HeadersTooLarge");
        (await anonymous.GetAsync($"/api/account/schools?filter={new string('x', 200)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static readonly IReadOnlySet<string> EndpointCatalog_Anonymous = Security.EndpointCatalog_Tests.Anonymous;

    private async Task<JsonElement> OpenApiAsync() =>
        JsonDocument.Parse(await host.CreateAnonymousClient().GetStringAsync("/openapi/v1.json")).RootElement;

    private static List<(string Key, string Method, string Path, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(m => m.Name is "get" or "put" or "post" or "delete" or "patch")
                .Select(m => ($"{m.Name.ToUpperInvariant()} {path.Name}", m.Name, path.Name, m.Value)))
            .ToList();

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
