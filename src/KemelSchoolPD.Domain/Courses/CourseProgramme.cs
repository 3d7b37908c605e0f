using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Courses;

/// <summary>
/// A qualification-upgrade course programme in the catalogue. <see cref="OwnerTenantId"/> null: the host catalogue shared by
/// every school (written only by the platform operator); otherwise one school's own entry for an external course. Its
/// structure (modules, topics, hours), expected results, the source's contradictions and the post-course rules are data; its
/// assessment is a list of <see cref="CourseAssessmentScheme"/> versions, each in effect from its date.
/// </summary>
public sealed class CourseProgramme : FullAuditedAggregateRoot<Guid>
{
    /// <summary>Who reads a programme: everyone the host catalogue, a school its own entries.</summary>
    public static Expression<Func<CourseProgramme, bool>> VisibleTo(Guid? tenantId) =>
        p => p.OwnerTenantId == null || p.OwnerTenantId == tenantId;

    /// <summary>Null: the host catalogue; otherwise the school whose entry it is.</summary>
    public Guid? OwnerTenantId { get; private set; }
    /// <summary>A stable code for catalogue entries loaded from a source ("seed-002"); unique in the host catalogue.</summary>
    public string? Code { get; private set; }
    public string Provider { get; private set; } = "";
    public string Title { get; private set; } = "";
    /// <summary>The field or profile the programme serves (a subject, "pedagogue-organiser", "attestation").</summary>
    public string Field { get; private set; } = "";
    public int Hours { get; private set; }
    public CourseFormat Format { get; private set; }
    /// <summary>The blended split as the source writes it ("48+20+12").</summary>
    public string? FormatSplit { get; private set; }
    /// <summary>Language codes ("kk", "ru").</summary>
    public IReadOnlyList<string> Languages { get; private set; } = [];
    /// <summary>The course runs on the platform: its assessment is recorded here and the platform issues the certificate.</summary>
    public bool RunsOnPlatform { get; private set; }
    public IReadOnlyList<DateOnly> CohortStarts { get; private set; } = [];
    public IReadOnlyList<ProgrammeModule> Modules { get; private set; } = [];
    public IReadOnlyList<string> ExpectedResults { get; private set; } = [];
    public IReadOnlyList<ProgrammeDiscrepancy> Discrepancies { get; private set; } = [];
    public PostCourseSettings PostCourse { get; private set; } = new();
    public string? SourceRef { get; private set; }
    /// <summary>The searchable fields (title, provider, field), normalized: found whatever the case in Kazakh and Russian.</summary>
    public string SearchText { get; private set; } = "";

    private CourseProgramme() { }

    public CourseProgramme(Guid id, Guid? ownerTenantId, string? code, CourseProgrammeData data) : base(id)
    {
        OwnerTenantId = ownerTenantId;
        Code = Check.NullIfEmpty(code, nameof(Code), CourseConsts.MaxCodeLength);
        Apply(data);
    }

    public CourseProgramme Update(CourseProgrammeData data)
    {
        Apply(data);
        return this;
    }

    /// <summary>The hours a record of this programme may count: the programme's, or half for the one-week format (seed 003
    /// L597–601).</summary>
    public int MaxRecordHours => Hours;

    private void Apply(CourseProgrammeData data)
    {
        Provider = Check.NotNullOrWhiteSpace(data.Provider, "provider", CourseConsts.MaxProviderLength);
        Title = Check.NotNullOrWhiteSpace(data.Title, "title", CourseConsts.MaxTitleLength);
        Field = Check.NotNullOrWhiteSpace(data.Field, "field", CourseConsts.MaxFieldLength);
        if (data.Hours is <= 0 or > CourseConsts.MaxHours)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.HoursOutOfRange).WithData("Max", CourseConsts.MaxHours);
        Hours = data.Hours;
        Format = Check.Defined(data.Format, "format");
        FormatSplit = Check.NullIfEmpty(data.FormatSplit, "formatSplit", CourseConsts.MaxSplitLength);
        Languages = data.Languages.Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0).Distinct().ToList();
        RunsOnPlatform = data.RunsOnPlatform;
        CohortStarts = data.CohortStarts.Distinct().Order().ToList();
        if (data.Modules.Count > CourseConsts
            .MaxModules) throw new InputValidationException("modules", ValidationCodes.Range, 0, CourseConsts.MaxModules);
        Modules = data.Modules.ToList();
        ExpectedResults = data.ExpectedResults.ToList();
        Discrepancies = data.Discrepancies.ToList();
        PostCourse = data.PostCourse ?? new PostCourseSettings();
        SourceRef = data.SourceRef;
        RefreshSearchText();
    }

    /// <summary>Writes the search column from the current fields (also for entries stored before it existed).</summary>
    public void RefreshSearchText() => SearchText = KemelSchoolPD.SearchText.Of(Title, Provider, Field);
}

public sealed record CourseProgrammeData
{
    public string Provider { get; init; } = "";
    public string Title { get; init; } = "";
    public string Field { get; init; } = "";
    public int Hours { get; init; }
    public CourseFormat Format { get; init; } = CourseFormat.FullTime;
    public string? FormatSplit { get; init; }
    public IReadOnlyList<string> Languages { get; init; } = [];
    public bool RunsOnPlatform { get; init; }
    public IReadOnlyList<DateOnly> CohortStarts { get; init; } = [];
    public IReadOnlyList<ProgrammeModule> Modules { get; init; } = [];
    public IReadOnlyList<string> ExpectedResults { get; init; } = [];
    public IReadOnlyList<ProgrammeDiscrepancy> Discrepancies { get; init; } = [];
    public PostCourseSettings? PostCourse { get; init; }
    public string? SourceRef { get; init; }
}

/// <summary>
/// One version of a programme's assessment, in effect from <see cref="EffectiveFrom"/> until the next version's date: the
/// components with their maximum and threshold, the pass mark of the total (none for seed 000's rubric), rubrics and grade
/// bands. An assessment uses the version in effect on its date; a version dated in the future does not apply yet.
/// </summary>
public sealed class CourseAssessmentScheme : AuditedAggregateRoot<Guid>
{
    public Guid ProgrammeId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }
    public IReadOnlyList<AssessmentComponent> Components { get; private set; } = [];
    /// <summary>The least total a pass needs; null: no pass mark (the result is the grade or the score alone).</summary>
    public int? PassMark { get; private set; }
    public IReadOnlyList<AssessmentRubric> Rubrics { get; private set; } = [];
    public IReadOnlyList<GradeBand> GradeBands { get; private set; } = [];
    public string? Note { get; private set; }

    public int MaxTotal => Components.Sum(c => c.MaxPoints);

    private CourseAssessmentScheme() { }

    public CourseAssessmentScheme(
        Guid id,
        Guid programmeId,
        DateOnly effectiveFrom,
        IEnumerable<AssessmentComponent> components,
        int? passMark,
        IEnumerable<AssessmentRubric> rubrics,
        IEnumerable<GradeBand> gradeBands,
        string? note) : base(id)
    {
        ProgrammeId = programmeId;
        EffectiveFrom = effectiveFrom;
        Components = components.ToList();
        if (Components.Count == 0 || Components.Count > CourseConsts.MaxComponents
            || Components.Any(c => string.IsNullOrWhiteSpace(c.Key) || c.MaxPoints <= 0 || c.Threshold < 0 || c.Threshold > c.MaxPoints)
            || Components.Select(c => c.Key).Distinct().Count() != Components.Count
            || passMark < 0 || passMark > MaxTotal)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.InvalidScheme);
        PassMark = passMark;
        Rubrics = rubrics.ToList();
        GradeBands = gradeBands.ToList();
        // A band grades the total (no key) or one component; its range lies within what that can score.
        if (GradeBands.Any(b => string.IsNullOrWhiteSpace(b.Label) || b.Min < 0 || b.Min > b.Max
                                || b.Max > (b.Of is null ? MaxTotal : Components.FirstOrDefault(c => c.Key == b.Of)?.MaxPoints ?? -1))
            || Rubrics.Any(r => string.IsNullOrWhiteSpace(r.Key)) || Rubrics.Select(r => r.Key).Distinct().Count() != Rubrics.Count)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.InvalidScheme);
        Note = Check.NullIfEmpty(note, "note", CourseConsts.MaxCommentLength);
    }

    /// <summary>The version in effect on a date: the latest dated on or before it; null when none is yet.</summary>
    public static CourseAssessmentScheme? InEffect(IEnumerable<CourseAssessmentScheme> versions, DateOnly on) =>
        versions.Where(v => v.EffectiveFrom <= on).MaxBy(v => v.EffectiveFrom);

    /// <summary>
    /// Scores each component (a missing or over-maximum score is refused), sums them and decides: every threshold met and,
    /// when there is a pass mark, the total at least that. Without a pass mark the result is "passed" once every threshold is met.
    /// </summary>
    public AssessmentOutcome Evaluate(IReadOnlyDictionary<string, int> scores)
    {
        foreach (var key in scores.Keys.Where(k => Components.All(c => c.Key != k)))
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.UnknownComponent).WithData("Component", key);
        var thresholdsMet = true;
        foreach (var c in Components)
        {
            if (!scores.TryGetValue(c.Key, out var score))
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.MissingScore).WithData("Component", c.Title);
            if (score < 0 || score > c.MaxPoints)
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.ScoreOverMax).WithData("Component", c.Title)
                    .WithData("Max", c.MaxPoints);
            if (c.Threshold is { } t && score < t) thresholdsMet = false;
        }
        var total = Components.Sum(c => scores[c.Key]);
        var passed = thresholdsMet && (PassMark is not { } mark || total >= mark);
        var componentGrades = Components
            .Select(c => (c.Key, Band: GradeBands.FirstOrDefault(b => b.Of == c.Key && scores[c.Key] >= b.Min && scores[c.Key] <= b.Max)))
            .Where(x => x.Band is not null)
            .Select(x => new ComponentGrade { Key = x.Key, Label = x.Band!.Label })
            .ToList();
        // The total's band when the scheme has one; otherwise the components' bands (seed 003 grades the mini-lesson and the project).
        var grade = GradeBands.FirstOrDefault(b => b.Of == null && total >= b.Min && total <= b.Max)?.Label
                    ?? (componentGrades.Count > 0 ? string.Join(" · ", componentGrades.Select(g => g.Label)) : null);
        return new AssessmentOutcome(total, MaxTotal, passed, grade, componentGrades);
    }
}

public sealed record AssessmentOutcome(int Total, int MaxTotal, bool Passed, string? Grade, IReadOnlyList<ComponentGrade> ComponentGrades);
