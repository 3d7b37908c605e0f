using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Every text of one culture as the web app loads it (<c>GET /api/app/texts/{culture}</c>), serialized once per process: the texts
/// are embedded resources, so they change only with a release. The version is a hash of the bytes sent, so it is the same on
/// every app node of one release and changes exactly when a text of that culture changes.
/// </summary>
public sealed class PublishedTexts
{
    private readonly FrozenDictionary<string, Entry> _byCulture;

    public PublishedTexts(
        JsonLocalizationStore store,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
    {
        _byCulture = JsonLocalizationStore.Languages.ToFrozenDictionary(l => l.CultureName, l =>
        {
            var dto = new LocalizedTextsDto(l.CultureName, store.GetAll(new CultureInfo(l.CultureName)));
            var bytes = JsonSerializer.SerializeToUtf8Bytes(dto, json.Value.SerializerOptions);
            var version = Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_')[..22];
            return new Entry(bytes, version);
        }, StringComparer.Ordinal);
    }

    /// <summary>The texts of a culture the product speaks ("kk", "ru", "en"); null for any other.</summary>
    public Entry? Find(string culture) => _byCulture.GetValueOrDefault(culture);

    /// <summary>The version of a culture's texts; a culture the product does not speak has the default culture's.</summary>
    public string VersionOf(string culture) => (Find(culture) ?? _byCulture[JsonLocalizationStore.DefaultCulture]).Version;

    /// <param name="Json">The UTF-8 JSON of a <see cref="LocalizedTextsDto"/>.</param>
    /// <param name="Version">A hash of <paramref name="Json"/>; the strong ETag is this value in quotes.</param>
    public sealed record Entry(byte[] Json, string Version)
    {
        public string ETag { get; } = $"\"{Version}\"";
    }
}
