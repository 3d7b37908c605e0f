using System.Text.Json;
using System.Text.Json.Serialization;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// What a teacher writes in the plan: the seed's contents (diagnostics, strengths and gaps, priority directions, SMART goals,
/// activities, resources, self-assessment) plus the header of the chosen form. Kept as one document so every agreed state
/// can be snapshotted whole and compared with any later one.
/// </summary>
public sealed class PlanContent
{
    /// <summary>Table 17 "self-education topic" / Table 18 "methodological topic".</summary>
    public string? Topic { get; set; }
    /// <summary>Table 18 "professional development goal".</summary>
    public string? ProfessionalGoal { get; set; }
    /// <summary>Table 18 "motivational thought".</summary>
    public string? MotivationalThought { get; set; }
    public string? DiagnosticResults { get; set; }
    public string? Strengths { get; set; }
    public string? Gaps { get; set; }
    public string? PriorityDirections { get; set; }
    public string? Resources { get; set; }
    /// <summary>Self-assessment of results, updated after each cycle.</summary>
    public string? SelfAssessment { get; set; }
    public List<PlanGoal> Goals { get; set; } = [];
    /// <summary>Actions / rows, each in one section (Table 18) or quadrant (Table 17) of the template.</summary>
    public List<PlanItem> Items { get; set; } = [];

    public PlanContent Clone() => PlanContentJson.Deserialize(PlanContentJson.Serialize(this));

    /// <summary>The audit log shows the contents as their JSON.</summary>
    public override string ToString() => PlanContentJson.Serialize(this);
}

/// <summary>A SMART goal: specific (title), measurable (indicator + target), achievable (linked actions), relevant (school priority), time-bound (deadline).</summary>
public sealed class PlanGoal
{
    public Guid Id { get; set; }
    public string Title { get; set; } = "";
    public string? Indicator { get; set; }
    public decimal? TargetValue { get; set; }
    public string? Unit { get; set; }
    public string? SchoolPriority { get; set; }
    public DateOnly? Deadline { get; set; }
    public PlanProgressStatus Status { get; set; } = PlanProgressStatus.NotStarted;
    public decimal? ActualValue { get; set; }
    public List<PlanEvidence> Evidence { get; set; } = [];
    /// <summary>Carried over unfinished from the previous year's plan.</summary>
    public bool CarriedOver { get; set; }
}

public sealed class PlanItem
{
    public Guid Id { get; set; }
    public string SectionKey { get; set; } = "";
    /// <summary>The template row this item fills (Table 18's forms of work); null for a row the teacher added.</summary>
    public string? RowKey { get; set; }
    public string Text { get; set; } = "";
    public PlanActivityKind Activity { get; set; } = PlanActivityKind.Other;
    public Guid? GoalId { get; set; }
    public string? ExpectedResult { get; set; }
    public string? Product { get; set; }
    /// <summary>Yearly numeric target of an indicator ("6 articles a year").</summary>
    public decimal? TargetValue { get; set; }
    public string? Unit { get; set; }
    public decimal? ActualValue { get; set; }
    public DateOnly? Deadline { get; set; }
    public PlanProgressStatus Status { get; set; } = PlanProgressStatus.NotStarted;
    public List<PlanEvidence> Evidence { get; set; } = [];
}

/// <summary>Proof of progress: a link, a file attached to the plan (an attachment id), or a record of another module (module name + id).</summary>
public sealed class PlanEvidence
{
    public PlanEvidenceKind Kind { get; set; } = PlanEvidenceKind.Link;
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    /// <summary>For <see cref="PlanEvidenceKind.File"/>: an attachment of this same plan (checked on every save).</summary>
    public Guid? AttachmentId { get; set; }
    public string? SourceModule { get; set; }
    public Guid? RecordId { get; set; }
}

/// <summary>A section (Table 18) or quadrant (Table 17) of a plan template with its preset rows.</summary>
public sealed class PlanTemplateSection
{
    public string Key { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    /// <summary>Table 17's "What do I want?" quadrant holds the plan's goals rather than items.</summary>
    public bool HoldsGoals { get; set; }
    /// <summary>Items of this section carry a numeric yearly target (Table 17's indicators).</summary>
    public bool HasTargets { get; set; }
    public List<PlanTemplateRow> Rows { get; set; } = [];

    public string Title(string culture) => culture == "kk" ? TitleKk : TitleRu;

    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(this, PlanContentJson.Options);
}

public sealed class PlanTemplateRow
{
    public string Key { get; set; } = "";
    public string TitleKk { get; set; } = "";
    public string TitleRu { get; set; } = "";
    public PlanActivityKind Activity { get; set; } = PlanActivityKind.Other;

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

    public static List<PlanTemplateSection> DeserializeSections(string json) => JsonSerializer.Deserialize<List<PlanTemplateSection>>(json, Options) ?? [];
}
