using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.Documents;

/// <summary>A school reads the product's templates and keeps its own copies (its letterhead, its wording).</summary>
public sealed class DocumentTemplateAppService(
    IKemelSchoolPDDbContext db, DocumentTemplateRegistry registry, LiquidDocumentRenderer renderer, IStringLocalizer localizer)
{
    public async Task<IReadOnlyList<DocumentTemplateDto>> GetListAsync(CancellationToken ct = default)
    {
        var copies = await db.DocumentTemplates.AsNoTracking()
            .Select(t => new { t.Name, t.Culture, Modified = t.LastModificationTime ?? t.CreationTime }).ToListAsync(ct);
        return registry.All
            .SelectMany(d => DocumentTemplateConsts.Cultures.Select(c => (Definition: d, Culture: c)))
            .Select(x =>
            {
                var copy = copies.FirstOrDefault(t => t.Name == x.Definition.Name && t.Culture == x.Culture);
                return new DocumentTemplateDto(x.Definition.Name, localizer[x.Definition.DisplayNameKey], x.Culture, copy is not null, copy?.Modified);
            })
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ThenBy(t => t.Culture, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<DocumentTemplateContentDto> GetAsync(string name, string culture, CancellationToken ct = default)
    {
        var (definition, defaultContent) = Find(name, culture);
        var copy = await db.DocumentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture, ct);
        return new DocumentTemplateContentDto(name, localizer[definition.DisplayNameKey], culture, copy is not null,
            copy?.Content ?? defaultContent, defaultContent, copy?.ConcurrencyStamp);
    }

    public async Task<DocumentTemplateContentDto> UpdateAsync(string name, string culture, UpdateDocumentTemplateDto input, CancellationToken ct = default)
    {
        Find(name, culture);
        if (renderer.FindError(input.Content) is { } error)
        {
            FieldError[] errors = error.Line is { } line
                ? [new(nameof(input.Content), KemelSchoolPDErrorCodes.Documents.InvalidTemplate, error.Message),
                    new(nameof(input.Content), KemelSchoolPDErrorCodes.Documents.InvalidTemplateLine, line)]
                : [new(nameof(input.Content), KemelSchoolPDErrorCodes.Documents.InvalidTemplate, error.Message)];
            throw new InputValidationException(errors);
        }

        var copy = await db.DocumentTemplates.FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture, ct);
        if (copy is null)
        {
            if (input.ConcurrencyStamp is not null) throw new ConflictException(CommonErrorCodes.ConcurrencyConflict);
            db.DocumentTemplates.Add(new DocumentTemplate(name, culture, input.Content));
        }
        else
        {
            db.ExpectConcurrencyStamp(copy, input.ConcurrencyStamp ?? "");
            copy.SetContent(input.Content);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(name, culture, ct);
    }

    /// <summary>Back to the product's template.</summary>
    public async Task ResetAsync(string name, string culture, CancellationToken ct = default)
    {
        Find(name, culture);
        var copy = await db.DocumentTemplates.FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture, ct)
                   ?? throw new ConflictException(KemelSchoolPDErrorCodes.Documents.NotCustomized);
        db.DocumentTemplates.Remove(copy);
        await db.SaveChangesAsync(ct);
    }

    private (DocumentTemplateDefinition Definition, string DefaultContent) Find(string name, string culture)
    {
        if (!DocumentTemplateConsts.Cultures.Contains(culture))
            throw new InputValidationException("culture", KemelSchoolPDErrorCodes.Documents.UnsupportedCulture);
        var definition = registry.All.FirstOrDefault(d => d.Name == name) ?? throw new EntityNotFoundException(typeof(DocumentTemplate), name);
        return (definition, definition.ReadDefault(culture) ?? "");
    }
}
