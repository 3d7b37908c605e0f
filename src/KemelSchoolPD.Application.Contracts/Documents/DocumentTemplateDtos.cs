using System.ComponentModel.DataAnnotations;

namespace KemelSchoolPD.Documents;

/// <summary>One template in one language. <see cref="IsCustomized"/>: the school uses its own copy.</summary>
public sealed record DocumentTemplateDto(
    string Name,
    string DisplayName,
    string Culture,
    bool IsCustomized,
    DateTime? LastModificationTime);

/// <param name="Fields">The fields the product's template reads (<c>Header.SchoolName</c>, a list's <c>Rows[].FullName</c>).</param>
public sealed record DocumentTemplateContentDto(
    string Name, string DisplayName, string Culture, bool IsCustomized, string Content, string DefaultContent, string? ConcurrencyStamp,
    IReadOnlyList<string> Fields);

public sealed class UpdateDocumentTemplateDto
{
    [Required, MaxLength(DocumentTemplateConsts.MaxContentLength)]
    public string Content { get; set; } = null!;

    /// <summary>The stamp last read; null when the school had no copy yet.</summary>
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>A template text to preview (a draft not yet saved is previewed as typed).</summary>
public sealed class PreviewDocumentTemplateDto
{
    [Required, MaxLength(DocumentTemplateConsts.MaxContentLength)]
    public string Content { get; set; } = null!;
}

/// <summary>
/// What a template prints with a sample in place of data (each field shows its own name): the page's orientation and the
/// blocks in order, the same elements the Word file is written from, so the page can draw them without any HTML of the template.
/// </summary>
public sealed record DocumentPreviewDto(bool Landscape, IReadOnlyList<DocumentPreviewBlockDto> Blocks);

/// <param name="Kind">h1, h2, p, table, signature, pagebreak or image.</param>
/// <param name="Text">The text of a heading or paragraph, the label of a signature, the alt text of an image.</param>
/// <param name="Align">left, center, right or null.</param>
/// <param name="Widths">A table's column shares in percent of the page width.</param>
/// <param name="Name">The name under a signature line.</param>
public sealed record DocumentPreviewBlockDto(
    string Kind, string? Text, bool Bold, bool Italic, string? Align, IReadOnlyList<double>? Widths,
    IReadOnlyList<DocumentPreviewRowDto>? Rows, string? Name);

public sealed record DocumentPreviewRowDto(bool Header, IReadOnlyList<DocumentPreviewCellDto> Cells);

public sealed record DocumentPreviewCellDto(string Text, int Colspan, bool Bold, bool Italic, string? Align);
