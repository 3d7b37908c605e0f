using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// Level templates: the five built-in forms of seed 004 plus the school's copies. A school edits a level by editing the built-in
/// form (that makes its copy, active at once) or its copy; activating the built-in form again returns to the seed's rows.
/// </summary>
public sealed class RouteSheetTemplateAppService(IKemelSchoolPDDbContext db)
{
    /// <summary>"kk" or "ru" (English readers see the Russian texts: the seed has no English form).</summary>
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "kk" ? "kk" : "ru";

    public async Task<List<RouteSheetTemplateDto>> GetListAsync(CancellationToken ct = default)
    {
        var own = await db.RouteSheetTemplates.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.CreationTime).ToListAsync(ct);
        return BuiltInRouteSheetTemplates.All.Select(b => ToDto(b, !own.Any(o => o.Category == b.Category && o.IsActive)))
            .Concat(own.Select(ToDto)).OrderBy(t => t.Category).ThenBy(t => t.IsBuiltIn ? 0 : 1).ToList();
    }

    public async Task<RouteSheetTemplateDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        if (BuiltInRouteSheetTemplates.Find(id) is { } builtIn)
            return ToDto(builtIn, !await db.RouteSheetTemplates.AnyAsync(t => t.Category == builtIn.Category && t.IsActive, ct));
        return ToDto(await db.RouteSheetTemplates.AsNoTracking().GetAsync(id, ct));
    }

    /// <summary>Editing a built-in form makes the school's copy with the edits; editing a copy changes it (stamp checked).</summary>
    public async Task<RouteSheetTemplateDto> UpdateAsync(Guid id, UpdateRouteSheetTemplateDto input, CancellationToken ct = default)
    {
        RouteSheetTemplate template;
        if (BuiltInRouteSheetTemplates.Find(id) is { } builtIn)
        {
            template = new RouteSheetTemplate(Guid.CreateVersion7(), builtIn);
            await DeactivateLevelAsync(builtIn.Category, ct);
            db.RouteSheetTemplates.Add(template);
        }
        else
        {
            template = await db.RouteSheetTemplates.GetAsync(id, ct);
            db.ExpectConcurrencyStamp(template, input.ConcurrencyStamp ?? "");
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.Entry(template).State != EntityState.Added)
        {
            // Sheets assigned in bulk that have not taken their texts and rows yet keep those they were assigned with.
            IReadOnlyList<RouteSheetRow> current = template.Rows.Select(RouteSheetRow.From).ToList();
            IReadOnlyList<RouteSheetRow> none = [];
            await db.RouteSheets.Where(r => r.TemplateId == id && r.Rows == none)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Rows, current), ct);
            await db.RouteSheets.Where(r => r.TemplateId == id && r.TitleKk == null).ExecuteUpdateAsync(u => u
                .SetProperty(r => r.TitleKk, template.TitleKk).SetProperty(r => r.TitleRu, template.TitleRu)
                .SetProperty(r => r.StageKk, template.StageKk).SetProperty(r => r.StageRu, template.StageRu)
                .SetProperty(r => r.GoalKk, template.GoalKk).SetProperty(r => r.GoalRu, template.GoalRu), ct);
        }
        template.Update(input.TitleKk, input.TitleRu, input.StageKk, input.StageRu, input.GoalKk, input.GoalRu, input.Rows);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ToDto(template);
    }

    /// <summary>Makes a copy of any template (built-in or the school's) as the level's active template.</summary>
    public async Task<RouteSheetTemplateDto> CopyAsync(Guid id, CancellationToken ct = default)
    {
        var source = await FindAsync(id, ct) ?? throw new EntityNotFoundException(typeof(RouteSheetTemplate), id);
        var copy = new RouteSheetTemplate(Guid.CreateVersion7(), source);
        await DeactivateLevelAsync(source.Category, ct);
        db.RouteSheetTemplates.Add(copy);
        await db.SaveChangesAsync(ct);
        return ToDto(copy);
    }

    /// <summary>Makes the template its level's active one (for a built-in form: the school's copies of the level go inactive).</summary>
    public async Task<RouteSheetTemplateDto> ActivateAsync(Guid id, CancellationToken ct = default)
    {
        if (BuiltInRouteSheetTemplates.Find(id) is { } builtIn)
        {
            await DeactivateLevelAsync(builtIn.Category, ct);
            await db.SaveChangesAsync(ct);
            return ToDto(builtIn, true);
        }
        var template = await db.RouteSheetTemplates.GetAsync(id, ct);
        await DeactivateLevelAsync(template.Category, ct);
        template.Activate();
        await db.SaveChangesAsync(ct);
        return ToDto(template);
    }

    /// <summary>A built-in form or one of this school's copies; null for anything else (another school's copy included).</summary>
    public async Task<RouteSheetTemplateInfo?> FindAsync(Guid id, CancellationToken ct = default) =>
        BuiltInRouteSheetTemplates.Find(id)
            ?? (await db.RouteSheetTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct))?.ToInfo();

    /// <summary>The template new sheets of the level are made from: the school's active copy, otherwise the built-in form.</summary>
    public async Task<RouteSheetTemplateInfo> ActiveAsync(QualificationCategory category, CancellationToken ct = default) =>
        (await db.RouteSheetTemplates.AsNoTracking().Where(t => t.Category == category && t.IsActive)
            .OrderByDescending(t => t.CreationTime).FirstOrDefaultAsync(ct))?.ToInfo()
        ?? BuiltInRouteSheetTemplates.Of(category);

    /// <summary>The active template of each level (the school's own or the built-in one), in one query.</summary>
    public async Task<IReadOnlyList<RouteSheetTemplateInfo>> ActiveAsync(
        IReadOnlyCollection<QualificationCategory> categories,
        CancellationToken ct = default)
    {
        var own = await db.RouteSheetTemplates.AsNoTracking().Where(t => categories.Contains(t.Category) && t.IsActive).ToListAsync(ct);
        return categories.Select(
            c => own.Where(t => t.Category == c).MaxBy(t => t.CreationTime)?.ToInfo() ?? BuiltInRouteSheetTemplates.Of(c)).ToList();
    }

    private async Task DeactivateLevelAsync(QualificationCategory category, CancellationToken ct)
    {
        foreach (var active in await db.RouteSheetTemplates.Where(t => t.Category == category && t.IsActive).ToListAsync(ct)) active
            .Deactivate();
    }

    private static RouteSheetTemplateDto ToDto(RouteSheetTemplate t) => new(t.Id, t.Category, false, t.IsActive, t.SourceTemplateId,
        t.TitleKk, t.TitleRu, t.StageKk, t.StageRu, t.GoalKk, t.GoalRu, t.Rows, t.ConcurrencyStamp);

    private static RouteSheetTemplateDto ToDto(RouteSheetTemplateInfo t, bool isActive) => new(t.Id, t.Category, true, isActive, null,
        t.TitleKk, t.TitleRu, t.StageKk, t.StageRu, t.GoalKk, t.GoalRu, t.Rows, null);
}
