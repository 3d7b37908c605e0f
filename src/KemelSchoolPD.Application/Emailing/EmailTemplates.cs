using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KemelSchoolPD.Documents;

namespace KemelSchoolPD.Emailing;

public sealed record RenderedEmail(string Subject, string Text, string Html);

/// <summary>
/// The e-mail of a kind in a language: the embedded file Emailing/Templates/{Kind}.{culture}.liquid holds three sections
/// ("@@subject", "@@text", "@@html"), each rendered by the document service's Liquid renderer (HTML-escaped in "@@html").
/// Unknown languages fall back to Russian.
/// </summary>
public sealed class EmailTemplateRenderer(LiquidDocumentRenderer renderer)
{
    public static readonly string[] Cultures = ["kk", "ru", "en"];

    public RenderedEmail Render(string kind, string culture, string? modelJson)
    {
        culture = Cultures.Contains(culture) ? culture : "ru";
        var sections = Sections(Read(kind, culture));
        var model = ToModel(modelJson);
        return new RenderedEmail(
            renderer.RenderText(sections["subject"], model, culture, html: false).Trim(),
            renderer.RenderText(sections["text"], model, culture, html: false).Trim() + "\n",
            renderer.RenderText(sections["html"], model, culture, html: true).Trim() + "\n");
    }

    private static string Read(string kind, string culture)
    {
        var assembly = typeof(EmailTemplateRenderer).Assembly;
        var suffix = $".Emailing.Templates.{kind}.{culture}.liquid";
        var resource = assembly.GetManifestResourceNames().SingleOrDefault(n => n.EndsWith(suffix, StringComparison.Ordinal))
                       ?? throw new InvalidOperationException($"No e-mail template {kind}.{culture}.");
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }

    private static Dictionary<string, string> Sections(string template)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var lines = new List<string>();
        foreach (var line in template.ReplaceLineEndings("\n").Split('\n').Append("@@end"))
        {
            if (!line.StartsWith("@@", StringComparison.Ordinal)) { lines.Add(line); continue; }
            if (name is not null) sections[name] = string.Join("\n", lines);
            name = line[2..].Trim();
            lines.Clear();
        }
        return sections;
    }

    /// <summary>
    /// The queued JSON as a dictionary; ISO dates become "dd.MM.yyyy HH:mm" (UTC) as a reader expects them; a list of objects
    /// (a digest's items) becomes a list of dictionaries the template can loop over.
    /// </summary>
    private static Dictionary<string, object?> ToModel(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return new Dictionary<string, object?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(json);
        return ToModel(document.RootElement);
    }

    private static Dictionary<string, object?> ToModel(JsonElement element)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject()) model[property.Name] = ToValue(property.Value);
        return model;
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when value.TryGetDateTime(out var date) =>
            date.ToUniversalTime().ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture) + " (UTC)",
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.Object => ToModel(value),
        _ => value.ToString(),
    };
}
