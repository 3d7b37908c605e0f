using System.IO.Compression;
using System.Net;
using System.Text;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Hosting;

/// <summary>A host serving a web app built into a temporary folder, as `ng build` writes it: index.html and hashed bundles.</summary>
public sealed class WebAppHostFixture() : KemelWebApplicationFactory(settings: new Dictionary<string, string?> { ["Spa:RootPath"] = Root })
{
    public const string Bundle = "main-KBYERDDV.js";
    public const string Styles = "styles-Y7N77FRL.css";
    private static readonly string Root = CreateWebApp();

    private static string CreateWebApp()
    {
        var root = Directory.CreateTempSubdirectory("kemel-spa-").FullName;
        File.WriteAllText(Path.Combine(root, "index.html"),
            $"<!doctype html><html><head><link rel=\"stylesheet\" href=\"{Styles}\"></head><body><app-root></app-root>"
            + $"<script src=\"{Bundle}\" type=\"module\"></script></body></html>");
        File.WriteAllText(
            Path.Combine(root, Bundle),
            string.Concat(Enumerable.Range(0, 2000).Select(i => $"export const value{i} = 'bundle text {i}';\n")));
        File.WriteAllText(
            Path.Combine(root, Styles),
            string.Concat(Enumerable.Range(0, 500).Select(i => $".class-{i} {{ margin: {i}px; }}\n")));
        File.WriteAllBytes(Path.Combine(root, "favicon.ico"), new byte[64]);
        return root;
    }
}

/// <summary>
/// Slow rural connections: answers are compressed (Brotli, else gzip), the web app's hashed files are cached for a year as
/// immutable and index.html is checked again on every load.
/// </summary>
public sealed class WebDelivery_Tests(WebAppHostFixture host) : IClassFixture<WebAppHostFixture>
{
    [Fact]
    public async Task Should_Serve_Hashed_Bundles_As_Immutable_And_IndexHtml_As_No_Cache()
    {
        var client = host.CreateAnonymousClient();

        var bundle = await client.GetAsync($"/{WebAppHostFixture.Bundle}");
        var styles = await client.GetAsync($"/{WebAppHostFixture.Styles}");
        var root = await client.GetAsync("/");
        var index = await client.GetAsync("/index.html");
        var clientRoute = await client.GetAsync("/development-plans/123");
        var favicon = await client.GetAsync("/favicon.ico");

        bundle.StatusCode.ShouldBe(HttpStatusCode.OK);
        Texts_Tests.CacheControl(bundle).ShouldBe("public, max-age=31536000, immutable");
        Texts_Tests.CacheControl(styles).ShouldBe(WebDelivery.ImmutableCacheControl);
        foreach (var page in new[] { root, index, clientRoute })
        {
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
            Texts_Tests.CacheControl(page).ShouldBe("no-cache");
        }
        Texts_Tests.CacheControl(favicon).ShouldBe(WebDelivery.RevalidateCacheControl);
    }

    [Fact]
    public async Task Should_Answer_304_For_An_Unchanged_IndexHtml()
    {
        var client = host.CreateAnonymousClient();
        var first = await client.GetAsync("/");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await client.SendAsync(again);

        revalidated.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Should_Compress_Bundles_Index_And_Json(string encoding)
    {
        var plain = host.CreateAnonymousClient();
        var compressed = host.CreateAnonymousClient();
        compressed.DefaultRequestHeaders.AcceptEncoding.ParseAdd(encoding);

        // index.html of the test web app is a few bytes, too few to shrink: it is checked for its encoding only.
        foreach (var url in new[] {
            $"/{WebAppHostFixture.Bundle}",
            $"/{WebAppHostFixture.Styles}",
            "/",
            "/api/app/configuration",
            "/api/app/texts/kk" })
        {
            var original = await (await plain.GetAsync(url)).Content.ReadAsByteArrayAsync();
            var response = await compressed.GetAsync(url);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            response.Content.Headers.ContentEncoding.ShouldBe([encoding], url);
            response.Headers.Vary.ShouldContain("Accept-Encoding", url);
            var sent = await response.Content.ReadAsByteArrayAsync();
            if (url != "/") sent.Length.ShouldBeLessThan(original.Length / 2, url);
            Decompress(sent, encoding).ShouldBe(original, url);
        }
    }

    [Fact]
    public async Task Should_Prefer_Brotli_And_Leave_Uncompressed_Who_Does_Not_Ask()
    {
        var plain = host.CreateAnonymousClient();
        var both = host.CreateAnonymousClient();
        both.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");

        (await both.GetAsync("/api/app/texts/ru")).Content.Headers.ContentEncoding.ShouldBe(["br"]);
        (await plain.GetAsync("/api/app/texts/ru")).Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    /// <summary>BREACH: the sign-in answers, which may carry a token next to what the caller typed, are never compressed.</summary>
    [Fact]
    public async Task Should_Not_Compress_The_Account_Answers()
    {
        var client = host.CreateAnonymousClient();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var schools = await client.GetAsync("/api/account/schools?filter=Kemel");

        schools.StatusCode.ShouldBe(HttpStatusCode.OK);
        schools.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    private static byte[] Decompress(byte[] data, string encoding)
    {
        using var input = new MemoryStream(data);
        using Stream stream = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        stream.CopyTo(output);
        return output.ToArray();
    }
}
