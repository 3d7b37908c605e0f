using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>The school's mentoring rules (mentor capacity, meeting rhythm, weekly card): read by everyone who works with pairs, changed by the director.</summary>
public sealed class MentoringSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
{
    private MentoringRules? _rules;

    public async Task<MentoringSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var settings = await db.MentoringSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        return ToDto(settings?.ToRules() ?? MentoringRules.Default, settings is null, settings?.ConcurrencyStamp);
    }

    public async Task<MentoringSettingsDto> UpdateAsync(UpdateMentoringSettingsDto input, CancellationToken ct = default)
    {
        if (!currentTenant.IsAvailable) throw new ForbiddenException();
        var rules = new MentoringRules(input.MentorCapacity, input.CadenceMeetings, input.CadenceDays, input.WeeklyCardInFirstYear);
        var settings = await db.MentoringSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            // Two first saves at once: the unique index on the school lets one through, the other answers 409.
            if (input.ConcurrencyStamp is not null) throw new ConflictException(CommonErrorCodes.ConcurrencyConflict);
            db.MentoringSettings.Add(settings = new MentoringSettings(Guid.CreateVersion7(), rules));
        }
        else
        {
            db.ExpectConcurrencyStamp(settings, input.ConcurrencyStamp ?? "");
            settings.Update(rules);
        }
        await db.SaveChangesAsync(ct);
        _rules = null;
        return ToDto(settings.ToRules(), false, settings.ConcurrencyStamp);
    }

    /// <summary>The current school's rules (read once per request).</summary>
    public async Task<MentoringRules> RulesAsync(CancellationToken ct = default) =>
        _rules ??= (await db.MentoringSettings.AsNoTracking().FirstOrDefaultAsync(ct))?.ToRules() ?? MentoringRules.Default;

    /// <summary>The rules of many schools at once (the reminder sweep runs with the school filter off).</summary>
    public async Task<Func<Guid, MentoringRules>> RulesOfAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken ct = default)
    {
        var rows = await db.MentoringSettings.AsNoTracking().Where(s => schoolIds.Contains(s.TenantId)).ToListAsync(ct);
        var bySchool = rows.ToDictionary(s => s.TenantId, s => s.ToRules());
        return id => bySchool.GetValueOrDefault(id) ?? MentoringRules.Default;
    }

    /// <summary>
    /// The rules "my work" applies: of the caller's school on a page, of each school of the batch in the reminder sweep (no caller).
    /// </summary>
    public async Task<Func<Guid, MentoringRules>> RulesForAsync(bool sweep, IReadOnlyCollection<Guid> schoolIds, CancellationToken ct = default)
    {
        if (sweep) return await RulesOfAsync(schoolIds, ct);
        var own = await RulesAsync(ct);
        return _ => own;
    }

    private static MentoringSettingsDto ToDto(MentoringRules r, bool isDefault, string? stamp) =>
        new(r.MentorCapacity, r.CadenceMeetings, r.CadenceDays, r.WeeklyCardInFirstYear, isDefault, stamp);
}
