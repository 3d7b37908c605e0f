using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>The school's reference settings as values: five labels per language (empty: the defaults), the categories not used.</summary>
public sealed record ReferenceRules(
    IReadOnlyList<string>? ScaleLabelsKk,
    IReadOnlyList<string>? ScaleLabelsRu,
    IReadOnlyList<string>? ScaleLabelsEn,
    IReadOnlyList<QualificationCategory> SkippedCategories);

/// <summary>
/// A school's own names for the five levels of the competence self-assessment scale (the scale is the product's, not the
/// seeds'), per language, and the categories of the national ladder the school does not use. One row per school; no row: the
/// defaults (the product's level names, the full ladder).
/// </summary>
public sealed class SchoolReferenceSetting : AggregateRoot<Guid>, ISchoolSettings<SchoolReferenceSetting, ReferenceRules>, IAuditedEntity
{
    public const int LevelCount = GrowthCycleConsts.MaxCompetenceLevel - GrowthCycleConsts.MinCompetenceLevel + 1;

    public Guid TenantId { get; private set; }
    /// <summary>Five labels, or empty for the defaults.</summary>
    public IReadOnlyList<string> ScaleLabelsKk { get; private set; } = [];
    public IReadOnlyList<string> ScaleLabelsRu { get; private set; } = [];
    public IReadOnlyList<string> ScaleLabelsEn { get; private set; } = [];
    public IReadOnlyList<QualificationCategory> SkippedCategories { get; private set; } = [];

    /// <summary>The product's level names (the scale is not in the seeds).</summary>
    public static readonly IReadOnlyList<string> DefaultLabelsKk = ["бастапқы", "дамып келе жатқан", "жеткілікті", "жоғары", "үлгілі"];
    public static readonly IReadOnlyList<string> DefaultLabelsRu = ["начальный", "развивающийся", "достаточный", "высокий", "образцовый"];
    public static readonly IReadOnlyList<string> DefaultLabelsEn = ["beginning", "developing", "sufficient", "high", "exemplary"];

    private SchoolReferenceSetting() { }

    public SchoolReferenceSetting(Guid id, ReferenceRules rules) : base(id) => Update(rules);

    public static ReferenceRules Defaults { get; } = new([], [], [], []);

    public static SchoolReferenceSetting Create(Guid id, ReferenceRules rules) => new(id, rules);

    public SchoolReferenceSetting Update(ReferenceRules rules) =>
        SetScaleLabels(rules.ScaleLabelsKk, rules.ScaleLabelsRu, rules.ScaleLabelsEn).SetSkippedCategories(rules.SkippedCategories);

    public ReferenceRules ToRules() => new(ScaleLabelsKk, ScaleLabelsRu, ScaleLabelsEn, SkippedCategories);

    /// <summary>Null for a language: back to the defaults in it. Each label non-empty, at most 60 characters, five of them.</summary>
    public SchoolReferenceSetting SetScaleLabels(IReadOnlyList<string>? kk, IReadOnlyList<string>? ru, IReadOnlyList<string>? en)
    {
        ScaleLabelsKk = Checked(kk, nameof(ScaleLabelsKk));
        ScaleLabelsRu = Checked(ru, nameof(ScaleLabelsRu));
        ScaleLabelsEn = Checked(en, nameof(ScaleLabelsEn));
        return this;
    }

    public SchoolReferenceSetting SetSkippedCategories(IEnumerable<QualificationCategory> categories)
    {
        var list = categories.Distinct().Order().ToList();
        foreach (var category in list)
        {
            Check.Defined(category, nameof(SkippedCategories));
            if (!CategoryLadder.CanSkip(category))
                throw new InputValidationException(nameof(SkippedCategories), KemelSchoolPDErrorCodes.GrowthCycles.CategoryNotSkippable);
        }
        SkippedCategories = list;
        return this;
    }

    private static List<string> Checked(IReadOnlyList<string>? labels, string field)
    {
        if (labels is null) return [];
        var trimmed = labels.Select(l => l?.Trim() ?? "").ToList();
        if (trimmed.Count != LevelCount || trimmed.Any(l => l.Length == 0 || l.Length > GrowthCycleConsts.MaxScaleLabelLength))
            throw new InputValidationException(
                field,
                KemelSchoolPDErrorCodes.GrowthCycles.ScaleLabelsInvalid,
                LevelCount,
                GrowthCycleConsts.MaxScaleLabelLength);
        return trimmed;
    }
}
