using System.ComponentModel.DataAnnotations;

namespace KemelSchoolPD.Documents;

/// <summary>One template in one language. <see cref="IsCustomized"/>: the school uses its own copy.</summary>
public sealed record DocumentTemplateDto(string Name, string DisplayName, string Culture, bool IsCustomized, DateTime? LastModificationTime);

public sealed record DocumentTemplateContentDto(
    string Name, string DisplayName, string Culture, bool IsCustomized, string Content, string DefaultContent, string? ConcurrencyStamp);

public sealed class UpdateDocumentTemplateDto
{
    [Required, MaxLength(DocumentTemplateConsts.MaxContentLength)]
    public string Content { get; set; } = null!;

    /// <summary>The stamp last read; null when the school had no copy yet.</summary>
    public string? ConcurrencyStamp { get; set; }
}
