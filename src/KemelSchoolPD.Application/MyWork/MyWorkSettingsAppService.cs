using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.MyWork;

/// <summary>The school's due-date rules: read by every "my work" list, changed by the director.</summary>
public sealed class MyWorkSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
    : SchoolSettingsStore<MyWorkSettings, MyWorkRules>(db, currentTenant, d => d.MyWorkSettings)
{
    public async Task<MyWorkSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var (rules, isDefault, stamp) = await ReadAsync(ct);
        return ToDto(rules, isDefault, stamp);
    }

    public async Task<MyWorkSettingsDto> UpdateAsync(UpdateMyWorkSettingsDto input, CancellationToken ct = default)
    {
        var (rules, stamp) = await SaveAsync(new MyWorkRules(input.DueSoonDays, input.PlanAgreementDays, input.PlanRevisionDays,
            input.ObservationSignDays, input.ObservationReplyDays, input.ReviewerMarksDays, input.MentorSharedDays, input.QuarterEnds,
            input.HalfYearEnds), input.ConcurrencyStamp, ct);
        return ToDto(rules, false, stamp);
    }

    private static MyWorkSettingsDto ToDto(MyWorkRules r, bool isDefault, string? stamp) =>
        new(r.DueSoonDays, r.PlanAgreementDays, r.PlanRevisionDays, r.ObservationSignDays, r.ObservationReplyDays, r.ReviewerMarksDays,
            r.MentorSharedDays, r.QuarterEnds, r.HalfYearEnds, isDefault, stamp);
}
