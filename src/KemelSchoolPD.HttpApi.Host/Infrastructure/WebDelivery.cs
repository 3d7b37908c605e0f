using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// What travels over slow rural connections: answers compressed (Brotli, else gzip) and the web app's files cached by the
/// browser. The build names every script, style and font by a hash of its content (<c>main-KBYERDDV.js</c>), so such a file
/// never changes under its name and is kept for a year without asking; <c>index.html</c> names them and is asked for again on
/// every load (a 304 when unchanged), so a release reaches everyone at once.
/// </summary>
public static partial class WebDelivery
{
    public const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    public const string RevalidateCacheControl = "no-cache";

    /// <summary>The build's file names: a name, a dash and eight or more upper-case letters and digits of content hash.</summary>
    [GeneratedRegex(@"-[A-Z0-9]{8,}\.[a-z0-9]+$")]
    private static partial Regex HashedName();

    public static bool IsHashed(string fileName) => HashedName().IsMatch(fileName);

    public static IServiceCollection AddWebDelivery(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            // On HTTPS too: the answers that could carry a secret next to the caller's own input (sign-in, tokens, password
            // links) are under /api/account and are not compressed (BREACH); see UseWebDelivery.
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes
                .Concat([ProblemResponseConvention.ContentType, "image/svg+xml", "image/x-icon"]);
        });
        // Optimal is Brotli quality 4 and gzip level 6: most of the saving for a few milliseconds of CPU on the largest bundle.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Compresses every answer but those of /api/account.</summary>
    public static void UseWebDelivery(this WebApplication app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api/account"), branch => branch.UseResponseCompression());

    /// <summary>Hashed files for a year, immutable; index.html and anything else unhashed (favicon) checked again on each load.</summary>
    public static void SetCacheHeaders(StaticFileResponseContext context) =>
        context.Context.Response.Headers.CacheControl = IsHashed(context.File.Name) ? ImmutableCacheControl : RevalidateCacheControl;
}
