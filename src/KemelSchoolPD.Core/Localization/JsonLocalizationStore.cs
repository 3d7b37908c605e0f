using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace KemelSchoolPD.Localization;

/// <summary>
/// Texts per culture read once from ABP-format JSON files embedded in an assembly:
/// <c>{ "culture": "kk", "texts": { "Key": "Text" } }</c>. Each module may ship its own files; the files of one culture
/// are merged and a key defined twice is an error. Falls back from a missing culture to the default one.
/// </summary>
public sealed class JsonLocalizationStore
{
    public const string DefaultCulture = "en";

    public static readonly IReadOnlyList<LanguageInfo> Languages =
    [
        new("kk", "Қазақша"),
        new("ru", "Русский"),
        new("en", "English"),
    ];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _textsByCulture;

    public JsonLocalizationStore(Assembly assembly, string resourceSuffix = ".json")
    {
        var cultures = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(resourceSuffix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<ResourceFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
                       ?? throw new InvalidOperationException($"Empty localization resource {name}.");
            if (!cultures.TryGetValue(file.Culture, out var texts))
                cultures[file.Culture] = texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, text) in file.Texts)
                if (!texts.TryAdd(key, text))
                    throw new InvalidOperationException(
                        $"Localization key '{key}' ({file.Culture}) is defined twice; the second is in {name}.");
        }
        _textsByCulture = cultures.ToFrozenDictionary(
            c => c.Key,
            c => c.Value.ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Cultures => _textsByCulture.Keys;

    /// <summary>All texts of a culture with the default culture's texts filling any gaps.</summary>
    public IReadOnlyDictionary<string, string> GetAll(CultureInfo culture)
    {
        var result = new Dictionary<string, string>(Texts(DefaultCulture));
        foreach (var (key, text) in Texts(ResolveName(culture))) result[key] = text;
        return result;
    }

    public string? Find(string key, CultureInfo culture) =>
        Texts(ResolveName(culture)).TryGetValue(key, out var text) || Texts(DefaultCulture).TryGetValue(key, out text) ? text : null;

    public IReadOnlyDictionary<string, string> Texts(string culture) =>
        _textsByCulture.TryGetValue(culture, out var texts) ? texts : FrozenDictionary<string, string>.Empty;

    /// <summary>"kk-KZ" → "kk"; anything we do not speak → the default culture.</summary>
    public string ResolveName(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
            if (_textsByCulture.ContainsKey(c.Name)) return c.Name;
        return DefaultCulture;
    }

    private sealed record ResourceFile(string Culture, Dictionary<string, string> Texts);
}

public sealed record LanguageInfo(string CultureName, string DisplayName);
