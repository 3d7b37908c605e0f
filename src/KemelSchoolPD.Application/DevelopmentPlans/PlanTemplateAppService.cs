using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>Plan templates: the two built-in forms of seed 004 and the school's own variants.</summary>
public sealed class PlanTemplateAppService(IKemelSchoolPDDbContext db)
{
    /// <summary>"kk" or "ru" (English readers see the Russian titles: the seed has no English form).</summary>
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "kk" ? "kk" : "ru";

    /// <summary>One list paged across both kinds: the built-in forms first (in their order), then the school's own by name.</summary>
    public async Task<PagedResultDto<PlanTemplateDto>> GetListAsync(GetPlanTemplateListInput input, CancellationToken ct = default)
    {
        var builtIn = input.BuiltIn == false ? [] : BuiltInPlanTemplates.All;
        var own = db.PlanTemplates.AsNoTracking();
        var ownCount = input.BuiltIn == true ? 0 : await own.LongCountAsync(ct);
        var (skip, take) = (input.Skip(), input.Take());
        var page = builtIn.Skip(skip).Take(take).Select(t => ToDto(t, null)).ToList();
        if (page.Count < take && ownCount > 0)
        {
            var ownPage = await own.OrderBy(t => t.Name).ThenBy(t => t.Id)
                .Skip(Math.Max(0, skip - builtIn.Count)).Take(take - page.Count).ToListAsync(ct);
            page.AddRange(ownPage.Select(t => ToDto(t.ToInfo(), t.ConcurrencyStamp)));
        }
        return new PagedResultDto<PlanTemplateDto>(builtIn.Count + ownCount, page);
    }

    public async Task<PlanTemplateDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (BuiltInPlanTemplates.Find(id) is { } builtIn) return ToDto(builtIn, null);
        var template = await db.PlanTemplates.AsNoTracking().GetAsync(id, ct);
        return ToDto(template.ToInfo(), template.ConcurrencyStamp);
    }

    public async Task<PlanTemplateDto> CreateAsync(CreatePlanTemplateDto input, CancellationToken ct = default)
    {
        await EnsureUniqueNameAsync(input.Name, null, ct);
        var template = new PlanTemplate(Guid.CreateVersion7(), input.Name, input.LayoutKind, input.Sections);
        db.PlanTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return await GetAsync(template.Id, ct);
    }

    public async Task<PlanTemplateDto> UpdateAsync(Guid id, UpdatePlanTemplateDto input, CancellationToken ct = default)
    {
        var template = await FindOwnAsync(id, ct);
        db.ExpectConcurrencyStamp(template, input.ConcurrencyStamp);
        await EnsureUniqueNameAsync(input.Name, id, ct);
        // Plans keep their rows: a template in use may not lose a section or row its plans fill.
        if (await db.DevelopmentPlans.AnyAsync(p => p.TemplateId == id, ct))
        {
            var keptKeys = input.Sections.SelectMany(s => (s.Rows ?? []).Select(r => s.Key + "/" + r.Key).Append(s.Key + "/")).ToHashSet();
            if (template.Sections.SelectMany(s => s.Rows.Select(r => s.Key + "/" + r.Key).Append(s.Key + "/"))
                .Any(k => !keptKeys.Contains(k))
                || input.LayoutKind != template.LayoutKind)
                throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.TemplateInUse);
        }
        template.Update(input.Name, input.LayoutKind, input.Sections);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var template = await FindOwnAsync(id, ct);
        if (await db.DevelopmentPlans.AnyAsync(p => p
            .TemplateId == id, ct)) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.TemplateInUse);
        db.PlanTemplates.Remove(template);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A template in use cannot be deleted, so every plan finds its own. The template a plan names: built-in, or one of this
    /// school's (another school's id is unknown, as is a made-up one).</summary>
    public async Task<PlanTemplateInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        BuiltInPlanTemplates.Find(id) ?? (await db.PlanTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct))?.ToInfo();

    /// <summary>A template named in a request body: an unknown one is a 400 with a localized code.</summary>
    public async Task<PlanTemplateInfo> ResolveAsync(Guid id, CancellationToken ct = default) =>
        await FindAsync(id, ct)
            ?? throw new InputValidationException("TemplateId", KemelSchoolPDErrorCodes.DevelopmentPlans.UnknownTemplate);

    public static PlanTemplateDto ToDto(PlanTemplateInfo t, string? stamp) =>
        new(t.Id, t.Name(Culture), t.NameKk, t.NameRu, t.LayoutKind, t.IsBuiltIn, t.Sections, stamp);

    private async Task<PlanTemplate> FindOwnAsync(Guid id, CancellationToken ct)
    {
        if (BuiltInPlanTemplates
            .Find(id) is not null) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.BuiltInTemplateReadOnly);
        return await db.PlanTemplates.GetAsync(id, ct);
    }

    private async Task EnsureUniqueNameAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var trimmed = name.Trim();
        if (await db.PlanTemplates.AnyAsync(t => t.Name == trimmed && t.Id != exceptId, ct))
            throw new InputValidationException(nameof(PlanTemplate.Name), KemelSchoolPDErrorCodes.DevelopmentPlans.DuplicateTemplateName);
    }
}
