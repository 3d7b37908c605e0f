using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>A school's own variant of the plan form: a name, a layout and its sections (or quadrants) with preset rows.</summary>
public sealed class PlanTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public PlanLayoutKind LayoutKind { get; private set; }
    public IReadOnlyList<PlanTemplateSection> Sections { get; private set; } = [];

    private PlanTemplate() { }

    public PlanTemplate(Guid id, string name, PlanLayoutKind layoutKind, List<PlanTemplateSection> sections) : base(id) =>
        Update(name, layoutKind, sections);

    public PlanTemplate Update(string name, PlanLayoutKind layoutKind, List<PlanTemplateSection> sections)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), DevelopmentPlanConsts.MaxTemplateNameLength);
        LayoutKind = Check.Defined(layoutKind, nameof(LayoutKind));
        Sections = NormalizeSections(sections);
        return this;
    }

    public PlanTemplateInfo ToInfo() => new(Id, Name, Name, LayoutKind,
        LayoutKind == PlanLayoutKind.Quadrants
            ? DevelopmentPlanDocuments.Table17
            : DevelopmentPlanDocuments.Table18, Sections, IsBuiltIn: false);

    /// <summary>Each error names its place as the API's validation does ("sections[2].titleKk", "sections[0].rows[1].titleRu").</summary>
    private static List<PlanTemplateSection> NormalizeSections(List<PlanTemplateSection>? sections)
    {
        var list = sections ?? [];
        if (list.Count == 0 || list.Count > DevelopmentPlanConsts.MaxTemplateSections)
            throw new InputValidationException("sections", KemelSchoolPDErrorCodes.DevelopmentPlans.TemplateNeedsSections, 1,
                DevelopmentPlanConsts.MaxTemplateSections);
        var keys = new HashSet<string>();
        list = list.Select((section, i) =>
        {
            var path = $"sections[{i}]";
            var rows = section.Rows ?? [];
            if (rows.Count > DevelopmentPlanConsts.MaxTemplateRows)
                throw new InputValidationException($"{path}.rows", ValidationCodes.Range, 0, DevelopmentPlanConsts.MaxTemplateRows);
            var rowKeys = new HashSet<string>();
            return section with
            {
                TitleKk = Check.NotNullOrWhiteSpace(section.TitleKk, $"{path}.titleKk", DevelopmentPlanConsts.MaxShortTextLength),
                TitleRu = Check.NotNullOrWhiteSpace(section.TitleRu, $"{path}.titleRu", DevelopmentPlanConsts.MaxShortTextLength),
                Key = UniqueKey(section.Key, keys, $"{path}.key"),
                Rows = rows.Select((row, j) => row with
                {
                    TitleKk = Check.NotNullOrWhiteSpace(row.TitleKk, $"{path}.rows[{j}].titleKk", DevelopmentPlanConsts.MaxShortTextLength),
                    TitleRu = Check.NotNullOrWhiteSpace(row.TitleRu, $"{path}.rows[{j}].titleRu", DevelopmentPlanConsts.MaxShortTextLength),
                    Activity = Check.Defined(row.Activity, $"{path}.rows[{j}].activity"),
                    Key = UniqueKey(row.Key, rowKeys, $"{path}.rows[{j}].key"),
                }).ToList(),
            };
        }).ToList();
        // Only one section may hold the goals: the second one that does is the mistake.
        var secondGoals = list.Select((s, i) => (s, i)).Where(x => x.s.HoldsGoals).Skip(1).Select(x => (int?)x.i).FirstOrDefault();
        if (secondGoals is { } index) throw new InputValidationException($"sections[{index}].holdsGoals", ValidationCodes.Invalid);
        return list;
    }

    /// <summary>A key the client gave (kept when valid and unused) or a fresh one.</summary>
    private static string UniqueKey(string? key, HashSet<string> used, string field)
    {
        var candidate = string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N")[..12] : key.Trim();
        if (candidate.Length > DevelopmentPlanConsts.MaxKeyLength || !used.Add(candidate))
            throw new InputValidationException(field, ValidationCodes.Invalid);
        return candidate;
    }
}
