using System.Text.Json;
using System.Text.Json.Serialization;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// What an artefact holds. One shape for every kind: each kind uses the fields its form needs (the rules are in
/// GrowthArtefactRules, which checks them per kind); the rest stay empty. Stored as one JSON document.
/// </summary>
public sealed class GrowthArtefactContent
{
    public string? Title { get; set; }
    public string? Text { get; set; }
    public DateOnly? Date { get; set; }
    public string? ClassName { get; set; }
    public string? Subject { get; set; }
    public string? LearningObjectives { get; set; }
    /// <summary>Who observed the lesson, who took part in a discussion or council.</summary>
    public string? Participants { get; set; }
    public GrowthReportPeriod? ReportPeriod { get; set; }
    public GrowthEvidenceType? EvidenceType { get; set; }
    /// <summary>Lesson observation results, for a diagnostic.</summary>
    public string? ObservationSummary { get; set; }
    /// <summary>Recorded lesson observations of the participant this artefact draws on (diagnostics, an observed lesson).</summary>
    public List<Guid> ObservationIds { get; set; } = [];
    public List<LearnerResultRow> LearnerResults { get; set; } = [];
    public List<FeedbackEntry> Feedback { get; set; } = [];
    public List<CompetenceLevelEntry> Competences { get; set; } = [];
    /// <summary>Growth zones a diagnostic found (the first becomes the next cycle's focus).</summary>
    public List<string> GrowthZones { get; set; } = [];
    public CoachingSelfAnalysis? Coaching { get; set; }
    /// <summary>Answers to the numbered questions of Table 4, 5 or 6, or the sections of Table 7 (research plan).</summary>
    public List<TemplateAnswer> Answers { get; set; } = [];
    public List<SmartGoal> Goals { get; set; } = [];
    public List<string> Methods { get; set; } = [];
    public string? TimeAllocation { get; set; }
    public string? MentorAllocation { get; set; }
    public string? TrainingAllocation { get; set; }

    public GrowthArtefactContent Clone() => GrowthArtefactJson.Deserialize(GrowthArtefactJson.Serialize(this));
}

/// <summary>A learner-results row: one class (and subject), one indicator, before and after (the Analysis baseline vs the repeat diagnostic).</summary>
public sealed class LearnerResultRow
{
    public string? ClassName { get; set; }
    public string? Subject { get; set; }
    public string? Indicator { get; set; }
    public decimal? Before { get; set; }
    public decimal? After { get; set; }
    /// <summary>A measure where less is better (failing pupils, absences): a fall is the positive dynamic.</summary>
    public bool LowerIsBetter { get; set; }

    /// <summary>The change in the measure's good direction (positive: better); null without both figures.</summary>
    public decimal? Improvement() => Before is { } before && After is { } after ? (LowerIsBetter ? before - after : after - before) : null;
}

public sealed class FeedbackEntry
{
    public GrowthFeedbackSource Source { get; set; }
    public string? Summary { get; set; }
}

/// <summary>A self-assessed level (1–5) of one competence of the professional standard.</summary>
public sealed class CompetenceLevelEntry
{
    public string Code { get; set; } = "";
    public int Level { get; set; }
    public string? Comment { get; set; }
}

/// <summary>The coaching lesson self-analysis (seed 004 part 4, case 2): context → wheel → scaling → questions → growth point.</summary>
public sealed class CoachingSelfAnalysis
{
    public List<string> ContextAnswers { get; set; } = [];
    /// <summary>Exactly eight sectors, each scored 0–10.</summary>
    public List<WheelSector> Wheel { get; set; } = [];
    /// <summary>Scaling: satisfaction with the lesson, 0–10.</summary>
    public int? Satisfaction { get; set; }
    /// <summary>Why not lower; what gives +1; who can help; signs of improvement.</summary>
    public List<string> ScalingAnswers { get; set; } = [];
    public List<string> CoachingAnswers { get; set; } = [];
    /// <summary>One or two concrete steps.</summary>
    public List<string> GrowthPoints { get; set; } = [];
}

public sealed class WheelSector
{
    public string Name { get; set; } = "";
    public int Score { get; set; }
}

public sealed class TemplateAnswer
{
    public int Number { get; set; }
    public string? Answer { get; set; }
}

/// <summary>A SMART goal of Design 4.1; unachieved ones carry over to the next cycle.</summary>
public sealed class SmartGoal
{
    public Guid Id { get; set; }
    public string? Title { get; set; }
    public string? Indicator { get; set; }
    public string? TargetValue { get; set; }
    public DateOnly? Deadline { get; set; }
    public bool Achieved { get; set; }
}

public static class GrowthArtefactJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static GrowthArtefactContent Deserialize(string json) => JsonSerializer.Deserialize<GrowthArtefactContent>(json, Options) ?? new();

    public static T DeserializeOr<T>(string json, T fallback) => JsonSerializer.Deserialize<T>(json, Options) ?? fallback;
}
