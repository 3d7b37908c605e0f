using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// The school's names for the self-assessment levels and its category ladder: read by everyone who sees the scale or a next
/// category, changed by who holds the growth-cycle settings (director, deputy).
/// </summary>
public sealed class SchoolReferenceSettingsAppService(IKemelSchoolPDDbContext db, ICurrentTenant currentTenant)
    : SchoolSettingsStore<SchoolReferenceSetting, ReferenceRules>(db, currentTenant, d => d.SchoolReferenceSettings)
{
    public async Task<SchoolReferenceSettingsDto> GetAsync(CancellationToken ct = default)
    {
        var (rules, _, stamp) = await ReadAsync(ct);
        return ToDto(rules, stamp);
    }

    public async Task<SchoolReferenceSettingsDto> UpdateAsync(UpdateSchoolReferenceSettingsDto input, CancellationToken ct = default)
    {
        var (rules, stamp) = await SaveAsync(
            new ReferenceRules(input.ScaleLabelsKk, input.ScaleLabelsRu, input.ScaleLabelsEn, input.SkippedCategories),
            input.ConcurrencyStamp,
            ct);
        return ToDto(rules, stamp);
    }

    private static SchoolReferenceSettingsDto ToDto(ReferenceRules r, string? stamp)
    {
        static IReadOnlyList<string> Or(IReadOnlyList<string>? own, IReadOnlyList<string> defaults)
            => own is { Count: > 0 } ? own : defaults;
        var kk = Or(r.ScaleLabelsKk, SchoolReferenceSetting.DefaultLabelsKk);
        var ru = Or(r.ScaleLabelsRu, SchoolReferenceSetting.DefaultLabelsRu);
        var en = Or(r.ScaleLabelsEn, SchoolReferenceSetting.DefaultLabelsEn);
        var isDefault = (r.ScaleLabelsKk?.Count ?? 0) == 0 && (r.ScaleLabelsRu?.Count ?? 0) == 0 && (r.ScaleLabelsEn?.Count ?? 0) == 0;
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new SchoolReferenceSettingsDto(
            culture switch { "kk" => kk, "en" => en, _ => ru },
            kk,
            ru,
            en,
            isDefault,
            r.SkippedCategories,
            CategoryLadder.Used(r.SkippedCategories),
            stamp);
    }
}
