using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace KemelSchoolPD.Documents;

/// <summary>
/// Writes the small document markup templates produce as a Word file:
/// <c>&lt;document orientation="portrait|landscape"&gt;</c> with <c>h1</c>, <c>h2</c>, <c>p</c> (align, bold, italic),
/// <c>table</c> (widths in percent) of <c>tr</c> (header) and <c>td</c> (colspan, bold, align),
/// <c>signature</c> (label, name), <c>pagebreak</c> and <c>image</c> (src: a picture the model provides, such as
/// <c>&lt;image src="{{ WheelChart }}"/&gt;</c>; alt). Line breaks inside text are kept.
/// </summary>
public static class DocxWriter
{
    public const string RootElement = "document";
    /// <summary>Word's own limit of table columns; a wider colspan or widths list is a template's mistake.</summary>
    public const int MaxTableColumns = 63;
    /// <summary>Elements of one document: 5,000 staff rows of 7 cells make 40,000.</summary>
    public const int MaxElements = 250_000;
    private const int A4Short = 11906, A4Long = 16838, MarginLeft = 1418, MarginRight = 850, MarginVertical = 1134;
    private const string Font = "Times New Roman";

    /// <param name="images">The pictures of the model (<see cref="DocumentImage"/>), named "image1", "image2"… in its order.</param>
    public static byte[] Write(XDocument markup, IReadOnlyList<DocumentImage>? images = null)
    {
        var root = Root(markup);
        var landscape = Landscape(root);
        var contentWidth = (landscape ? A4Long : A4Short) - MarginLeft - MarginRight;

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var body = new Body();
            var pictures = new Pictures(main, images ?? [], contentWidth);
            foreach (var element in root.Elements()) body.Append(Block(element, contentWidth, pictures));
            body.Append(Section(landscape));
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The markup's &lt;document&gt; element, checked as both readers of the markup (this writer and
    /// <see cref="DocumentPreview"/>) need it: the right root and at most <see cref="MaxElements"/> elements.
    /// </summary>
    internal static XElement Root(XDocument markup)
    {
        var root = markup.Root ?? throw new DocumentMarkupException("Empty document markup.");
        if (root.Name.LocalName != RootElement) throw new DocumentMarkupException($"The root element must be <{RootElement}>.");
        if (root.Descendants().Take(MaxElements + 1).Count() > MaxElements)
            throw new DocumentMarkupException($"The document has more than {MaxElements} elements.");
        return root;
    }

    internal static bool Landscape(XElement root) => (string?)root.Attribute("orientation") == "landscape";

    private static OpenXmlElement Block(XElement e, int contentWidth, Pictures pictures) => e.Name.LocalName switch
    {
        "h1" => TextParagraph(e, bold: true, size: 28, align: JustificationValues.Center),
        "h2" => TextParagraph(e, bold: true, size: 24, align: Align(e) ?? JustificationValues.Left),
        "p" => TextParagraph(e, bold: Flag(e, "bold"), size: null, align: Align(e)),
        "table" => Table(e, contentWidth),
        "signature" => Signature(e),
        "pagebreak" => new Paragraph(new Run(new Break { Type = BreakValues.Page })),
        "image" => pictures.Paragraph(e),
        var other => throw new DocumentMarkupException($"Unknown document element <{other}>."),
    };

    private static Paragraph TextParagraph(XElement e, bool bold, int? size, JustificationValues? align)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (align is not null) properties.Append(new Justification { Val = align.Value });
        var paragraph = new Paragraph(properties);
        paragraph.Append(Runs(e.Value, bold, Flag(e, "italic"), size));
        return paragraph;
    }

    private static IEnumerable<Run> Runs(string text, bool bold, bool italic, int? size)
    {
        var lines = text.Replace("\r\n", "\n").Trim().Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var properties = new RunProperties();
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            if (size is not null) properties.Append(new FontSize { Val = size.Value.ToString() });
            var run = new Run(properties);
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i].Trim()) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    private static Table Table(XElement e, int contentWidth)
    {
        var rows = e.Elements("tr").ToList();
        var columns = Widths(e) ?? Enumerable.Repeat(
            1d,
            Math.Min(MaxTableColumns, rows.Select(r => r.Elements("td").Sum(Span)).DefaultIfEmpty(1).Max())).ToArray();
        var total = columns.Sum();
        var widths = columns.Select(c => (int)(contentWidth * c / total)).ToArray();

        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = contentWidth.ToString() },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder
                {
                    Val = BorderValues.Single,
                    Size = 4
                })));
        table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));
        foreach (var tr in rows)
        {
            var header = Flag(tr, "header");
            var row = new TableRow();
            if (header) row.Append(new TableRowProperties(new TableHeader()));
            var column = 0;
            foreach (var td in tr.Elements("td"))
            {
                var span = Span(td);
                var width = widths.Skip(column).Take(span).Sum();
                column += span;
                var cellProperties = new TableCellProperties(
                    new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString() });
                if (span > 1) cellProperties.Append(new GridSpan { Val = span });
                var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }));
                if ((Align(td) ?? (header ? JustificationValues.Center : null)) is { } align)
                    paragraph.ParagraphProperties!.Append(new Justification { Val = align });
                paragraph.Append(Runs(td.Value, header || Flag(td, "bold"), Flag(td, "italic"), size: null));
                row.Append(new TableCell(cellProperties, paragraph));
            }
            table.Append(row);
        }
        return table;
    }

    private static Paragraph Signature(XElement e)
    {
        var text = $"{(string?)e.Attribute("label")}: ______________________ {(string?)e.Attribute("name")}".TrimEnd();
        return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "240", After = "120" }),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static SectionProperties Section(bool landscape) => new(
        landscape
            ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Short, Height = A4Long },
        new PageMargin
        {
            Top = MarginVertical,
            Bottom = MarginVertical,
            Left = MarginLeft,
            Right = MarginRight,
            Header = 708,
            Footer = 708,
            Gutter = 0
        });

    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "22" }, new Languages { Val = "kk-KZ" })),
        new ParagraphPropertiesDefault(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));

    /// <summary>widths="10,60,30": positive numbers (shares of the page width), at most <see cref="MaxTableColumns"/>.</summary>
    internal static double[]? Widths(XElement table)
    {
        if ((string?)table.Attribute("widths") is not { } text) return null;
        var parts = text.Split(',');
        if (parts.Length > MaxTableColumns) throw new DocumentMarkupException($"A table has at most {MaxTableColumns} widths.");
        return parts.Select(w => double.TryParse(w.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var width)
                && double.IsFinite(width) && width is > 0 and <= 1000
                    ? width
                    : throw new DocumentMarkupException(
                        $"widths=\"{text}\": each width must be a number from 0 to 1000, such as widths=\"10,60,30\"."))
            .ToArray();
    }

    /// <summary>colspan="2": a whole number from 1 to <see cref="MaxTableColumns"/>.</summary>
    internal static int Span(XElement td) => (string?)td.Attribute("colspan") switch
    {
        null => 1,
        var text when int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var span)
            && span is >= 1 and <= MaxTableColumns
            => span,
        var text => throw new DocumentMarkupException($"colspan=\"{text}\": it must be a whole number from 1 to {MaxTableColumns}."),
    };

    internal static bool Flag(XElement e, string name) => (string?)e.Attribute(name) == "true";

    /// <summary>align="left|center|right" as written; any other value (or none) is no alignment of its own.</summary>
    internal static string? Alignment(XElement e) => (string?)e.Attribute("align") switch
    {
        "left" => "left",
        "center" => "center",
        "right" => "right",
        _ => null,
    };

    private static JustificationValues? Align(XElement e) => Alignment(e) switch
    {
        "center" => JustificationValues.Center,
        "right" => JustificationValues.Right,
        "left" => JustificationValues.Left,
        _ => null,
    };
}

/// <summary>
/// A picture a model hands to its template (a chart drawn on the server): PNG bytes, its size in pixels and the width it
/// prints at (never wider than the page's text). A template places it with <c>&lt;image src="{{ Name }}"/&gt;</c>.
/// </summary>
public sealed record DocumentImage(byte[] Png, int WidthPx, int HeightPx, double WidthCm)
{
    /// <summary>The name a template sees for the n-th picture of a model (1-based).</summary>
    public static string Name(int number) => $"image{number}";
}

/// <summary>Adds the model's pictures to the package (once each) and writes the inline drawing of an &lt;image&gt;.</summary>
internal sealed class Pictures(MainDocumentPart main, IReadOnlyList<DocumentImage> images, int contentWidth)
{
    private const long EmuPerCm = 360_000, EmuPerTwip = 635;
    private readonly Dictionary<int, string> _parts = [];
    private uint _drawings;

    public OpenXmlElement Paragraph(XElement e)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "120" },
            new Justification { Val = JustificationValues.Center }));
        var src = ((string?)e.Attribute("src") ?? "").Trim();
        // An empty src is a model without the picture (a school's copy checked without data): nothing to print.
        if (src.Length == 0) return paragraph;
        var index = Enumerable.Range(0, images.Count).FirstOrDefault(i => DocumentImage.Name(i + 1) == src, -1);
        if (index < 0)
            throw new DocumentMarkupException(
                $"<image src=\"{src}\">: src must name a picture the document provides, such as src=\"{{{{ WheelChart }}}}\".");
        var image = images[index];
        if (!_parts.TryGetValue(index, out var relationshipId))
        {
            var part = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(image.Png)) part.FeedData(data);
            _parts[index] = relationshipId = main.GetIdOfPart(part);
        }
        var cx = Math.Min((long)(image.WidthCm * EmuPerCm), contentWidth * EmuPerTwip);
        var cy = cx * image.HeightPx / Math.Max(1, image.WidthPx);
        var id = ++_drawings;
        var alt = (string?)e.Attribute("alt") ?? "";
        paragraph.Append(new Run(new Drawing(new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = $"Picture {id}", Description = alt },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = id, Name = $"{src}.png", Description = alt },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U })));
        return paragraph;
    }
}

/// <summary>A template produced markup this writer does not understand.</summary>
public sealed class DocumentMarkupException(string message) : Exception(message);
