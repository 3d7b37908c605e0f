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
                return new DocumentTemplateDto(
                    x.Definition.Name,
                    localizer[x.Definition.DisplayNameKey],
                    x.Culture,
                    copy is not null,
                    copy?.Modified);
            })
            .OrderBy(t => t.DisplayName, StringComparer.CurrentCulture).ThenBy(t => t.Culture, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<DocumentTemplateContentDto> GetAsync(string name, string culture, CancellationToken ct = default)
    {
        var (definition, defaultContent) = Find(name, culture);
        var copy = await db.DocumentTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Name == name && t.Culture == culture, ct);
        return new DocumentTemplateContentDto(name, localizer[definition.DisplayNameKey], culture, copy is not null,
            copy?.Content ?? defaultContent, defaultContent, copy?.ConcurrencyStamp, TemplateFields.Of(defaultContent));
    }

    /// <summary>
    /// What a template text (a draft, not saved) prints with each field showing its own name: the same check as saving,
    /// then every branch and loop that reads a field, so a mistake inside a loop shows before any teacher's document fails.
    /// </summary>
    public DocumentPreviewDto Preview(string name, string culture, PreviewDocumentTemplateDto input)
    {
        Find(name, culture);
        ThrowIfUnusable(renderer.FindError(input.Content));
        ThrowIfUnusable(renderer.TryRenderSample(input.Content, culture, out var markup));
        try
        {
            return DocumentPreview.From(markup!);
        }
        catch (DocumentMarkupException e)
        {
            throw Unusable(new TemplateError(null, e.Message));
        }
    }

    public async Task<DocumentTemplateContentDto> UpdateAsync(
        string name,
        string culture,
        UpdateDocumentTemplateDto input,
        CancellationToken ct = default)
    {
        Find(name, culture);
        ThrowIfUnusable(renderer.FindError(input.Content));

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

    private static void ThrowIfUnusable(TemplateError? error)
    {
        if (error is not null) throw Unusable(error);
    }

    /// <summary>The template's reason on its field, with the line at fault when Liquid knows it.</summary>
    private static InputValidationException Unusable(TemplateError error)
    {
        const string field = nameof(UpdateDocumentTemplateDto.Content);
        FieldError[] errors = error.Line is { } line
            ? [new(field, KemelSchoolPDErrorCodes.Documents.InvalidTemplate, error.Message),
                new(field, KemelSchoolPDErrorCodes.Documents.InvalidTemplateLine, line)]
            : [new(field, KemelSchoolPDErrorCodes.Documents.InvalidTemplate, error.Message)];
        return new InputValidationException(errors);
    }

    private (DocumentTemplateDefinition Definition, string DefaultContent) Find(string name, string culture)
    {
        if (!DocumentTemplateConsts.Cultures.Contains(culture))
            throw new InputValidationException("culture", KemelSchoolPDErrorCodes.Documents.UnsupportedCulture);
        var definition = registry.All.FirstOrDefault(d => d.Name == name)
            ?? throw new EntityNotFoundException(typeof(DocumentTemplate), name);
        return (definition, definition.ReadDefault(culture) ?? "");
    }
}
