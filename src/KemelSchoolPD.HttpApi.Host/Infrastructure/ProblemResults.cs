using System.Globalization;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>Writes the product's ProblemDetails: a stable "code" plus a title in the request's language.</summary>
public static class ProblemResults
{
    public static ProblemDetails Create(
        HttpContext context,
        int status,
        string code,
        IEnumerable<KeyValuePair<string, object?>>? values = null)
    {
        UseRequestCulture(context);
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer>();
        var text = localizer[code];
        // A value that is a localization key (LocalizableValue: a stage, the missing kinds…) is written in the reader's language.
        var filled = (values ?? []).Select(v => v.Value is LocalizableValue l
            ? new KeyValuePair<string, object?>(v.Key, l.Localize(key => localizer[key].Value)) : v);
        var title = NamedPlaceholders.Fill(text.ResourceNotFound ? localizer["Common:InternalError"] : text.Value, filled);
        var problem = new ProblemDetails { Status = status, Title = title, Detail = title, Instance = context.Request.Path };
        problem.Extensions["code"] = code;
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return problem;
    }

    /// <summary>
    /// The exception handler runs outside the localization middleware's scope, where the culture is the process default:
    /// restore the culture that middleware chose for this request.
    /// </summary>
    public static void UseRequestCulture(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is not { } culture) return;
        CultureInfo.CurrentCulture = culture.Culture;
        CultureInfo.CurrentUICulture = culture.UICulture;
    }

    /// <summary>The code of an answer the framework gives by status alone (no such route, a body too large, ...).</summary>
    public static string CodeForStatus(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => CommonErrorCodes.Unauthorized,
        StatusCodes.Status403Forbidden => CommonErrorCodes.Forbidden,
        StatusCodes.Status404NotFound => CommonErrorCodes.EntityNotFound,
        StatusCodes.Status413PayloadTooLarge => CommonErrorCodes.RequestTooLarge,
        StatusCodes.Status414UriTooLong => CommonErrorCodes.UriTooLong,
        StatusCodes.Status431RequestHeaderFieldsTooLarge => CommonErrorCodes.HeadersTooLarge,
        >= 500 => CommonErrorCodes.InternalError,
        _ => CommonErrorCodes.InvalidRequest,
    };

    public static Task WriteAsync(HttpContext context, int status, string code, IEnumerable<KeyValuePair<string, object?>>? values = null)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(
                new ProblemDetailsContext { HttpContext = context, ProblemDetails = Create(context, status, code, values) }).AsTask();
    }
}
