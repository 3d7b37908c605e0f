using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Staff.Documents;

/// <summary>The printable staff list (for the attestation commission and the school's folder), active staff only.</summary>
public sealed class StaffRegistryDocument(IKemelSchoolPDDbContext db, IDocumentService documents, DocumentHeaderProvider headers)
{
    public const string TemplateName = "StaffRegistry";

    public async Task<GeneratedDocument> RenderAsync(string culture, CancellationToken ct = default)
    {
        var header = await headers.GetAsync(culture, ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => !s.IsArchived).OrderBy(s => s.FullName).ToListAsync(ct);
        var rows = staff.Select((s, i) => new StaffRegistryRow(
            i + 1, s.FullName, s.Position, string.Join(", ", s.Subjects), header.Enum(s.Category),
            DocumentTexts.Date(s.CategoryExpiresOn), s.TeachingExperienceYears)).ToList();
        return await documents.RenderDocxAsync(TemplateName, header.Culture, new { Header = header, Rows = rows },
            $"{header.Text("Staff:Document.StaffRegistry")} {header.Date}", ct);
    }
}

public sealed record StaffRegistryRow(
    int Number,
    string FullName,
    string Position,
    string Subjects,
    string Category,
    string CategoryValidUntil,
    int TeachingExperienceYears);
