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
        LayoutKind == PlanLayoutKind.Quadrants ? DevelopmentPlanDocuments.Table17 : DevelopmentPlanDocuments.Table18, Sections, IsBuiltIn: false);

    private static List<PlanTemplateSection> NormalizeSections(List<PlanTemplateSection>? sections)
    {
        var list = sections ?? [];
        if (list.Count == 0 || list.Count > DevelopmentPlanConsts.MaxTemplateSections)
            throw new InputValidationException(nameof(Sections), KemelSchoolPDErrorCodes.DevelopmentPlans.TemplateNeedsSections, 1, DevelopmentPlanConsts.MaxTemplateSections);
        var keys = new HashSet<string>();
        list = list.Select(section =>
        {
            var titleKk = Check.NotNullOrWhiteSpace(section.TitleKk, nameof(Sections), DevelopmentPlanConsts.MaxShortTextLength);
            var titleRu = Check.NotNullOrWhiteSpace(section.TitleRu, nameof(Sections), DevelopmentPlanConsts.MaxShortTextLength);
            var key = UniqueKey(section.Key, keys);
            var rows = section.Rows ?? [];
            if (rows.Count > DevelopmentPlanConsts.MaxTemplateRows)
                throw new InputValidationException(nameof(Sections), ValidationCodes.Range, 0, DevelopmentPlanConsts.MaxTemplateRows);
            var rowKeys = new HashSet<string>();
            return section with
            {
                TitleKk = titleKk,
                TitleRu = titleRu,
                Key = key,
                Rows = rows.Select(row => row with
                {
                    TitleKk = Check.NotNullOrWhiteSpace(row.TitleKk, nameof(Sections), DevelopmentPlanConsts.MaxShortTextLength),
                    TitleRu = Check.NotNullOrWhiteSpace(row.TitleRu, nameof(Sections), DevelopmentPlanConsts.MaxShortTextLength),
                    Activity = Check.Defined(row.Activity, nameof(Sections)),
                    Key = UniqueKey(row.Key, rowKeys),
                }).ToList(),
            };
        }).ToList();
        // Only one section may hold the goals.
        if (list.Count(s => s.HoldsGoals) > 1) throw new InputValidationException(nameof(Sections), ValidationCodes.Invalid);
        return list;
    }

    /// <summary>A key the client gave (kept when valid and unused) or a fresh one.</summary>
    private static string UniqueKey(string? key, HashSet<string> used)
    {
        var candidate = string.IsNullOrWhiteSpace(key) ? Guid.NewGuid().ToString("N")[..12] : key.Trim();
        if (candidate.Length > DevelopmentPlanConsts.MaxKeyLength || !used.Add(candidate))
            throw new InputValidationException(nameof(Sections), ValidationCodes.Invalid);
        return candidate;
    }
}
