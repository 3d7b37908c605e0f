using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Security;

/// <summary>
/// Every /api endpoint the host maps says who may call it: anonymous on purpose (a short, explicit list), signed-in only on
/// purpose (shorter still), or a known permission. A new endpoint that forgets its RequirePermission fails here.
/// </summary>
public sealed class EndpointCatalog_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    /// <summary>Endpoints anyone may call: the sign-in flow and the web app's start-up configuration and texts.</summary>
    public static readonly IReadOnlySet<string> Anonymous = new HashSet<string>
    {
        "GET /api/account/schools",
        "POST /api/account/login",
        "POST /api/account/token",
        "POST /api/account/refresh",
        "POST /api/account/login/two-factor",
        "POST /api/account/logout",
        "GET /api/app/configuration",
        "GET /api/app/texts/{culture}",
        "POST /api/account/forgot-password",
        "POST /api/account/reset-password",
        "POST /api/account/accept-invitation",
        // The public check of a certificate the platform issued, by its random token (issue 17).
        "GET /api/public/certificates/{token}",
        "GET /api/public/certificates/{token}/qr",
    };

    /// <summary>Endpoints every signed-in user may call, whatever their permissions.</summary>
    public static readonly IReadOnlySet<string> SignedInOnly = new HashSet<string>
    {
        "PUT /api/account/culture",
        "GET /api/account/my-profile",
        "PUT /api/account/my-profile",
        "POST /api/account/change-password",
        // Two-factor sign-in: the endpoints themselves admit only directors and the platform operator (ADR-007).
        "GET /api/account/two-factor",
        "POST /api/account/two-factor/setup",
        "POST /api/account/two-factor/enable",
        "POST /api/account/two-factor/disable",
        "POST /api/account/two-factor/recovery-codes",
        // Files: the owner record's module decides who may read or change them (IAttachmentOwnerRule); the host owns no records.
        "POST /api/app/attachments",
        "GET /api/app/attachments",
        "GET /api/app/attachments/{id}/content",
        "DELETE /api/app/attachments/{id}",
    };

    [Fact]
    public void Should_Rate_Limit_Every_Anonymous_Account_Write_But_Logout()
    {
        var unlimited = host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/account", StringComparison.Ordinal) == true
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Authorization.IAllowAnonymous>() is not null
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true
                        && !e.RoutePattern.RawText.EndsWith("/logout", StringComparison.Ordinal)
                        && e.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName != "account")
            .Select(e => e.RoutePattern.RawText);

        unlimited.ShouldBeEmpty();
    }

    [Fact]
    public void Should_Find_The_Api_Endpoints_In_The_Host()
    {
        var catalog = ApiCatalog.Of(host.Services);

        catalog.Count.ShouldBeGreaterThan(20);
        catalog.Select(e => e.Key).ShouldContain("GET /api/app/staff/{id}");
        catalog.Select(e => e.Key).ShouldContain("POST /api/host/schools");
        catalog.Select(e => e.Key).ShouldBeUnique();
    }

    [Fact]
    public void Should_Require_A_Known_Permission_Unless_Explicitly_Anonymous_Or_Signed_In_Only()
    {
        var problems = new List<string>();
        foreach (var endpoint in ApiCatalog.Of(host.Services))
        {
            if (Anonymous.Contains(endpoint.Key))
            {
                if (!endpoint.AllowsAnonymous) problems.Add($"{endpoint}: listed as anonymous but has no AllowAnonymous");
                continue;
            }
            if (endpoint.AllowsAnonymous)
            {
                problems.Add($"{endpoint}: AllowAnonymous but not in the anonymous allow-list");
                continue;
            }
            if (SignedInOnly.Contains(endpoint.Key))
            {
                if (!endpoint.RequiresAuthorization || endpoint.Policies.Count > 0)
                    problems.Add($"{endpoint}: listed as signed-in only but requires [{string.Join(", ", endpoint.Policies)}]");
                continue;
            }
            if (endpoint.Policies.Count == 0)
                problems.Add(endpoint.RequiresAuthorization
                    ? $"{endpoint}: RequireAuthorization without a permission"
                    : $"{endpoint}: no authorization at all");
            foreach (var policy in endpoint.Policies.Where(p => PermissionDefinitions.Find(p) is null))
                problems.Add($"{endpoint}: policy '{policy}' is not a known permission");
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Should_Map_Every_Allow_Listed_Endpoint()
    {
        var keys = ApiCatalog.Of(host.Services).Select(e => e.Key).ToHashSet();

        Anonymous.Concat(SignedInOnly).Where(k => !keys.Contains(k)).ShouldBeEmpty();
    }

    /// <summary>Route prefixes: school endpoints under /api/app, the platform operator's under /api/host, sign-in and one's own account
    /// under /api/account, roles under /api/identity (as ABP names them), the public certificate check under /api/public.</summary>
    private static readonly string[] Prefixes = ["/api/app/", "/api/host/", "/api/account/", "/api/identity/", "/api/public/"];

    [Fact]
    public void Should_Map_Every_Endpoint_Under_One_Of_The_Prefixes()
    {
        var elsewhere = ApiCatalog.Of(host.Services)
            .Where(e => !Prefixes.Any(p => (e.Route + "/").StartsWith(p, StringComparison.Ordinal)))
            .Select(e => e.Key).ToList();

        elsewhere.ShouldBeEmpty(string.Join(Environment.NewLine, elsewhere));
    }

    /// <summary>Every route value that is an id ("id", "staffMemberId") has a type constraint: "abc" matches no route (404).</summary>
    [Fact]
    public void Should_Constrain_Every_Id_In_A_Route()
    {
        var untyped = RouteEndpoints()
            .SelectMany(e => e.RoutePattern.Parameters
                .Where(p => (p.Name == "id" || p.Name.EndsWith("Id", StringComparison.Ordinal)) && p.ParameterPolicies.Count == 0)
                .Select(p => $"{e.RoutePattern.RawText}: {{{p.Name}}}"))
            .ToList();

        untyped.ShouldBeEmpty(string.Join(Environment.NewLine, untyped));
    }

    /// <summary>Every endpoint names its operation (the web client's method name): camelCase, once.</summary>
    [Fact]
    public void Should_Name_Every_Endpoint_Once()
    {
        var endpoints = RouteEndpoints().ToList();
        var names = endpoints.Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName)
            .ToList();

        endpoints.Where((_, i) => names[i] is null).Select(e => e.RoutePattern.RawText).ShouldBeEmpty();
        names.ShouldBeUnique();
        names.Where(n => n is not null && !char.IsLower(n[0])).ShouldBeEmpty();
    }

    private IEnumerable<Microsoft.AspNetCore.Routing.RouteEndpoint> RouteEndpoints() =>
        host.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true);

    [Fact]
    public void Should_Keep_Host_Permissions_On_Host_Routes_And_School_Permissions_Elsewhere()
    {
        var wrongSide = ApiCatalog.Of(host.Services)
            .Where(e => e.Permission is { } p
                && (p.Side == MultiTenancySide.Host) != e.Route.StartsWith("/api/host/", StringComparison.Ordinal))
            .Select(e => $"{e}: {e.Permission!.Name} ({e.Permission.Side})")
            .ToList();

        wrongSide.ShouldBeEmpty(string.Join(Environment.NewLine, wrongSide));
    }
}
