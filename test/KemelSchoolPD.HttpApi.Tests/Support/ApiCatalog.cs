using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Support;

/// <summary>One /api endpoint as the running host maps it: "GET /api/app/staff/{id}" plus what it requires.</summary>
public sealed record ApiEndpoint(
    string Method,
    string Route,
    bool AllowsAnonymous,
    bool RequiresAuthorization,
    IReadOnlyList<string> Policies)
{
    public string Key => $"{Method} {Route}";

    /// <summary>The one permission the endpoint requires (null when it has none or several).</summary>
    public PermissionDefinition? Permission => Policies.Count == 1 ? PermissionDefinitions.Find(Policies[0]) : null;

    public override string ToString() => Key;
}

/// <summary>Reads every endpoint under /api from the host's <see cref="EndpointDataSource"/>.</summary>
public static class ApiCatalog
{
    public static IReadOnlyList<ApiEndpoint> Of(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && IsApi(raw))
            .SelectMany(e =>
            {
                var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"];
                var authorize = e.Metadata.GetOrderedMetadata<IAuthorizeData>();
                var anonymous = e.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var policies = authorize.Select(a => a.Policy).OfType<string>().Distinct().ToList();
                return methods.Select(
                    m => new ApiEndpoint(m, Normalize(e.RoutePattern.RawText!), anonymous, authorize.Count > 0, policies));
            })
            .OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    /// <summary>"/api/app/staff/" → "/api/app/staff"; parameters keep their names without constraints ("{id:guid}" → "{id}").</summary>
    public static string Normalize(string route)
    {
        var path = "/" + System.Text.RegularExpressions.Regex.Replace(route.Trim('/'), @"\{(\w+):[^}]+\}", "{$1}");
        return path.Length > 1 ? path.TrimEnd('/') : path;
    }

    private static bool IsApi(string raw)
    {
        var path = Normalize(raw);
        return path == "/api" || path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);
    }
}
