using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Documents;

public sealed class DocumentService(
    IKemelSchoolPDDbContext db,
    DocumentTemplateRegistry registry,
    LiquidDocumentRenderer renderer) : IDocumentService
{
    public async Task<GeneratedDocument> RenderDocxAsync(
        string templateName,
        string culture,
        object model,
        string fileName,
        CancellationToken ct = default)
    {
        var definition = registry.Get(templateName);
        var documentCulture = DocumentTemplateRegistry.DocumentCulture(culture);
        var schoolCopy = await db.DocumentTemplates.AsNoTracking()
            .Where(t => t.Name == templateName && t.Culture == documentCulture).Select(t => t.Content).FirstOrDefaultAsync(ct);
        var template = schoolCopy ?? definition.ReadDefault(documentCulture)
                       ?? throw new InvalidOperationException($"Template {templateName} has no default for {documentCulture}.");
        var content = renderer.Render(template, model, documentCulture);
        return new GeneratedDocument(SafeFileName(fileName), content);
    }

    /// <summary>Teachers' names go into file names: keep letters of any alphabet, drop what file systems refuse.</summary>
    private static string SafeFileName(string name)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['"', '\\', '/', ':', '*', '?', '<', '>', '|']).ToHashSet();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray()).Trim();
        if (safe.Length == 0) safe = "document";
        return safe.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? safe : safe + ".docx";
    }
}
