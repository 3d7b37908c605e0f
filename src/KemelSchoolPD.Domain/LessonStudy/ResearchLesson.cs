using System.Text.RegularExpressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// One round of a Lesson Study: the research lesson as the group planned it (objectives, stages with minutes and tasks), the
/// teacher (a member) and class, the observation focus, the case pupils (a pseudonym or initials, never a child's name, and why
/// each was chosen) with the predicted response of each per stage; after the lesson the pupils' short interviews and the
/// post-lesson discussion. The round's plan is a version of the lesson plan: round N+1 starts from round N's and the differences
/// show. A discussed round is closed, and only then may the group re-teach (<see cref="ResearchLesson(Guid, LessonStudyGroup,
/// ResearchLesson?, ResearchLessonData)"/>).
/// Who reads a round is who reads its group (<see cref="LessonStudyGroup.VisibleTo"/>).
/// </summary>
public sealed partial class ResearchLesson : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid GroupId { get; private set; }
    public int RoundNumber { get; private set; }
    public Guid TeacherStaffMemberId { get; private set; }
    public string ClassName { get; private set; } = null!;
    public DateOnly LessonDate { get; private set; }
    public string? ObservationFocus { get; private set; }
    public LessonPlan Plan { get; private set; } = LessonPlan.Empty;
    public IReadOnlyList<CasePupil> CasePupils { get; private set; } = [];
    public IReadOnlyList<PupilPrediction> Predictions { get; private set; } = [];
    public IReadOnlyList<PupilInterview> Interviews { get; private set; } = [];
    public string? Surprises { get; private set; }
    public string? Teaching { get; private set; }
    public string? Conclusions { get; private set; }
    public string? AgreedChanges { get; private set; }
    public ResearchLessonStatus Status { get; private set; }
    public DateTime? DiscussedAt { get; private set; }

    private ResearchLesson() { }

    /// <summary>
    /// The next round of the group: the first, or a re-teach after the previous round (the group's latest) was discussed.
    /// </summary>
    public ResearchLesson(Guid id, LessonStudyGroup group, ResearchLesson? previous, ResearchLessonData data) : base(id)
    {
        if (previous is not null)
        {
            if (previous.GroupId != group.Id) throw new EntityNotFoundException(typeof(ResearchLesson), previous.Id);
            if (previous.Status != ResearchLessonStatus.Discussed)
                throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.PreviousRoundNotDiscussed).WithData(
                    "Round",
                    previous.RoundNumber);
            if (previous.RoundNumber >= LessonStudyConsts.MaxRounds)
                throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.TooManyRounds).WithData("0", LessonStudyConsts.MaxRounds);
        }
        GroupId = group.Id;
        RoundNumber = (previous?.RoundNumber ?? 0) + 1;
        Status = ResearchLessonStatus.Planned;
        Apply(group, data);
    }

    public bool IsDiscussed => Status == ResearchLessonStatus.Discussed;

    /// <summary>The plan, the pupils and the predictions change until the round is discussed.</summary>
    public ResearchLesson Replan(LessonStudyGroup group, ResearchLessonData data)
    {
        EnsureOpen();
        Apply(group, data);
        return this;
    }

    /// <summary>The case pupils' short interviews after the lesson, one per pupil of the lesson.</summary>
    public ResearchLesson SetInterviews(IReadOnlyList<PupilInterview> interviews)
    {
        EnsureOpen();
        var result = new List<PupilInterview>();
        for (var i = 0; i < interviews.Count; i++)
        {
            var interview = interviews[i];
            EnsurePupil(interview.PupilId, $"interviews[{i}].pupilId");
            result.Add(new PupilInterview(interview.PupilId,
                Check.NullIfEmpty(interview.Learned, $"interviews[{i}].learned", LessonStudyConsts.MaxInterviewAnswerLength),
                Check.NullIfEmpty(interview.Difficult, $"interviews[{i}].difficult", LessonStudyConsts.MaxInterviewAnswerLength),
                Check.NullIfEmpty(interview.Helped, $"interviews[{i}].helped", LessonStudyConsts.MaxInterviewAnswerLength)));
        }
        Interviews = result.DistinctBy(r => r.PupilId).ToList();
        return this;
    }

    /// <summary>The post-lesson discussion's record: starting from the pupils' learning (surprises), then the teaching, conclusions and
    /// agreed changes.</summary>
    public ResearchLesson RecordDiscussion(string? surprises, string? teaching, string? conclusions, string? agreedChanges)
    {
        EnsureOpen();
        Surprises = Check.NullIfEmpty(surprises, nameof(Surprises), LessonStudyConsts.MaxDiscussionTextLength);
        Teaching = Check.NullIfEmpty(teaching, nameof(Teaching), LessonStudyConsts.MaxDiscussionTextLength);
        Conclusions = Check.NullIfEmpty(conclusions, nameof(Conclusions), LessonStudyConsts.MaxDiscussionTextLength);
        AgreedChanges = Check.NullIfEmpty(agreedChanges, nameof(AgreedChanges), LessonStudyConsts.MaxDiscussionTextLength);
        return this;
    }

    /// <summary>The facilitator closes the discussion once its conclusions are written; the group may then re-teach.</summary>
    public ResearchLesson MarkDiscussed(LessonStudyGroup group, Guid? byStaffId, DateTime at)
    {
        if (!group.IsFacilitator(byStaffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.NotFacilitator);
        EnsureOpen();
        if (Conclusions is null) throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.DiscussionIncomplete);
        Status = ResearchLessonStatus.Discussed;
        DiscussedAt = at;
        return this;
    }

    public void EnsureOpen()
    {
        if (IsDiscussed) throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.RoundDiscussed);
    }

    /// <summary>A note is about one of the lesson's case pupils (400 otherwise) and, if it names one, a stage of its plan.</summary>
    public void EnsurePupil(Guid pupilId, string field)
    {
        if (CasePupils.All(p => p
            .Id != pupilId)) throw new InputValidationException(field, KemelSchoolPDErrorCodes.LessonStudy.UnknownPupil);
    }

    public void EnsureStage(Guid? stageId, string field)
    {
        if (stageId is { } id && Plan.Stages.All(s => s
            .Id != id)) throw new InputValidationException(field, KemelSchoolPDErrorCodes.LessonStudy.UnknownStage);
    }

    /// <summary>
    /// Whether a value looks like a child's full name (two or more capitalised words, "Айгерім Болатова"), which a case pupil must
    /// never carry: a pseudonym ("Оқушы А") or initials ("А.Б.") only.
    /// </summary>
    public static bool LooksLikeFullName(string value) => CapitalisedWord().Matches(value).Count >= 2;

    [GeneratedRegex(@"(?<![\p{L}])\p{Lu}[\p{Ll}'’\-]+", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWord();

    private void Apply(LessonStudyGroup group, ResearchLessonData data)
    {
        if (!group.IsMember(data.TeacherStaffMemberId))
            throw new InputValidationException("TeacherStaffMemberId", KemelSchoolPDErrorCodes.LessonStudy.TeacherNotMember);
        TeacherStaffMemberId = data.TeacherStaffMemberId;
        ClassName = Check.NotNullOrWhiteSpace(data.ClassName, nameof(ClassName), LessonStudyConsts.MaxClassNameLength);
        LessonDate = data.LessonDate;
        ObservationFocus = Check.NullIfEmpty(data.ObservationFocus, nameof(ObservationFocus), LessonStudyConsts.MaxFocusLength);
        Plan = NormalizePlan(data.Plan);
        if (data.CasePupils.Count is < LessonStudyConsts.MinCasePupils or > LessonStudyConsts.MaxCasePupils)
            throw new InputValidationException(
                "CasePupils",
                ValidationCodes.Range,
                LessonStudyConsts.MinCasePupils,
                LessonStudyConsts.MaxCasePupils);
        var pupils = new List<CasePupil>();
        for (var i = 0; i < data.CasePupils.Count; i++)
        {
            var pupil = data.CasePupils[i];
            var pseudonym = Check.NotNullOrWhiteSpace(pupil.Pseudonym, $"casePupils[{i}].pseudonym", LessonStudyConsts.MaxPseudonymLength)
                .Trim();
            if (LooksLikeFullName(pseudonym)) throw new BusinessException(KemelSchoolPDErrorCodes.LessonStudy.PupilFullName).WithData(
                "Index",
                i + 1);
            if (pupils.Any(p => string.Equals(p.Pseudonym, pseudonym, StringComparison.OrdinalIgnoreCase)))
                throw new InputValidationException($"casePupils[{i}].pseudonym", KemelSchoolPDErrorCodes.LessonStudy.DuplicatePupil);
            var note = Check.NullIfEmpty(pupil.ReasonNote, $"casePupils[{i}].reasonNote", LessonStudyConsts.MaxReasonNoteLength);
            if (note is not null && LooksLikeFullName(note)) throw new BusinessException(KemelSchoolPDErrorCodes.LessonStudy.PupilFullName)
                .WithData("Index", i + 1);
            pupils.Add(new CasePupil(
                pupil.Id == Guid.Empty || pupils.Any(p => p.Id == pupil.Id) ? Guid.CreateVersion7() : pupil.Id,
                pseudonym,
                Check.Defined(pupil.Reason, $"casePupils[{i}].reason"),
                note));
        }
        CasePupils = pupils;
        var predictions = new List<PupilPrediction>();
        for (var i = 0; i < data.Predictions.Count; i++)
        {
            var p = data.Predictions[i];
            if (p.PupilIndex < 0 || p.PupilIndex >= pupils.Count) throw new InputValidationException(
                $"predictions[{i}].pupilIndex",
                KemelSchoolPDErrorCodes.LessonStudy.UnknownPupil);
            if (p.StageIndex < 0 || p.StageIndex >= Plan.Stages.Count) throw new InputValidationException(
                $"predictions[{i}].stageIndex",
                KemelSchoolPDErrorCodes.LessonStudy.UnknownStage);
            var text = Check.NullIfEmpty(p.Text, $"predictions[{i}].text", LessonStudyConsts.MaxPredictionLength);
            if (text is null) continue;
            predictions.Add(new PupilPrediction(pupils[p.PupilIndex].Id, Plan.Stages[p.StageIndex].Id, text));
        }
        Predictions = predictions.DistinctBy(p => (p.PupilId, p.StageId)).ToList();
        // Interviews of pupils no longer in the lesson go with them.
        Interviews = Interviews.Where(r => pupils.Any(p => p.Id == r.PupilId)).ToList();
    }

    private static LessonPlan NormalizePlan(LessonPlan plan)
    {
        if (plan.Objectives.Count > LessonStudyConsts.MaxObjectives)
            throw new InputValidationException("Plan.Objectives", ValidationCodes.Range, 0, LessonStudyConsts.MaxObjectives);
        if (plan.Stages.Count is 0 or > LessonStudyConsts.MaxStages)
            throw new InputValidationException("Plan.Stages", ValidationCodes.Range, 1, LessonStudyConsts.MaxStages);
        var objectives = plan.Objectives
            .Select((o, i) => Check.NullIfEmpty(o, $"plan.objectives[{i}]", LessonStudyConsts.MaxObjectiveLength))
            .OfType<string>()
            .ToList();
        var stages = new List<LessonStage>();
        for (var i = 0; i < plan.Stages.Count; i++)
        {
            var s = plan.Stages[i];
            stages.Add(new LessonStage(s.Id == Guid.Empty || stages.Any(x => x.Id == s.Id) ? Guid.CreateVersion7() : s.Id,
                Check.NotNullOrWhiteSpace(s.Title, $"plan.stages[{i}].title", LessonStudyConsts.MaxStageTitleLength),
                Check.Range(s.Minutes, $"plan.stages[{i}].minutes", LessonStudyConsts.MinStageMinutes, LessonStudyConsts.MaxStageMinutes),
                Check.NullIfEmpty(s.Tasks, $"plan.stages[{i}].tasks", LessonStudyConsts.MaxStageTasksLength)));
        }
        return new LessonPlan(objectives, stages);
    }
}

/// <summary>What a round's form holds. Predictions name their pupil and stage by position in the lists of the same form.</summary>
public sealed record ResearchLessonData(
    Guid TeacherStaffMemberId, string ClassName, DateOnly LessonDate, string? ObservationFocus, LessonPlan Plan,
    IReadOnlyList<CasePupil> CasePupils, IReadOnlyList<PredictionByPosition> Predictions);

public sealed record PredictionByPosition(int PupilIndex, int StageIndex, string? Text);

/// <summary>The lesson plan: learning objectives and the stages in order (minutes and the pupils' tasks).</summary>
public sealed record LessonPlan(IReadOnlyList<string> Objectives, IReadOnlyList<LessonStage> Stages)
{
    public static readonly LessonPlan Empty = new([], []);
}

public sealed record LessonStage(Guid Id, string Title, int Minutes, string? Tasks);

/// <summary>A case pupil: a pseudonym or initials only, and why the group follows them.</summary>
public sealed record CasePupil(Guid Id, string Pseudonym, CasePupilReason Reason, string? ReasonNote);

/// <summary>How the group expects one case pupil to respond in one stage.</summary>
public sealed record PupilPrediction(Guid PupilId, Guid StageId, string Text);

/// <summary>A case pupil's short interview after the lesson: what they learned, what was difficult, what helped.</summary>
public sealed record PupilInterview(Guid PupilId, string? Learned, string? Difficult, string? Helped);

/// <summary>
/// One observer's note during a research lesson: about one case pupil (and a stage), when, what the pupil did. Its id is made by
/// the observer's device, so sending it again (after the connection returns) updates it instead of adding a copy; another
/// observer's notes are never touched. Read by whoever reads the round.
/// </summary>
public sealed class ResearchLessonNote : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public Guid LessonId { get; private set; }
    public Guid GroupId { get; private set; }
    public Guid ObserverStaffMemberId { get; private set; }
    public Guid PupilId { get; private set; }
    public Guid? StageId { get; private set; }
    public DateTime ObservedAt { get; private set; }
    public string Text { get; private set; } = null!;

    private ResearchLessonNote() { }

    /// <summary>A member's note about a pupil of an open round.</summary>
    public ResearchLessonNote(Guid id, LessonStudyGroup group, ResearchLesson lesson, Guid? observerStaffMemberId) : base(id)
    {
        if (!group.IsMember(observerStaffMemberId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.LessonStudy.ObserverNotMember);
        if (lesson.GroupId != group.Id) throw new EntityNotFoundException(typeof(ResearchLesson), lesson.Id);
        LessonId = lesson.Id;
        GroupId = group.Id;
        ObserverStaffMemberId = observerStaffMemberId!.Value;
    }

    /// <summary>Only its own observer rewrites a note (the same client id from another observer is refused).</summary>
    public ResearchLessonNote Write(
        ResearchLesson lesson,
        Guid? byStaffId,
        Guid pupilId,
        Guid? stageId,
        DateTime observedAt,
        string text,
        string field)
    {
        if (byStaffId != ObserverStaffMemberId || lesson.Id != LessonId)
            throw new ConflictException(KemelSchoolPDErrorCodes.LessonStudy.NoteOfAnotherObserver);
        lesson.EnsureOpen();
        lesson.EnsurePupil(pupilId, field + ".pupilId");
        lesson.EnsureStage(stageId, field + ".stageId");
        PupilId = pupilId;
        StageId = stageId;
        ObservedAt = observedAt.Kind == DateTimeKind.Utc ? observedAt : observedAt.ToUniversalTime();
        Text = Check.NotNullOrWhiteSpace(text, field + ".text", LessonStudyConsts.MaxNoteLength);
        return this;
    }
}
