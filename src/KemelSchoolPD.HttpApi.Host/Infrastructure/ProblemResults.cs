using KemelSchoolPD.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>Writes the product's ProblemDetails: a stable "code" plus a title in the request's language.</summary>
public static class ProblemResults
{
    public static ProblemDetails Create(HttpContext context, int status, string code, IEnumerable<KeyValuePair<string, object?>>? values = null)
    {
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer>();
        var text = localizer[code];
        var title = NamedPlaceholders.Fill(text.ResourceNotFound ? localizer["Common:InternalError"] : text.Value, values ?? []);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = title, Instance = context.Request.Path };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return problem;
    }

    public static Task WriteAsync(HttpContext context, int status, string code, IEnumerable<KeyValuePair<string, object?>>? values = null)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(context, status, code, values) }).AsTask();
    }
}
