using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Rate limits on the anonymous account endpoints, antiforgery for cookie-authenticated writes, security headers, and the
/// client address behind a reverse proxy (ADR-008).
/// </summary>
public static class SignInDefences
{
    /// <summary>The rate-limiting policy of sign-in and the other anonymous account endpoints (per IP and per account name).</summary>
    public const string AccountPolicy = "account";
    public const string XsrfCookie = "XSRF-TOKEN";
    public const string XsrfHeader = "X-XSRF-TOKEN";
    private const string AccountNameItem = "KemelSchoolPD.AccountName";

    public static IServiceCollection AddSignInDefences(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddScoped<SignInThrottle>();
        var limits = configuration.GetSection("RateLimiting:Account");
        var window = TimeSpan.FromSeconds(limits.GetValue("WindowSeconds", 60));
        var perIp = limits.GetValue("PermitLimitPerIp", 60);
        var perAccount = limits.GetValue("PermitLimitPerAccount", 10);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(AccountPolicy, context => RateLimitPartition.GetFixedWindowLimiter("ip:" + ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perIp, Window = window, QueueLimit = 0 }));
            // The account name is read from the body by ReadAccountName; the global limiter sees it before the endpoint's policy.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => context.Items[AccountNameItem] is string name
                ? RateLimitPartition.GetFixedWindowLimiter("account:" + name,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perAccount, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
                rejected.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
                await ProblemResults.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests,
                    KemelSchoolPDErrorCodes.SignIn.TooManyRequests);
            };
        });
        services.AddAntiforgery(o =>
        {
            o.HeaderName = XsrfHeader;
            o.Cookie.Name = "KemelSchoolPD.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurity(environment);
            o.SuppressXFrameOptionsHeader = true; // the security headers say DENY
        });
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            o.ForwardLimit = 1;
        });
        return services;
    }

    /// <summary>The caller's address as the rate limits and the sign-in throttle see it.</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>
    /// Only behind a reverse proxy that overwrites X-Forwarded-For ("ReverseProxy:Enabled"): otherwise a client could choose its
    /// own address and slip past the per-IP limits.
    /// </summary>
    public static void UseClientAddress(this WebApplication app)
    {
        if (app.Configuration.GetValue("ReverseProxy:Enabled", false)) app.UseForwardedHeaders();
    }

    /// <summary>Security headers on every answer; Scalar (Development only) gets a CSP that lets its own scripts run.</summary>
    public static void UseSecurityHeaders(this WebApplication app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/scalar")
            ? "default-src 'self' https: data: blob: 'unsafe-inline' 'unsafe-eval'; frame-ancestors 'none'"
            : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
              + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        return next(context);
    });

    /// <summary>Reads the account name (school + user name or e-mail) from the JSON body of endpoints under the "account" policy.</summary>
    public static void UseAccountRateLimiting(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasJsonContentType()
                && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == AccountPolicy)
                context.Items[AccountNameItem] = await ReadAccountNameAsync(context);
            await next(context);
        });
        app.UseRateLimiter();
    }

    private static async Task<string?> ReadAccountNameAsync(HttpContext context)
    {
        context.Request.EnableBuffering(bufferThreshold: 16 * 1024, bufferLimit: 64 * 1024);
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            string? school = null, name = null;
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String) continue;
                if (property.Name.Equals("school", StringComparison.OrdinalIgnoreCase)) school = property.Value.GetString();
                else if (property.Name.Equals("userName", StringComparison.OrdinalIgnoreCase)
                         || property.Name.Equals("email", StringComparison.OrdinalIgnoreCase)) name ??= property.Value.GetString();
            }
            school ??= context.Request.Headers["__tenant"].ToString();
            return string.IsNullOrWhiteSpace(name) ? null : $"{school?.Trim()}|{name.Trim()}".ToUpperInvariant();
        }
        catch (Exception e) when (e is JsonException or IOException or BadHttpRequestException)
        {
            return null; // the endpoint answers the malformed body itself
        }
        finally
        {
            context.Request.Body.Position = 0;
        }
    }

    /// <summary>
    /// Cookie-authenticated writes to /api must carry the antiforgery token: the readable XSRF-TOKEN cookie echoed in the
    /// X-XSRF-TOKEN header (Angular's HttpClient does it by itself). Bearer-token and anonymous calls are not affected. The token
    /// is issued at sign-in and with the configuration the web app loads on start.
    /// </summary>
    public static void UseAntiforgeryForCookies(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && IsCookieAuthenticated(context))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)))
            {
                if (!await antiforgery.IsRequestValidAsync(context))
                {
                    await ProblemResults.WriteAsync(context, StatusCodes.Status400BadRequest,
                        KemelSchoolPDErrorCodes.SignIn.AntiforgeryFailed);
                    return;
                }
            }
            else if (request.Path.StartsWithSegments("/api/app/configuration")) IssueXsrfToken(context);
        }
        await next(context);
    });

    /// <summary>Sets the antiforgery cookie pair for the current (or just signed-in) user.</summary>
    public static void IssueXsrfToken(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        context.Response.Cookies.Append(XsrfCookie, tokens.RequestToken!, new CookieOptions
        {
            HttpOnly = false, // the web app reads it and echoes it in X-XSRF-TOKEN
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps
                     || CookieSecurity(context.RequestServices.GetRequiredService<IHostEnvironment>()) == CookieSecurePolicy.Always,
            Path = "/",
        });
    }

    /// <summary>Signed in and without a bearer token: the smart scheme authenticated the request by the session cookie.</summary>
    private static bool IsCookieAuthenticated(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    /// <summary>Secure cookies everywhere but Development and Testing (plain http on localhost there).</summary>
    public static CookieSecurePolicy CookieSecurity(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
}
