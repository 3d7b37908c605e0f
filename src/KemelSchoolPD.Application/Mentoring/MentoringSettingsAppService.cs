using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.Mentoring;

/// <summary>The school's mentoring rules (mentor capacity, meeting rhythm, weekly card): read by everyone who works with pairs, changed by the director.</summary>
public sealed class MentoringSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
    : SchoolSettingsStore<MentoringSettings, MentoringRules>(db, currentTenant, d => d.MentoringSettings)
{
    public async Task<MentoringSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var (rules, isDefault, stamp) = await ReadAsync(ct);
        return ToDto(rules, isDefault, stamp);
    }

    public async Task<MentoringSettingsDto> UpdateAsync(UpdateMentoringSettingsDto input, CancellationToken ct = default)
    {
        var (rules, stamp) = await SaveAsync(
            new MentoringRules(input.MentorCapacity, input.CadenceMeetings, input.CadenceDays, input.WeeklyCardInFirstYear), input.ConcurrencyStamp, ct);
        return ToDto(rules, false, stamp);
    }

    private static MentoringSettingsDto ToDto(MentoringRules r, bool isDefault, string? stamp) =>
        new(r.MentorCapacity, r.CadenceMeetings, r.CadenceDays, r.WeeklyCardInFirstYear, isDefault, stamp);
}
