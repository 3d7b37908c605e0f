using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.HttpApi.Endpoints;
using KemelSchoolPD.Localization;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.HttpApi.Tests.Hosting;

/// <summary>
/// The texts of a language are served apart from the configuration, with a strong ETag from their content: the browser keeps
/// them, asks again with If-None-Match and gets a 304, so a page load costs only the user's own data.
/// </summary>
public sealed class Texts_Tests(SqliteHostFixture host) : IClassFixture<SqliteHostFixture>
{
    [Fact]
    public async Task Should_Serve_Each_Culture_With_A_Strong_ETag_From_Its_Content()
    {
        var anonymous = host.CreateAnonymousClient();

        var kk = await anonymous.GetAsync("/api/app/texts/kk");
        var ru = await anonymous.GetAsync("/api/app/texts/ru");

        kk.StatusCode.ShouldBe(HttpStatusCode.OK);
        kk.Headers.ETag.ShouldNotBeNull();
        kk.Headers.ETag.IsWeak.ShouldBeFalse();
        CacheControl(kk).ShouldBe(AppConfigurationEndpoints.TextsCacheControl);
        ru.Headers.ETag!.Tag.ShouldNotBe(kk.Headers.ETag.Tag);
        var kkTexts = await kk.ReadAsync<LocalizedTextsDto>();
        var ruTexts = await ru.ReadAsync<LocalizedTextsDto>();
        kkTexts.Culture.ShouldBe("kk");
        kkTexts.Texts["Common:EntityNotFound"].ShouldBe(KemelSchoolPDLocalization.Store.Texts("kk")["Common:EntityNotFound"]);
        ruTexts.Texts["Common:EntityNotFound"].ShouldBe(KemelSchoolPDLocalization.Store.Texts("ru")["Common:EntityNotFound"]);
        ruTexts.Texts["Common:EntityNotFound"].ShouldNotBe(kkTexts.Texts["Common:EntityNotFound"]);
        // The same content, the same tag: a second request (or another app node of the release) gives the same ETag.
        (await anonymous.GetAsync("/api/app/texts/kk")).Headers.ETag!.Tag.ShouldBe(kk.Headers.ETag.Tag);
    }

    [Fact]
    public async Task Should_Answer_304_When_The_Browser_Has_The_Current_Texts()
    {
        var anonymous = host.CreateAnonymousClient();
        var etag = (await anonymous.GetAsync("/api/app/texts/ru")).Headers.ETag!;

        using var current = new HttpRequestMessage(HttpMethod.Get, "/api/app/texts/ru");
        current.Headers.IfNoneMatch.Add(etag);
        var notModified = await anonymous.SendAsync(current);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/app/texts/ru");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-release\""));
        var changed = await anonymous.SendAsync(stale);

        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        notModified.Headers.ETag!.Tag.ShouldBe(etag.Tag);
        (await notModified.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await changed.ReadAsync<LocalizedTextsDto>()).Culture.ShouldBe("ru");
    }

    /// <summary>The configuration names the version of the caller's texts; asked for by that version they are cached for good.</summary>
    [Fact]
    public async Task Should_Name_The_Texts_Version_In_The_Configuration_And_Cache_That_Url_For_Good()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Teacher, culture: "ru");
        var configuration = await teacher.GetAsync("/api/app/configuration");
        var json = JsonDocument.Parse(await configuration.Content.ReadAsStringAsync()).RootElement;
        var localization = json.GetProperty("localization");
        var culture = localization.GetProperty("currentCulture").GetString();
        var version = localization.GetProperty("textsVersion").GetString();

        var texts = await teacher.GetAsync($"/api/app/texts/{culture}?version={version}");

        localization.TryGetProperty("texts", out _).ShouldBeFalse();
        texts.StatusCode.ShouldBe(HttpStatusCode.OK);
        texts.Headers.ETag!.Tag.ShouldBe($"\"{version}\"");
        CacheControl(texts).ShouldBe(AppConfigurationEndpoints.VersionedTextsCacheControl);
        // Only the user's own data is left in the configuration: a few kilobytes, not every text of every module.
        (await configuration.Content.ReadAsByteArrayAsync()).Length.ShouldBeLessThan(16 * 1024);
    }

    [Fact]
    public async Task Should_Keep_The_Texts_Open_To_Anonymous_Callers_As_The_Configuration_Is()
    {
        var anonymous = host.CreateAnonymousClient("kk");
        var configuration = await anonymous.GetAsync<ApplicationConfigurationDto>("/api/app/configuration");

        var texts = await anonymous.GetAsync($"/api/app/texts/{configuration.Localization.CurrentCulture}");

        configuration.Localization.CurrentCulture.ShouldBe("kk");
        texts.StatusCode.ShouldBe(HttpStatusCode.OK);
        texts.Headers.ETag!.Tag.ShouldBe($"\"{configuration.Localization.TextsVersion}\"");
    }

    [Fact]
    public async Task Should_Answer_404_For_A_Culture_The_Product_Does_Not_Speak()
    {
        await (await host.CreateAnonymousClient().GetAsync("/api/app/texts/de")).ShouldBeProblemAsync(
            HttpStatusCode.NotFound,
            "Common:EntityNotFound");
    }

    /// <summary>The header as the server wrote it (HttpClient's parsed value reorders the directives).</summary>
    internal static string CacheControl(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Cache-Control", out var values) ? string.Join(", ", values) : "";
}
