using KemelSchoolPD.Agreements;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The rules of plan contents: what may be saved (lengths, known sections, dates inside the period), what may be submitted (SMART
/// goals) and how two states differ.</summary>
public static class PlanContentRules
{
    private const string Goals = nameof(PlanContent.Goals);
    private const string Items = nameof(PlanContent.Items);

    public static PlanContent Normalize(PlanContent? input, PlanTemplateInfo template, DateOnly periodStart, DateOnly periodEnd)
    {
        var content = input ?? new PlanContent();
        content = content with
        {
            Topic = Check.Length(Trim(content.Topic), nameof(content.Topic), DevelopmentPlanConsts.MaxShortTextLength),
            ProfessionalGoal = Check.Length(
                Trim(content.ProfessionalGoal),
                nameof(content.ProfessionalGoal),
                DevelopmentPlanConsts.MaxLongTextLength),
            MotivationalThought = Check.Length(
                Trim(content.MotivationalThought),
                nameof(content.MotivationalThought),
                DevelopmentPlanConsts.MaxLongTextLength),
            DiagnosticResults = Check.Length(
                Trim(content.DiagnosticResults),
                nameof(content.DiagnosticResults),
                DevelopmentPlanConsts.MaxLongTextLength),
            Strengths = Check.Length(Trim(content.Strengths), nameof(content.Strengths), DevelopmentPlanConsts.MaxLongTextLength),
            Gaps = Check.Length(Trim(content.Gaps), nameof(content.Gaps), DevelopmentPlanConsts.MaxLongTextLength),
            PriorityDirections = Check.Length(
                Trim(content.PriorityDirections),
                nameof(content.PriorityDirections),
                DevelopmentPlanConsts.MaxLongTextLength),
            Resources = Check.Length(Trim(content.Resources), nameof(content.Resources), DevelopmentPlanConsts.MaxLongTextLength),
            SelfAssessment = Check.Length(
                Trim(content.SelfAssessment),
                nameof(content.SelfAssessment),
                DevelopmentPlanConsts.MaxLongTextLength),
        };
        var goals = content.Goals ?? [];
        var items = content.Items ?? [];
        if (goals.Count > DevelopmentPlanConsts
            .MaxGoals) throw new InputValidationException(Goals, "Validation:MaxCount", DevelopmentPlanConsts.MaxGoals);
        if (items.Count > DevelopmentPlanConsts
            .MaxItems) throw new InputValidationException(Items, "Validation:MaxCount", DevelopmentPlanConsts.MaxItems);

        var ids = new HashSet<Guid>();
        var errors = new List<FieldError>();
        var normalizedGoals = goals.Select((goal, i) =>
        {
            var field = $"{Goals}[{i}]";
            if (goal is null) throw new InputValidationException(field, ValidationCodes.Required);
            if (goal.Deadline is { } d && (d < periodStart || d > periodEnd))
                errors.Add(new FieldError(
                    field + ".deadline",
                    KemelSchoolPDErrorCodes.DevelopmentPlans.DeadlineOutsidePeriod,
                    Day(periodStart),
                    Day(periodEnd)));
            return goal with
            {
                Id = FreshId(goal.Id, ids),
                Title = Check.Length(Trim(goal.Title), field + ".title", DevelopmentPlanConsts.MaxShortTextLength) ?? "",
                Indicator = Check.Length(Trim(goal.Indicator), field + ".indicator", DevelopmentPlanConsts.MaxShortTextLength),
                Unit = Check.Length(Trim(goal.Unit), field + ".unit", DevelopmentPlanConsts.MaxKeyLength),
                SchoolPriority = Check.Length(
                    Trim(goal.SchoolPriority),
                    field + ".schoolPriority",
                    DevelopmentPlanConsts.MaxShortTextLength),
                TargetValue = Number(goal.TargetValue, field + ".targetValue"),
                ActualValue = Number(goal.ActualValue, field + ".actualValue"),
                Status = Check.Defined(goal.Status, field + ".status"),
                Evidence = NormalizeEvidence(goal.Evidence, field + ".evidence"),
            };
        }).ToList();

        var goalIds = normalizedGoals.Select(g => g.Id).ToHashSet();
        var normalizedItems = items.Select((item, i) =>
        {
            var field = $"{Items}[{i}]";
            if (item is null) throw new InputValidationException(field, ValidationCodes.Required);
            var section = template.FindSection(item.SectionKey ?? "");
            if (section is null || section.HoldsGoals)
                throw new InputValidationException(field + ".sectionKey", KemelSchoolPDErrorCodes.DevelopmentPlans.UnknownSection);
            if (item.RowKey is not null && section.Rows.All(r => r.Key != item.RowKey))
                throw new InputValidationException(field + ".rowKey", KemelSchoolPDErrorCodes.DevelopmentPlans.UnknownSection);
            var normalized = item with
            {
                Id = FreshId(item.Id, ids),
                // A draft saves whatever its state: an action still without its text is asked for on submit (EnsureSmart).
                Text = Check.Length(Trim(item.Text), field + ".text", DevelopmentPlanConsts.MaxShortTextLength) ?? "",
                Activity = Check.Defined(item.Activity, field + ".activity"),
                ExpectedResult = Check.Length(
                    Trim(item.ExpectedResult),
                    field + ".expectedResult",
                    DevelopmentPlanConsts.MaxLongTextLength),
                Product = Check.Length(Trim(item.Product), field + ".product", DevelopmentPlanConsts.MaxLongTextLength),
                Unit = Check.Length(Trim(item.Unit), field + ".unit", DevelopmentPlanConsts.MaxKeyLength),
                TargetValue = Number(item.TargetValue, field + ".targetValue"),
                ActualValue = Number(item.ActualValue, field + ".actualValue"),
                Status = Check.Defined(item.Status, field + ".status"),
                Evidence = NormalizeEvidence(item.Evidence, field + ".evidence"),
            };
            if (item.GoalId is { } goalId && !goalIds.Contains(goalId))
                throw new InputValidationException(field + ".goalId", KemelSchoolPDErrorCodes.DevelopmentPlans.UnknownGoal);
            if (item.Deadline is { } d && (d < periodStart || d > periodEnd))
                errors.Add(new FieldError(
                    field + ".deadline",
                    KemelSchoolPDErrorCodes.DevelopmentPlans.DeadlineOutsidePeriod,
                    Day(periodStart),
                    Day(periodEnd)));
            return normalized;
        }).ToList();
        if (errors.Count > 0) throw new InputValidationException(errors);
        return content with
        {
            Goals = normalizedGoals,
            Items = normalizedItems,
        };
    }

    /// <summary>
    /// What a submitted plan must have: at least one goal, and every goal SMART — specific (a title), measurable (an indicator
    /// and a numeric target), achievable (at least one action planned for it), relevant (the school priority it serves) and
    /// time-bound (a deadline inside the plan's year); and every planned action has its text (a draft may keep one empty).
    /// </summary>
    public static void EnsureSmart(PlanContent content, DateOnly periodStart, DateOnly periodEnd)
    {
        if (content.Goals.Count == 0) throw new InputValidationException(Goals, KemelSchoolPDErrorCodes.DevelopmentPlans.EmptyGoals);
        var errors = new List<FieldError>();
        for (var i = 0; i < content.Goals.Count; i++)
        {
            var goal = content.Goals[i];
            var missing = new List<string>();
            if (string.IsNullOrWhiteSpace(goal.Title)) missing.Add("Specific");
            if (string.IsNullOrWhiteSpace(goal.Indicator) || goal.TargetValue is null) missing.Add("Measurable");
            if (!content.Items.Any(item => item.GoalId == goal.Id)) missing.Add("Achievable");
            if (string.IsNullOrWhiteSpace(goal.SchoolPriority)) missing.Add("Relevant");
            if (goal.Deadline is not { } d || d < periodStart || d > periodEnd) missing.Add("TimeBound");
            if (missing.Count > 0) errors.Add(
                new FieldError($"{Goals}[{i}]", KemelSchoolPDErrorCodes.DevelopmentPlans.GoalNotSmart, string.Join(", ", missing)));
        }
        for (var i = 0; i < content.Items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(content.Items[i].Text)) errors.Add(
                new FieldError($"{Items}[{i}].text", ValidationCodes.Required));
        }
        if (errors.Count > 0) throw new InputValidationException(errors);
    }

    public static List<PlanEvidence> NormalizeEvidence(IEnumerable<PlanEvidence>? evidence, string field = "Evidence")
    {
        var list = (evidence ?? []).Where(e => e is not null).ToList();
        if (list.Count > DevelopmentPlanConsts.MaxEvidencePerEntry) throw new InputValidationException(
            field,
            "Validation:MaxCount",
            DevelopmentPlanConsts.MaxEvidencePerEntry);
        return list.Select(input =>
        {
            var kind = Check.Defined(input.Kind, field);
            var e = input with
            {
                Kind = kind,
                Title = Check.NotNullOrWhiteSpace(input.Title, field, DevelopmentPlanConsts.MaxShortTextLength),
                Url = Check.Length(Trim(input.Url), field, DevelopmentPlanConsts.MaxUrlLength),
                SourceModule = Check.Length(Trim(input.SourceModule), field, DevelopmentPlanConsts.MaxKeyLength),
                AttachmentId = kind == PlanEvidenceKind.File ? input.AttachmentId : null,
            };
            var complete = e.Kind switch
            {
                PlanEvidenceKind.Record => e.SourceModule is not null && e.RecordId is not null,
                PlanEvidenceKind.File => e.AttachmentId is not null && e.AttachmentId != Guid.Empty,
                _ => e.Url is not null,
            };
            if (!complete) throw new InputValidationException(field, ValidationCodes.Required);
            return e;
        }).ToList();
    }

    /// <summary>The files (attachment ids) the evidence of the goals and items names.</summary>
    public static IEnumerable<Guid> FileIds(PlanContent content) =>
        content.Goals.SelectMany(g => g.Evidence).Concat(content.Items.SelectMany(i => i.Evidence))
            .Where(e => e.Kind == PlanEvidenceKind.File && e.AttachmentId is not null)
            .Select(e => e.AttachmentId!.Value);

    /// <summary>Field by field, goal by goal and item by item: what <paramref name="after"/> changed relative to <paramref
    /// name="before"/>.</summary>
    public static List<PlanContentChange> Diff(PlanContent before, PlanContent after) =>
        new AgreementDiff(PlanContentJson.Options)
            .Fields("Header",
                (nameof(PlanContent.Topic), before.Topic, after.Topic),
                (nameof(PlanContent.ProfessionalGoal), before.ProfessionalGoal, after.ProfessionalGoal),
                (nameof(PlanContent.MotivationalThought), before.MotivationalThought, after.MotivationalThought),
                (nameof(PlanContent.DiagnosticResults), before.DiagnosticResults, after.DiagnosticResults),
                (nameof(PlanContent.Strengths), before.Strengths, after.Strengths),
                (nameof(PlanContent.Gaps), before.Gaps, after.Gaps),
                (nameof(PlanContent.PriorityDirections), before.PriorityDirections, after.PriorityDirections),
                (nameof(PlanContent.Resources), before.Resources, after.Resources),
                (nameof(PlanContent.SelfAssessment), before.SelfAssessment, after.SelfAssessment))
            .Entries("Goal", before.Goals, after.Goals, g => g.Id, g => g.Title)
            .Entries("Item", before.Items, after.Items, i => i.Id, i => i.Text)
            .Changes.ToList();

    private static string Day(DateOnly date) => date.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static decimal? Number(decimal? value, string field) =>
        value is { } v ? Check.Range(v, field, 0m, DevelopmentPlanConsts.MaxNumber) : null;

    private static Guid FreshId(Guid id, HashSet<Guid> used)
    {
        var candidate = id == Guid.Empty ? Guid.CreateVersion7() : id;
        if (!used.Add(candidate)) throw new InputValidationException(Goals, ValidationCodes.Invalid);
        return candidate;
    }
}

/// <summary>One difference between two states of a plan. Area: Header, Goal or Item; Field is null for an added or removed entry.</summary>
public sealed record PlanContentChange(string Area, Guid? EntryId, string? Field, PlanChangeKind Kind, string? OldValue, string? NewValue);
