using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text.Encodings.Web;
using System.Xml;
using System.Xml.Linq;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
using Fluid.Values;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Documents;

/// <summary>
/// Liquid → document markup (XML) → DOCX (ADR-007: Fluid with limits). The model is handed to the template as plain
/// dictionaries and lists of its public properties, names as written in C#, every string XML-escaped: a school's template
/// reads data, never calls code, and data cannot break the markup. A template runs in a sandbox: a step budget, an output
/// size and a nesting depth, so a loop (even one that only loops with real data) fails fast as a 400 naming its line.
/// Parsed templates are cached by their text.
/// </summary>
public sealed class LiquidDocumentRenderer
{
    /// <summary>Statements and loop turns per render; the largest real document (5,000 staff) takes about 60,000.</summary>
    public const int MaxSteps = 500_000;
    /// <summary>Characters of markup (and of any one captured or filtered string); 5,000 staff make about 1.5 M.</summary>
    public const int MaxOutputChars = 5_000_000;
    public const int MaxCollectionSize = 100_000;
    public const int MaxRecursion = 20;
    /// <summary>The step budget bounds work; this bounds the time the steps may take (a filter on a long string).</summary>
    private static readonly TimeSpan MaxRenderTime = TimeSpan.FromSeconds(3);
    private const int MaxCachedTemplates = 256;

    // Statement locations are marked experimental in Fluid 3 (FLUID001); the error line depends on them.
#pragma warning disable FLUID001
    private static readonly FluidParser Parser = new(new FluidParserOptions { TrackStatementLocations = true });
#pragma warning restore FLUID001

    private static readonly TemplateOptions Options = new TemplateOptionsBuilder()
        .WithMaxSteps(MaxSteps).WithMaxOutputSize(MaxOutputChars).WithMaxCollectionSize(MaxCollectionSize).WithMaxRecursion(MaxRecursion)
        .Build();

    private readonly ConcurrentDictionary<string, ParsedTemplate> _parsed = new(StringComparer.Ordinal);

    public byte[] Render(string template, object model, string culture)
    {
        var parsed = Parse(template);
        if (parsed.Error is { } error) throw new DocumentTemplateException(error);
        var clock = new RenderClock();
        try
        {
            var images = new List<DocumentImage>();
            var markup = RenderMarkup(parsed, model, culture, clock, images: images);
            return DocxWriter.Write(XDocument.Parse(markup), images);
        }
        catch (Exception e) when (Failure(e, parsed.Source, clock) is { } failure)
        {
            throw new DocumentTemplateException(failure);
        }
    }

    /// <summary>
    /// Text from a Liquid template with the same model rules and limits (e-mail subjects and bodies): strings are
    /// HTML-escaped when <paramref name="html"/>, written as they are otherwise.
    /// </summary>
    public string RenderText(string template, object model, string culture, bool html)
    {
        var parsed = Parse(template);
        if (parsed.Error is { } error) throw new DocumentTemplateException(error);
        return RenderMarkup(parsed, model, culture, new RenderClock(), html ? SecurityElement.Escape : s => s);
    }

    /// <summary>
    /// Why a template text cannot be used, or null: it must parse as Liquid and, rendered without data, produce
    /// well-formed document markup of known elements within the limits. Runs before a school's copy is saved, so a broken
    /// copy never prints. A loop over data does not run here (there is none); at printing the same limits apply.
    /// </summary>
    public TemplateError? FindError(string template)
    {
        var parsed = ParseTemplate(template);
        if (parsed.Error is not null) return parsed.Error;
        var clock = new RenderClock();
        try
        {
            DocxWriter.Write(XDocument.Parse(RenderMarkup(parsed, new { }, "ru", clock)));
            return null;
        }
        catch (Exception e) when (Failure(e, parsed.Source, clock) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>
    /// The markup a template prints with a sample in place of data (<see cref="TemplateFields.SampleModel"/>): every branch
    /// and loop that reads a field runs, so a preview also shows what the check without data cannot reach.
    /// </summary>
    public TemplateError? TryRenderSample(string template, string culture, out XDocument? markup)
    {
        markup = null;
        var parsed = ParseTemplate(template);
        if (parsed.Error is not null) return parsed.Error;
        var clock = new RenderClock();
        try
        {
            markup = XDocument.Parse(RenderMarkup(parsed, TemplateFields.SampleModel(template), culture, clock));
            return null;
        }
        catch (Exception e) when (Failure(e, parsed.Source, clock) is { } failure)
        {
            return failure;
        }
    }

    /// <summary>A failure the template caused (and its line when Liquid ran it), or null for a fault of ours (a 500).</summary>
    private static TemplateError? Failure(Exception e, string source, RenderClock clock) => e switch
    {
        // Lines of the produced markup, not of the template: the message says where in the markup.
        XmlException or DocumentMarkupException => new TemplateError(null, e.Message),
        // Fluid's limits and runtime errors (a bad filter argument, a division by zero).
        InvalidOperationException or FluidException or ArgumentException or FormatException or OverflowException
            or DivideByZeroException or InvalidCastException
            => new TemplateError(
                clock.Offset < 0 ? null : source.AsSpan(0, Math.Min(clock.Offset, source.Length)).Count('\n') + 1,
                e.Message),
        _ => null,
    };

    private ParsedTemplate Parse(string template)
    {
        if (_parsed.TryGetValue(template, out var parsed)) return parsed;
        if (_parsed.Count >= MaxCachedTemplates) _parsed.Clear(); // a school editing its copy makes many texts
        return _parsed.GetOrAdd(template, ParseTemplate);
    }

    private static ParsedTemplate ParseTemplate(string template)
    {
        try
        {
            var parsed = (FluidTemplate)Parser.Parse(template);
            return new ParsedTemplate(
                template,
                new FluidTemplate(parsed.Statements.Select(s => (Statement)new Located(s)).ToArray()),
                null);
        }
        catch (ParseException e)
        {
            var message = e.Message.Split('\n')[0];
            var at = message.LastIndexOf(" at (", StringComparison.Ordinal);
            return new ParsedTemplate(template, null, new TemplateError(e.Position?.Line, at > 0 ? message[..at] : message));
        }
    }

    private static string RenderMarkup(ParsedTemplate parsed, object model, string culture, RenderClock clock,
        Func<string, string?>? escape = null, List<DocumentImage>? images = null)
    {
        escape ??= SecurityElement.Escape;
        images ??= [];
        var context = new TemplateContext(Options, StringComparer.Ordinal) { CultureInfo = CultureInfo.GetCultureInfo(culture) };
        context.AmbientValues[Located.Key] = clock;
        foreach (var (name, value) in ((IDictionary<string, object?>)ToLiquid(model, escape, images)!))
            context.SetValue(name, FluidValue.Create(value, Options));
        return parsed.Template!.Render(context, NullEncoder.Default);
    }

    /// <summary>A picture becomes its name ("image1"), which the template puts in &lt;image src="…"/&gt;.</summary>
    private static object? ToLiquid(object? value, Func<string, string?> escape, List<DocumentImage> images) => value switch
    {
        null => null,
        string s => escape(s),
        DocumentImage image => Picture(image, images),
        // Fluid prints a decimal's scale (67.00 → "67,00"); DotLiquid printed "67": keep what the documents showed.
        decimal d => d / 1.0000000000000000000000000000m,
        bool or int or long or double or short or byte => value,
        float f => (double)f,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        IDictionary dictionary => dictionary.Keys.Cast<object>()
            .ToDictionary(k => k.ToString()!, k => ToLiquid(dictionary[k], escape, images), StringComparer.Ordinal),
        IEnumerable items => items.Cast<object?>().Select(i => ToLiquid(i, escape, images)).ToList(),
        _ => value.GetType().GetProperties()
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .ToDictionary(p => p.Name, p => ToLiquid(p.GetValue(value), escape, images), StringComparer.Ordinal),
    };

    private static string Picture(DocumentImage image, List<DocumentImage> images)
    {
        images.Add(image);
        return DocumentImage.Name(images.Count);
    }

    private sealed record ParsedTemplate(string Source, FluidTemplate? Template, TemplateError? Error);

    /// <summary>When the render started, and the top-level statement running now (its offset in the template text).</summary>
    private sealed class RenderClock
    {
        public long Started { get; } = Environment.TickCount64;
        public int Offset { get; set; } = -1;
    }

    /// <summary>
    /// Wraps a top-level statement to note where the render is, so a failure names the line of the loop (or tag) that
    /// spent the budget, and to stop a render that runs out of time between statements.
    /// </summary>
    private sealed class Located(Statement inner) : Statement
    {
        public const string Key = "KemelSchoolPD.RenderClock";

        public override ValueTask<Completion> WriteToAsync(IFluidOutput output, TextEncoder encoder, TemplateContext context)
        {
            var clock = (RenderClock)context.AmbientValues[Key];
#pragma warning disable FLUID001
            clock.Offset = inner.SourceOffset;
#pragma warning restore FLUID001
            if (Environment.TickCount64 - clock.Started > MaxRenderTime.TotalMilliseconds)
                throw new InvalidOperationException("The template took too long to render.");
            return inner.WriteToAsync(output, encoder, context);
        }

    }
}

/// <summary>Why a template cannot be used: Liquid's or the markup's message, and the template line when it is known.</summary>
public sealed record TemplateError(int? Line, string Message);

/// <summary>400 "Documents:TemplateFailed(AtLine)": a school's template failed at printing; "line" names where.</summary>
public sealed class DocumentTemplateException : BusinessException, IHasProblemExtensions
{
    public DocumentTemplateException(TemplateError error)
        : base(
            error.Line is null ? KemelSchoolPDErrorCodes.Documents.TemplateFailed : KemelSchoolPDErrorCodes.Documents.TemplateFailedAtLine,
            error.Message)
    {
        Error = error;
        WithData("Error", error.Message).WithData("Line", error.Line);
    }

    public TemplateError Error { get; }

    public IReadOnlyDictionary<string, object?> ProblemExtensions => new Dictionary<string, object?> { ["line"] = Error.Line };
}
