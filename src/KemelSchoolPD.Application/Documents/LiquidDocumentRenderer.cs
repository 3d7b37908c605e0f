using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Xml;
using System.Xml.Linq;
using DotLiquid;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Documents;

/// <summary>
/// Liquid → document markup (XML) → DOCX (ADR-006: DotLiquid). The model is handed to the template as plain dictionaries
/// and lists of its public properties, names as written in C#, every string XML-escaped: a school's template reads data,
/// never calls code, and data cannot break the markup. Parsed templates are cached by their text.
/// </summary>
public sealed class LiquidDocumentRenderer
{
    private const int RenderTimeoutMilliseconds = 10_000;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);

    public byte[] Render(string template, object model, string culture)
    {
        var markup = RenderMarkup(Parse(template), model, culture);
        return DocxWriter.Write(XDocument.Parse(markup));
    }

    /// <summary>
    /// Text from a Liquid template with the same model rules (e-mail subjects and bodies): strings are HTML-escaped when
    /// <paramref name="html"/>, written as they are otherwise.
    /// </summary>
    public string RenderText(string template, object model, string culture, bool html) =>
        Parse(template).Render(new RenderParameters(CultureInfo.GetCultureInfo(culture))
        {
            LocalVariables = (Hash)ToLiquid(model, html ? SecurityElement.Escape : s => s)!,
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            Timeout = RenderTimeoutMilliseconds,
        });

    /// <summary>
    /// Why a template text cannot be used, or null: it must parse as Liquid and, rendered without data, produce
    /// well-formed document markup of known elements. Runs before a school's copy is saved, so a broken copy never prints.
    /// </summary>
    public string? FindError(string template)
    {
        try
        {
            var markup = RenderMarkup(Template.Parse(template), new { }, "ru");
            DocxWriter.Write(XDocument.Parse(markup));
            return null;
        }
        catch (Exception e) when (e is DotLiquid.Exceptions.LiquidException or XmlException or DocumentMarkupException)
        {
            return e.Message;
        }
    }

    private Template Parse(string template) => _parsed.GetOrAdd(template, t =>
    {
        try
        {
            return Template.Parse(t);
        }
        catch (DotLiquid.Exceptions.LiquidException e)
        {
            throw new BusinessException(KemelSchoolPDErrorCodes.Documents.InvalidTemplate).WithData("error", e.Message);
        }
    });

    private static string RenderMarkup(Template template, object model, string culture) =>
        template.Render(new RenderParameters(CultureInfo.GetCultureInfo(culture))
        {
            LocalVariables = (Hash)ToLiquid(model, SecurityElement.Escape)!,
            ErrorsOutputMode = ErrorsOutputMode.Rethrow,
            Timeout = RenderTimeoutMilliseconds,
        });

    private static object? ToLiquid(object? value, Func<string, string?> escape) => value switch
    {
        null => null,
        string s => escape(s),
        bool or int or long or decimal or double or float or short or byte => value,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        IDictionary dictionary => Hash.FromDictionary(dictionary.Keys.Cast<object>()
            .ToDictionary(k => k.ToString()!, k => ToLiquid(dictionary[k], escape))),
        IEnumerable items => items.Cast<object?>().Select(i => ToLiquid(i, escape)).ToList(),
        _ => Hash.FromDictionary(value.GetType().GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => ToLiquid(p.GetValue(value), escape))),
    };
}
