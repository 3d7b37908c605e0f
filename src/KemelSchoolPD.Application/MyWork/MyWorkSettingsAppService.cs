using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.MyWork;

/// <summary>The school's due-date rules: read by every "my work" list, changed by the director.</summary>
public sealed class MyWorkSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
{
    private MyWorkRules? _rules;

    public async Task<MyWorkSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var settings = await db.MyWorkSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        return ToDto(settings?.ToRules() ?? MyWorkRules.Default, settings is null, settings?.ConcurrencyStamp);
    }

    public async Task<MyWorkSettingsDto> UpdateAsync(UpdateMyWorkSettingsDto input, CancellationToken ct = default)
    {
        if (!currentTenant.IsAvailable) throw new ForbiddenException();
        var rules = new MyWorkRules(input.DueSoonDays, input.PlanAgreementDays, input.PlanRevisionDays, input.ObservationSignDays,
            input.ObservationReplyDays, input.ReviewerMarksDays, input.MentorSharedDays, input.QuarterEnds, input.HalfYearEnds);
        var settings = await db.MyWorkSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            // Two first saves at once: the unique index on the school lets one through, the other answers 409.
            if (input.ConcurrencyStamp is not null) throw new ConflictException(CommonErrorCodes.ConcurrencyConflict);
            db.MyWorkSettings.Add(settings = new MyWorkSettings(Guid.CreateVersion7(), rules));
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
    public async Task<MyWorkRules> RulesAsync(CancellationToken ct = default) =>
        _rules ??= (await db.MyWorkSettings.AsNoTracking().FirstOrDefaultAsync(ct))?.ToRules() ?? MyWorkRules.Default;

    /// <summary>The rules of many schools at once (the reminder sweep runs with the school filter off).</summary>
    public async Task<Func<Guid, MyWorkRules>> RulesOfAsync(IReadOnlyCollection<Guid> schoolIds, CancellationToken ct = default)
    {
        var rows = await db.MyWorkSettings.AsNoTracking().Where(s => schoolIds.Contains(s.TenantId)).ToListAsync(ct);
        var bySchool = rows.ToDictionary(s => s.TenantId, s => s.ToRules());
        return id => bySchool.GetValueOrDefault(id) ?? MyWorkRules.Default;
    }

    private static MyWorkSettingsDto ToDto(MyWorkRules r, bool isDefault, string? stamp) =>
        new(r.DueSoonDays, r.PlanAgreementDays, r.PlanRevisionDays, r.ObservationSignDays, r.ObservationReplyDays, r.ReviewerMarksDays,
            r.MentorSharedDays, r.QuarterEnds, r.HalfYearEnds, isDefault, stamp);
}
