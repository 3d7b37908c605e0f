using System.Text.Json;
using System.Text.Json.Serialization;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// What an artefact holds. One shape for every kind: each kind uses the fields its form needs (the rules are in
/// GrowthArtefactRules, which checks them per kind); the rest stay empty. Stored as one JSON document.
/// </summary>
public sealed record GrowthArtefactContent
{
    public string? Title { get; init; }
    public string? Text { get; init; }
    public DateOnly? Date { get; init; }
    public string? ClassName { get; init; }
    public string? Subject { get; init; }
    public string? LearningObjectives { get; init; }
    /// <summary>Who observed the lesson, who took part in a discussion or council.</summary>
    public string? Participants { get; init; }
    public GrowthReportPeriod? ReportPeriod { get; init; }
    public GrowthEvidenceType? EvidenceType { get; init; }
    /// <summary>Lesson observation results, for a diagnostic.</summary>
    public string? ObservationSummary { get; init; }
    /// <summary>Recorded lesson observations of the participant this artefact draws on (diagnostics, an observed lesson).</summary>
    public IReadOnlyList<Guid> ObservationIds { get; init; } = [];
    public IReadOnlyList<LearnerResultRow> LearnerResults { get; init; } = [];
    public IReadOnlyList<FeedbackEntry> Feedback { get; init; } = [];
    public IReadOnlyList<CompetenceLevelEntry> Competences { get; init; } = [];
    /// <summary>Growth zones a diagnostic found (the first becomes the next cycle's focus).</summary>
    public IReadOnlyList<string> GrowthZones { get; init; } = [];
    public CoachingSelfAnalysis? Coaching { get; init; }
    /// <summary>Answers to the numbered questions of Table 4, 5 or 6, or the sections of Table 7 (research plan).</summary>
    public IReadOnlyList<TemplateAnswer> Answers { get; init; } = [];
    public IReadOnlyList<SmartGoal> Goals { get; init; } = [];
    public IReadOnlyList<string> Methods { get; init; } = [];
    public string? TimeAllocation { get; init; }
    public string? MentorAllocation { get; init; }
    public string? TrainingAllocation { get; init; }
}

/// <summary>A learner-results row: one class (and subject), one indicator, before and after (the Analysis baseline vs the repeat
/// diagnostic).</summary>
public sealed record LearnerResultRow
{
    public string? ClassName { get; init; }
    public string? Subject { get; init; }
    public string? Indicator { get; init; }
    public decimal? Before { get; init; }
    public decimal? After { get; init; }
    /// <summary>A measure where less is better (failing pupils, absences): a fall is the positive dynamic.</summary>
    public bool LowerIsBetter { get; init; }

    /// <summary>The change in the measure's good direction (positive: better); null without both figures.</summary>
    public decimal? Improvement() => Before is { } before && After is { } after ? (LowerIsBetter ? before - after : after - before) : null;
}

public sealed record FeedbackEntry
{
    public GrowthFeedbackSource Source { get; init; }
    public string? Summary { get; init; }
}

/// <summary>A self-assessed level (1–5) of one competence of the professional standard.</summary>
public sealed record CompetenceLevelEntry
{
    public string Code { get; init; } = "";
    public int Level { get; init; }
    public string? Comment { get; init; }
}

/// <summary>The coaching lesson self-analysis (seed 004 part 4, case 2): context → wheel → scaling → questions → growth point.</summary>
public sealed record CoachingSelfAnalysis
{
    public IReadOnlyList<string> ContextAnswers { get; init; } = [];
    /// <summary>Exactly eight sectors, each scored 0–10.</summary>
    public IReadOnlyList<WheelSector> Wheel { get; init; } = [];
    /// <summary>Scaling: satisfaction with the lesson, 0–10.</summary>
    public int? Satisfaction { get; init; }
    /// <summary>Why not lower; what gives +1; who can help; signs of improvement.</summary>
    public IReadOnlyList<string> ScalingAnswers { get; init; } = [];
    public IReadOnlyList<string> CoachingAnswers { get; init; } = [];
    /// <summary>One or two concrete steps.</summary>
    public IReadOnlyList<string> GrowthPoints { get; init; } = [];
}

public sealed record WheelSector
{
    public string Name { get; init; } = "";
    public int Score { get; init; }
}

public sealed record TemplateAnswer
{
    public int Number { get; init; }
    public string? Answer { get; init; }
}

/// <summary>A SMART goal of Design 4.1; unachieved ones carry over to the next cycle.</summary>
public sealed record SmartGoal
{
    public Guid Id { get; init; }
    public string? Title { get; init; }
    public string? Indicator { get; init; }
    public string? TargetValue { get; init; }
    public DateOnly? Deadline { get; init; }
    public bool Achieved { get; init; }
}

public static class GrowthArtefactJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static GrowthArtefactContent Deserialize(string json)
        => JsonSerializer.Deserialize<GrowthArtefactContent>(json, Options) ?? new();

    public static T DeserializeOr<T>(string json, T fallback) => JsonSerializer.Deserialize<T>(json, Options) ?? fallback;
}
