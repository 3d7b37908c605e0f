using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Shouldly;

namespace KemelSchoolPD.TestBase;

/// <summary>Reads a generated Word file back with the OpenXml SDK: its paragraphs, its tables as rows of cell texts.</summary>
public sealed class Docx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private Docx(byte[] content)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(content), false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidOperationException("The file has no document body.");
        Paragraphs = body.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0).ToList();
        Tables = body.Elements<Table>()
            .Select(t => (IReadOnlyList<IReadOnlyList<string>>)t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)r.Elements<TableCell>()
                    .Select(c => string.Join("\n", c.Elements<Paragraph>().Select(TextOf)))
                    .ToList())
                .ToList())
            .ToList();
        ColumnWidths = body.Elements<Table>()
            .Select(t => (IReadOnlyList<int>)(t.GetFirstChild<TableGrid>()?.Elements<GridColumn>()
                .Select(g => int.Parse(g.Width?.Value ?? "0"))
                .ToList() ?? []))
            .ToList();
        Landscape = body.GetFirstChild<SectionProperties>()?.GetFirstChild<PageSize>()?.Orient?.Value == PageOrientationValues.Landscape;
        HeaderWordsTooWide = body.Elements<Table>()
            .SelectMany(t => t.Elements<TableRow>().Where(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null))
            .SelectMany(r => r.Elements<TableCell>())
            .SelectMany(c => string.Join(" ", c.Elements<Paragraph>().Select(TextOf))
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length * TwipsPerHeaderLetter + CellPadding > int.Parse(
                    c.TableCellProperties?.TableCellWidth?.Width?.Value ?? "0"))
                .Select(w => $"{w} ({w.Length * TwipsPerHeaderLetter + CellPadding} > {c.TableCellProperties?.TableCellWidth?.Width?.Value} twips)"))
            .ToList();
        var main = document.MainDocumentPart!;
        Images = body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline>()
            .Select(inline =>
            {
                var embed = inline.Descendants<DocumentFormat.OpenXml.Drawing.Blip>().Single().Embed!.Value!;
                var part = main.GetPartById(embed);
                using var stream = part.GetStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return new DocxImage(part.ContentType, copy.ToArray(), inline.Extent!.Cx!.Value, inline.Extent!.Cy!.Value);
            })
            .ToList();
    }

    /// <summary>
    /// A header word's width by a deliberately wide estimate: 0.6 em a letter of bold 11 pt (Times New Roman and Liberation Serif
    /// bold Cyrillic are narrower; DejaVu Serif, LibreOffice's fallback where neither is installed, about as wide).
    /// </summary>
    public const int TwipsPerHeaderLetter = 132;

    /// <summary>A cell's left and right padding, 108 twips each (Word's default).</summary>
    public const int CellPadding = 216;

    /// <summary>Words of header rows that would not fit their cell's width on one line (a column header broken mid-word).</summary>
    public IReadOnlyList<string> HeaderWordsTooWide { get; }

    /// <summary>The pictures drawn inline in the body, in order: the part's content type and bytes, the printed size in EMU.</summary>
    public IReadOnlyList<DocxImage> Images { get; }

    /// <summary>Texts of the paragraphs outside tables, in order (empty ones skipped).</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>Each table as rows of cell texts; line breaks inside a cell are "\n".</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables { get; }

    /// <summary>Each table's column widths from its grid, in twentieths of a point (1,440 to the inch).</summary>
    public IReadOnlyList<IReadOnlyList<int>> ColumnWidths { get; }

    public bool Landscape { get; }

    /// <summary>Everything the reader sees, for "contains" checks.</summary>
    public string AllText => string.Join("\n", Paragraphs.Concat(Tables.SelectMany(t => t.SelectMany(r => r))));

    public static Docx Open(byte[] content) => new(content);

    /// <summary>Checks the answer is a Word file and reads it.</summary>
    public static async Task<Docx> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        response.Content.Headers.ContentType?.MediaType.ShouldBe(ContentType);
        return Open(bytes);
    }

    private static string TextOf(Paragraph p) =>
        string.Concat(p.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => "" }));
}

/// <summary>A picture of a Word file: 360,000 EMU to the centimetre.</summary>
public sealed record DocxImage(string ContentType, byte[] Data, long WidthEmu, long HeightEmu);
