namespace KemelSchoolPD.Courses;

/// <summary>A text in the three languages of the product (catalogue data is written once for every school).</summary>
public sealed record LocalizedText
{
    public string Kk { get; init; } = "";
    public string Ru { get; init; } = "";
    public string En { get; init; } = "";
}

/// <summary>A module of a programme: its title, hours and topics (each topic with its hours).</summary>
public sealed record ProgrammeModule
{
    public int Number { get; init; }
    public string Title { get; init; } = "";
    public int Hours { get; init; }
    public IReadOnlyList<ProgrammeTopic> Topics { get; init; } = [];
}

public sealed record ProgrammeTopic
{
    public string Title { get; init; } = "";
    public int? Hours { get; init; }
}

/// <summary>A scored part of the assessment: test 40 with threshold 20, attendance 10… (seed 002 L185–187).</summary>
public sealed record AssessmentComponent
{
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    public int MaxPoints { get; init; }
    /// <summary>The least score of this component a pass needs (seed 002: test ≥ 20); null when none.</summary>
    public int? Threshold { get; init; }
}

/// <summary>A rubric: criteria each scored on a scale with labelled levels (seed 003: 7 criteria × 0–3).</summary>
public sealed record AssessmentRubric
{
    public string Key { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<string> Criteria { get; init; } = [];
    public IReadOnlyList<RubricLevel> Levels { get; init; } = [];
    /// <summary>Another label set of the same scale found in the source (seed 003 L888–891), kept as it is.</summary>
    public IReadOnlyList<RubricLevel> AlternativeLevels { get; init; } = [];
}

public sealed record RubricLevel
{
    public int Score { get; init; }
    public string Label { get; init; } = "";
}

/// <summary>A grade for a score range of a component or of the total (seed 003: «Үздік» 19–21…).</summary>
public sealed record GradeBand
{
    /// <summary>The component or rubric key; null for the total.</summary>
    public string? Of { get; init; }
    public string Label { get; init; } = "";
    public int Min { get; init; }
    public int Max { get; init; }
}

/// <summary>Where the source contradicts itself: the data keeps the source's values and the programme page shows this.</summary>
public sealed record ProgrammeDiscrepancy
{
    public string Topic { get; init; } = "";
    public LocalizedText Text { get; init; } = new();
    /// <summary>The source lines, e.g. "003:456–457, 901–913".</summary>
    public string Source { get; init; } = "";
}

/// <summary>A direction of post-course support the teacher may pick (seed 002 L226–236).</summary>
public sealed record PostCourseDirection
{
    public string Key { get; init; } = "";
    public LocalizedText Title { get; init; } = new();
}

/// <summary>
/// The programme's post-course rules as data: seed 002 (1–2 directions, at least 3 events), seed 003 (at least 3 independent
/// works within the first calendar year), seed 000 (webinars 1–2 months after, support up to 12 months).
/// </summary>
public sealed record PostCourseSettings
{
    public int MinEvents { get; init; } = 3;
    public int MinDirections { get; init; } = 1;
    public int MaxDirections { get; init; } = 2;
    /// <summary>The events fall within this many months after the course (12 for seeds 000 and 003).</summary>
    public int SupportMonths { get; init; } = 12;
    public IReadOnlyList<PostCourseDirection> Directions { get; init; } = [];
    public LocalizedText? Note { get; init; }
}

/// <summary>The grade band a component's score falls in (seed 003: the mini-lesson «Үздік», the project «5»).</summary>
public sealed record ComponentGrade
{
    public string Key { get; init; } = "";
    public string Label { get; init; } = "";
}

/// <summary>A component's score in an assessment.</summary>
public sealed record ComponentScore
{
    public string Key { get; init; } = "";
    public int Score { get; init; }
}

/// <summary>An event of a post-course plan: planned (kind, title, date, level), then held (date, evidence link, curator).</summary>
public sealed record PostCourseEvent
{
    public Guid Id { get; init; }
    public PostCourseEventKind Kind { get; init; }
    public string Title { get; init; } = "";
    public DateOnly? PlannedDate { get; init; }
    public PostCourseEventLevel Level { get; init; } = PostCourseEventLevel.School;
    public DateOnly? HeldOn { get; init; }
    public string? EvidenceLink { get; init; }
    public string? CuratorName { get; init; }
    public string? Note { get; init; }
}
