using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.Mentoring;

/// <summary>The school's mentoring rules (mentor capacity, meeting rhythm, weekly card, time zone): read by everyone who works with pairs,
/// changed by the director.</summary>
public sealed class MentoringSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
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
            new MentoringRules(input.MentorCapacity, input.CadenceMeetings, input.CadenceDays, input.WeeklyCardInFirstYear,
                input.TimeZone ?? MentoringConsts.DefaultTimeZone), input.ConcurrencyStamp, ct);
        return ToDto(rules, false, stamp);
    }

    private MentoringSettingsDto ToDto(MentoringRules r, bool isDefault, string? stamp) =>
        new(r.MentorCapacity, r.CadenceMeetings, r.CadenceDays, r.WeeklyCardInFirstYear, isDefault, stamp, r.TimeZone,
            (int)r.Zone.GetUtcOffset(clock.GetUtcNow()).TotalMinutes);
}

/// <summary>
/// The current school's clock for mentoring: its time zone (from the mentoring settings), today's date there, and meeting times
/// typed in it turned to UTC for storing.
/// </summary>
public sealed class MentoringSchoolTime(MentoringSettingsAppService settings, TimeProvider clock)
{
    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken ct = default) => (await settings.RulesAsync(ct)).Zone;

    /// <summary>Today in the school's time zone.</summary>
    public async Task<DateOnly> TodayAsync(CancellationToken ct = default) =>
        DateOnly.FromDateTime(SchoolTimeZone.ToSchool(clock.GetUtcNow().UtcDateTime, await ZoneAsync(ct)));

    /// <summary>A meeting time as typed (without an offset: the school's wall clock) as UTC.</summary>
    public async Task<DateTime> ToUtcAsync(DateTime value, CancellationToken ct = default)
        => SchoolTimeZone.ToUtc(value, await ZoneAsync(ct));
}
