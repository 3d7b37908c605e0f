using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Declares, on every endpoint of a group, the ProblemDetails answers it can give, read from what the endpoint is:
/// 400 when it reads a body or a query or changes something (input and rules), 401 and 403 when it needs a signed-in user
/// (a permission, or a password that must be changed first), 404 when its route names a record, 409 when it is a
/// signed-in write (stale concurrency stamp, unique rule). The OpenAPI document lists them; nothing is repeated per endpoint.
/// </summary>
public static class ProblemResponseConvention
{
    public const string ContentType = "application/problem+json";

    private static readonly string[] Writes = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete, HttpMethods.Patch];

    public static TBuilder WithProblemResponses<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint is not RouteEndpointBuilder route) return;
            foreach (var status in StatusCodesOf(route))
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [ContentType]));
        });
        return builder;
    }

    /// <summary>The error statuses an endpoint declares.</summary>
    internal static IReadOnlyList<int> StatusCodesOf(RouteEndpointBuilder endpoint)
    {
        var metadata = endpoint.Metadata;
        var methods = metadata.OfType<IHttpMethodMetadata>().LastOrDefault()?.HttpMethods ?? [];
        var write = methods.Any(m => Writes.Contains(m, StringComparer.OrdinalIgnoreCase));
        var signedIn = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var handler = metadata.OfType<MethodInfo>().FirstOrDefault();
        var hasBody = metadata.OfType<IAcceptsMetadata>().Any();

        var statuses = new List<int>();
        if (hasBody || write || (handler is not null && ReadsQuery(handler, endpoint.RoutePattern)))
            statuses.Add(StatusCodes.Status400BadRequest);
        if (signedIn) statuses.AddRange([StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden]);
        if (endpoint.RoutePattern.Parameters.Count > 0) statuses.Add(StatusCodes.Status404NotFound);
        if (signedIn && write) statuses.Add(StatusCodes.Status409Conflict);
        return statuses;
    }

    /// <summary>A handler parameter bound from the query string: [AsParameters], [FromQuery], or a simple value not in the route.</summary>
    private static bool ReadsQuery(MethodInfo handler, RoutePattern pattern) =>
        handler.GetParameters().Any(p =>
            p.GetCustomAttribute<AsParametersAttribute>() is not null
            || p.GetCustomAttribute<FromQueryAttribute>() is not null
            || (IsSimple(p.ParameterType) && p.Name is { } name && pattern.GetParameter(name) is null
                && p.GetCustomAttributes().All(a => a is not (FromServicesAttribute or FromHeaderAttribute or FromBodyAttribute))));

    private static bool IsSimple(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(Guid) || type == typeof(decimal)
               || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly);
    }
}
