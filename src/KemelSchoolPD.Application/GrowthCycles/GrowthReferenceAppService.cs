using System.Globalization;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// The cycle's reference data: stage guidance (Tables 1–3) and the professional standard's competences, built in and
/// extended by the school's own rows; the default wheel sectors; and the school's choice of required artefacts per stage.
/// </summary>
public sealed class GrowthReferenceAppService(IKemelSchoolPDDbContext db)
{
    private Dictionary<GrowthParticipantKind, Dictionary<GrowthCycleStage, IReadOnlyList<GrowthArtefactKind>>>? _required;
    private HashSet<string>? _competenceCodes;

    /// <summary>Reference texts exist in kk and ru; English readers get Russian.</summary>
    public static string Culture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "kk" ? "kk" : "ru";

    private static string Pick(string kk, string ru) => Culture == "kk" ? kk : ru;

    /// <summary>The reader's language for texts that also exist in English (kk, ru or en).</summary>
    private static string Culture3
        => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch { "kk" => "kk", "en" => "en", _ => "ru" };

    // ── The professional standard ──────────────────────────────────────────────────────────────────────────────────

    public async Task<ProfessionalStandardDto> GetStandardAsync(CancellationToken ct = default)
    {
        var culture = Culture3;
        return new ProfessionalStandardDto(
            ProfessionalStandardReference.Groups.Select(g => new CompetenceGroupDto(g.Group, g.Name.In(culture), g.Description.In(culture)))
                .ToList(),
            ProfessionalStandardReference.Values.Select(v => v.In(culture)).ToList(),
            ProfessionalStandardReference.Requirements
                .Select(r => new QualificationRequirementDto(r.Order, r.Kind, r.Requirement?.In(culture),
                    r.Moderator?.In(culture), r.Expert?.In(culture), r.Researcher?.In(culture), r.Master?.In(culture), r.SpansAll))
                .ToList(),
            await GetCompetencesAsync(ct));
    }

    public async Task<List<GrowthGuidanceDto>> GetGuidanceAsync(GetGrowthGuidanceInput input, CancellationToken ct = default)
    {
        // A category filter also keeps the rows meant for every category.
        var builtIn = BuiltInGrowthReference.Guidance
            .Where(g => input.Stage is null || g.Stage == input.Stage)
            .Where(g => input.ParticipantKind is null || g.ParticipantKind == input.ParticipantKind)
            .Where(g => input.Category is null || g.Category is null || g.Category == input.Category)
            .Select(g => new GrowthGuidanceDto(null, g.Stage, g.ParticipantKind, g.Category, Pick(g.TextKk, g.TextRu), g.TextKk, g
                .TextRu, true, g.Source,
                g.Source is GrowthGuidanceSource.TeacherActions or GrowthGuidanceSource.AdministrationActions
                    ? Columns(g.ParticipantKind, g.Stage)
                    : null));
        var own = await db.GrowthStageGuidance.AsNoTracking()
            .WhereIf(input.Stage.HasValue, g => g.Stage == input.Stage)
            .WhereIf(input.ParticipantKind.HasValue, g => g.ParticipantKind == input.ParticipantKind)
            .WhereIf(input.Category.HasValue, g => g.Category == null || g.Category == input.Category)
            .OrderBy(g => g.CreationTime).ToListAsync(ct);
        return builtIn.Concat(own.Select(ToDto)).OrderBy(g => g.ParticipantKind).ThenBy(g => g.Stage).ThenBy(g => g.Source)
            .ThenBy(g => g.Category)
            .ToList();
    }

    public async Task<GrowthGuidanceDto> AddGuidanceAsync(CreateGrowthGuidanceDto input, CancellationToken ct = default)
    {
        var row = new GrowthStageGuidance(
            Guid.CreateVersion7(),
            input.Stage,
            input.ParticipantKind,
            input.Category,
            input.TextKk,
            input.TextRu);
        db.GrowthStageGuidance.Add(row);
        await db.SaveChangesAsync(ct);
        return ToDto(row);
    }

    public async Task DeleteGuidanceAsync(Guid id, CancellationToken ct = default)
    {
        db.GrowthStageGuidance.Remove(await db.GrowthStageGuidance.GetAsync(id, ct));
        await db.SaveChangesAsync(ct);
    }

    public async Task<List<GrowthCompetenceDto>> GetCompetencesAsync(CancellationToken ct = default)
    {
        var own = await db.GrowthCompetences.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var functions = BuiltInGrowthReference.Competences.GroupBy(c => c.FunctionCode)
            .ToDictionary(g => g.Key, g => Pick(g.First().FunctionKk, g.First().FunctionRu));
        return BuiltInGrowthReference.Competences
            .Select(c => new GrowthCompetenceDto(
                null,
                c.Code,
                c.FunctionCode,
                Pick(c.FunctionKk, c.FunctionRu),
                Pick(c.NameKk, c.NameRu),
                c.NameKk,
                c.NameRu,
                true,
                ProfessionalStandardReference.GroupOf(c.FunctionCode)))
            .Concat(own.Select(c => ToDto(c, functions.GetValueOrDefault(c.FunctionCode, c.FunctionCode))))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    public async Task<GrowthCompetenceDto> AddCompetenceAsync(CreateGrowthCompetenceDto input, CancellationToken ct = default)
    {
        var code = input.Code.Trim();
        if ((await CompetenceCodesAsync(ct)).Contains(code))
            throw new ConflictException(CommonErrorCodes.DuplicateValue).WithData("Value", code);
        var row = new GrowthCompetence(Guid.CreateVersion7(), code, input.FunctionCode, input.NameKk, input.NameRu).SetGroup(input.Group);
        db.GrowthCompetences.Add(row);
        await db.SaveChangesAsync(ct);
        _competenceCodes = null;
        return ToDto(row, row.FunctionCode);
    }

    public async Task DeleteCompetenceAsync(Guid id, CancellationToken ct = default)
    {
        db.GrowthCompetences.Remove(await db.GrowthCompetences.GetAsync(id, ct));
        await db.SaveChangesAsync(ct);
        _competenceCodes = null;
    }

    public async Task<IReadOnlySet<string>> CompetenceCodesAsync(CancellationToken ct = default)
    {
        if (_competenceCodes is not null) return _competenceCodes;
        var own = await db.GrowthCompetences.AsNoTracking().Select(c => c.Code).ToListAsync(ct);
        return _competenceCodes = BuiltInGrowthReference.Competences.Select(c => c.Code).Concat(own).ToHashSet(StringComparer.Ordinal);
    }

    public async Task EnsureKnownCompetencesAsync(IEnumerable<string> codes, string field, CancellationToken ct = default)
    {
        var known = await CompetenceCodesAsync(ct);
        var unknown = codes.Select(c => c.Trim()).Where(c => c.Length > 0 && !known.Contains(c)).ToList();
        if (unknown
            .Count > 0) throw new InputValidationException(field, KemelSchoolPDErrorCodes.GrowthCycles.UnknownCompetence, unknown[0]);
    }

    public WheelSectorDefaultsDto GetWheelSectors() =>
        new(BuiltInGrowthReference.WheelSectors.Select(s => Pick(s.Kk, s.Ru)).ToList());

    // ── Required artefacts per stage ───────────────────────────────────────────────────────────────────────────────

    public async Task<List<GrowthStageSettingDto>> GetStageSettingsAsync(CancellationToken ct = default)
    {
        var own = await db.GrowthStageSettings.AsNoTracking().ToListAsync(ct);
        return Enum.GetValues<GrowthParticipantKind>().SelectMany(kind => GrowthStageRules.Stages.Select(stage =>
        {
            var setting = own.FirstOrDefault(s => s.ParticipantKind == kind && s.Stage == stage);
            var defaults = GrowthStageRules.DefaultRequired(kind, stage);
            return new GrowthStageSettingDto(
                kind,
                stage,
                GrowthStageRules.Allowed(kind, stage),
                defaults,
                setting?.RequiredKinds ?? defaults,
                setting is not null);
        })).ToList();
    }

    public async Task<List<GrowthStageSettingDto>> UpdateStageSettingAsync(
        UpdateGrowthStageSettingDto input,
        CancellationToken ct = default)
    {
        var setting = await db.GrowthStageSettings
            .FirstOrDefaultAsync(s => s.ParticipantKind == input.ParticipantKind && s.Stage == input.Stage, ct);
        if (input.RequiredKinds is null)
        {
            if (setting is not null) db.GrowthStageSettings.Remove(setting);
        }
        else
        {
            if (setting is null)
            {
                setting = new GrowthStageSetting(Guid.CreateVersion7(), input.ParticipantKind, input.Stage);
                db.GrowthStageSettings.Add(setting);
            }
            setting.SetRequired(input.RequiredKinds);
        }
        await db.SaveChangesAsync(ct);
        _required = null;
        return await GetStageSettingsAsync(ct);
    }

    public async Task<IReadOnlyList<GrowthArtefactKind>> RequiredKindsAsync(
        GrowthParticipantKind kind,
        GrowthCycleStage stage,
        CancellationToken ct = default) =>
        (await RequiredKindsByStageAsync(kind, ct))[stage];

    public async Task<IReadOnlyDictionary<GrowthCycleStage, IReadOnlyList<GrowthArtefactKind>>> RequiredKindsByStageAsync(
        GrowthParticipantKind kind,
        CancellationToken ct = default)
    {
        if (_required is null)
        {
            var own = await db.GrowthStageSettings.AsNoTracking().ToListAsync(ct);
            _required = Enum.GetValues<GrowthParticipantKind>().ToDictionary(k => k, k => GrowthStageRules.Stages.ToDictionary(s => s,
                s => own.FirstOrDefault(o => o.ParticipantKind == k && o.Stage == s)?.RequiredKinds is { } list
                    ? (IReadOnlyList<GrowthArtefactKind>)list
                    : GrowthStageRules.DefaultRequired(k, s)));
        }
        return _required[kind];
    }

    /// <summary>Table 1 or 2's columns for the stage, in the reader's language.</summary>
    public static GrowthStageColumnsDto? Columns(GrowthParticipantKind kind, GrowthCycleStage stage)
    {
        if (BuiltInStageTables.For(kind, stage) is not { } row) return null;
        var culture = Culture;
        return new GrowthStageColumnsDto(row.Content.Select(t => t.In(culture)).ToList(), row.Forms.Select(t => t.In(culture)).ToList(),
            row.Indicators.Select(t => t.In(culture)).ToList(), row.SchoolResult?.In(culture));
    }

    private static GrowthGuidanceDto ToDto(GrowthStageGuidance g) =>
        new(g.Id, g.Stage, g.ParticipantKind, g.Category, Pick(g.TextKk, g.TextRu), g.TextKk, g.TextRu, false, GrowthGuidanceSource.School);

    private static GrowthCompetenceDto ToDto(GrowthCompetence c, string function) =>
        new(c.Id, c.Code, c.FunctionCode, function, Pick(c.NameKk, c.NameRu), c.NameKk, c.NameRu, false, c.Group);
}
