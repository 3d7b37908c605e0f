using System.Xml.Linq;

namespace KemelSchoolPD.Documents;

/// <summary>
/// Reads document markup into the blocks a page draws (<see cref="DocumentPreviewDto"/>), by the rules
/// <see cref="DocxWriter"/> writes the Word file with: the same elements, widths and spans, and the same mistakes refused.
/// </summary>
public static class DocumentPreview
{
    public static DocumentPreviewDto From(XDocument markup)
    {
        var root = DocxWriter.Root(markup);
        return new DocumentPreviewDto(DocxWriter.Landscape(root), root.Elements().Select(Block).ToList());
    }

    private static DocumentPreviewBlockDto Block(XElement e) => e.Name.LocalName switch
    {
        "h1" or "h2" or "p" => Text(e, e.Value),
        "table" => new DocumentPreviewBlockDto("table", null, false, false, null, DocxWriter.Widths(e), Rows(e), null),
        "signature" => new DocumentPreviewBlockDto(
            "signature",
            (string?)e.Attribute("label"),
            false,
            false,
            null,
            null,
            null,
            (string?)e.Attribute("name")),
        "pagebreak" => new DocumentPreviewBlockDto("pagebreak", null, false, false, null, null, null, null),
        "image" => Text(e, (string?)e.Attribute("alt")),
        var other => throw new DocumentMarkupException($"Unknown document element <{other}>."),
    };

    private static DocumentPreviewBlockDto Text(XElement e, string? text) =>
        new(e.Name.LocalName, Trim(text), DocxWriter.Flag(e, "bold"), DocxWriter.Flag(e, "italic"), DocxWriter.Alignment(e),
            null, null, null);

    private static List<DocumentPreviewRowDto> Rows(XElement table) => table.Elements("tr")
        .Select(tr => new DocumentPreviewRowDto(DocxWriter.Flag(tr, "header"), tr.Elements("td")
            .Select(td => new DocumentPreviewCellDto(Trim(td.Value) ?? "", DocxWriter.Span(td), DocxWriter.Flag(td, "bold"),
                DocxWriter.Flag(td, "italic"), DocxWriter.Alignment(td)))
            .ToList()))
        .ToList();

    /// <summary>As the Word file prints it: each line trimmed, the lines kept.</summary>
    private static string? Trim(string? text) =>
        text is null ? null : string.Join('\n', text.Replace("\r\n", "\n").Trim().Split('\n').Select(l => l.Trim()));
}
