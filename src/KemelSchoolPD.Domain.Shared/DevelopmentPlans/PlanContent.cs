using System.Text.Json;
using System.Text.Json.Serialization;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// What a teacher writes in the plan: the seed's contents (diagnostics, strengths and gaps, priority directions, SMART goals,
/// activities, resources, self-assessment) plus the header of the chosen form. Kept as one document so every agreed state
/// can be snapshotted whole and compared with any later one.
/// </summary>
public sealed record PlanContent
{
    /// <summary>Table 17 "self-education topic" / Table 18 "methodological topic".</summary>
    public string? Topic { get; init; }
    /// <summary>Table 18 "professional development goal".</summary>
    public string? ProfessionalGoal { get; init; }
    /// <summary>Table 18 "motivational thought".</summary>
    public string? MotivationalThought { get; init; }
    public string? DiagnosticResults { get; init; }
    public string? Strengths { get; init; }
    public string? Gaps { get; init; }
    public string? PriorityDirections { get; init; }
    public string? Resources { get; init; }
    /// <summary>Self-assessment of results, updated after each cycle.</summary>
    public string? SelfAssessment { get; init; }
    public IReadOnlyList<PlanGoal> Goals { get; init; } = [];
    /// <summary>Actions / rows, each in one section (Table 18) or quadrant (Table 17) of the template.</summary>
    public IReadOnlyList<PlanItem> Items { get; init; } = [];

    /// <summary>The audit log shows the contents as their JSON.</summary>
    public override string ToString() => PlanContentJson.Serialize(this);
}

/// <summary>A SMART goal: specific (title), measurable (indicator + target), achievable (linked actions), relevant (school priority),
/// time-bound (deadline).</summary>
public sealed record PlanGoal
{
    public Guid Id { get; init; }
    public string Title { get; init; } = "";
    public string? Indicator { get; init; }
    public decimal? TargetValue { get; init; }
    public string? Unit { get; init; }
    public string? SchoolPriority { get; init; }
    public DateOnly? Deadline { get; init; }
    public PlanProgressStatus Status { get; init; } = PlanProgressStatus.NotStarted;
    public decimal? ActualValue { get; init; }
    public IReadOnlyList<PlanEvidence> Evidence { get; init; } = [];
    /// <summary>Carried over unfinished from the previous year's plan.</summary>
    public bool CarriedOver { get; init; }
}

public sealed record PlanItem
{
    public Guid Id { get; init; }
    public string SectionKey { get; init; } = "";
    /// <summary>The template row this item fills (Table 18's forms of work); null for a row the teacher added.</summary>
    public string? RowKey { get; init; }
    public string Text { get; init; } = "";
    public PlanActivityKind Activity { get; init; } = PlanActivityKind.Other;
    public Guid? GoalId { get; init; }
    public string? ExpectedResult { get; init; }
    public string? Product { get; init; }
    /// <summary>Yearly numeric target of an indicator ("6 articles a year").</summary>
    public decimal? TargetValue { get; init; }
    public string? Unit { get; init; }
    public decimal? ActualValue { get; init; }
    public DateOnly? Deadline { get; init; }
    public PlanProgressStatus Status { get; init; } = PlanProgressStatus.NotStarted;
    public IReadOnlyList<PlanEvidence> Evidence { get; init; } = [];
}

/// <summary>Proof of progress: a link, a file attached to the plan (an attachment id), or a record of another module (module name +
/// id).</summary>
public sealed record PlanEvidence
{
    public PlanEvidenceKind Kind { get; init; } = PlanEvidenceKind.Link;
    public string Title { get; init; } = "";
    public string? Url { get; init; }
    /// <summary>
    /// For <see cref="PlanEvidenceKind.File"/>: an attachment of this same plan (checked on every save). A file of the plan that no
    /// evidence names, now or in a kept version, is removed by the daily cleanup after its grace period.
    /// </summary>
    public Guid? AttachmentId { get; init; }
    public string? SourceModule { get; init; }
    public Guid? RecordId { get; init; }
}

/// <summary>A section (Table 18) or quadrant (Table 17) of a plan template with its preset rows.</summary>
public sealed record PlanTemplateSection
{
    public string Key { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    /// <summary>Table 17's "What do I want?" quadrant holds the plan's goals rather than items.</summary>
    public bool HoldsGoals { get; init; }
    /// <summary>Items of this section carry a numeric yearly target (Table 17's indicators).</summary>
    public bool HasTargets { get; init; }
    public IReadOnlyList<PlanTemplateRow> Rows { get; init; } = [];

    public string Title(string culture) => culture == "kk" ? TitleKk : TitleRu;

    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this, PlanContentJson.Options);
}

public sealed record PlanTemplateRow
{
    public string Key { get; init; } = "";
    public string TitleKk { get; init; } = "";
    public string TitleRu { get; init; } = "";
    public PlanActivityKind Activity { get; init; } = PlanActivityKind.Other;

    public string Title(string culture) => culture == "kk" ? TitleKk : TitleRu;
}

/// <summary>The one JSON form of plan contents: the database column, version snapshots and the bulk insert all use it.</summary>
public static class PlanContentJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string Serialize(PlanContent content) => JsonSerializer.Serialize(content, Options);

    public static PlanContent Deserialize(string json) => JsonSerializer.Deserialize<PlanContent>(json, Options) ?? new PlanContent();

    public static string SerializeSections(IEnumerable<PlanTemplateSection> sections) => JsonSerializer.Serialize(sections, Options);

    public static List<PlanTemplateSection> DeserializeSections(string json)
        => JsonSerializer.Deserialize<List<PlanTemplateSection>>(json, Options) ?? [];
}
