using KemelSchoolPD.Exceptions;
using Microsoft.AspNetCore.Http.Extensions;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Too long an address (414) or too large headers (431) are answered by the application, as ProblemDetails with a code and a
/// title in the caller's language, not by Kestrel with an empty body: Kestrel's own limits are set above the application's,
/// so a request between the two reaches this check. Past Kestrel's limits (twice the application's) Kestrel still answers
/// alone, without a body: it stops reading such a request before any of the application runs, and that is the point of it.
/// Kestrel's other 400s (a malformed request line or header, bad chunking) are answered the same way and for the same reason.
/// </summary>
public static class RequestLimits
{
    /// <summary>The longest path and query string answered (URL-encoded, as sent), as Kestrel's default request line.</summary>
    public const int MaxUrlLength = 8 * 1024;

    /// <summary>The largest total of header names and values, as Kestrel's default.</summary>
    public const int MaxHeadersBytes = 32 * 1024;

    private const string ExceededKey = "KemelSchoolPD.RequestLimits.Exceeded";

    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = 2 * MaxUrlLength;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeadersBytes;
        });
        return builder;
    }

    /// <summary>Answers an oversized request at once; the branch picks the answer's language from ?culture= or Accept-Language.</summary>
    public static void UseRequestLimits(this WebApplication app) =>
        app.MapWhen(context => Exceeded(context) is not null, branch =>
        {
            branch.UseRequestLocalization();
            branch.Run(context =>
            {
                var (status, code) = Exceeded(context)!.Value;
                return ProblemResults.WriteAsync(context, status, code);
            });
        });

    private static (int Status, string Code)? Exceeded(HttpContext context)
    {
        if (context.Items.TryGetValue(ExceededKey, out var known)) return ((int, string)?)known;
        (int, string)? exceeded = null;
        var request = context.Request;
        if (request.GetEncodedPathAndQuery().Length > MaxUrlLength)
            exceeded = (StatusCodes.Status414UriTooLong, CommonErrorCodes.UriTooLong);
        else if (HeadersBytes(request.Headers) > MaxHeadersBytes)
            exceeded = (StatusCodes.Status431RequestHeaderFieldsTooLarge, CommonErrorCodes.HeadersTooLarge);
        context.Items[ExceededKey] = exceeded;
        return exceeded;
    }

    private static long HeadersBytes(IHeaderDictionary headers)
    {
        long total = 0;
        foreach (var (name, values) in headers)
        {
            total += name.Length;
            foreach (var value in values) total += value?.Length ?? 0;
        }
        return total;
    }
}
