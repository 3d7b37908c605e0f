using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.LessonObservations;

/// <summary>
/// One observed lesson: what the observer saw (time-stamped notes, strengths, growth points, optional rubric scores) and the
/// teacher's written reply. A developmental observation is the teacher's, shared by their choice; an evaluation one is locked
/// once signed and reopened only by a director with a reason.
/// </summary>
public sealed class LessonObservation : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>
    /// Who may read an observation: the teacher, the observer, whom the teacher shared a developmental one with, and for
    /// evaluation ones whoever may view evaluations. Every reader (observation pages, growth-cycle diagnostics) uses this rule.
    /// </summary>
    public static Expression<Func<LessonObservation, bool>> VisibleTo(Guid? staffId, bool viewEvaluations)
    {
        var me = staffId ?? Guid.Empty;
        return o => o.ObservedStaffMemberId == me || o.ObserverStaffMemberId == me
                    || (o.Purpose == ObservationPurpose.Developmental && o.Shares.Any(s => s.StaffMemberId == me))
                    || (o.Purpose == ObservationPurpose.Evaluation && viewEvaluations);
    }

    private readonly List<ObservationShare> _shares = [];

    public Guid TenantId { get; private set; }
    public Guid ObservedStaffMemberId { get; private set; }
    public Guid ObserverStaffMemberId { get; private set; }
    public ObservationPurpose Purpose { get; private set; }
    public DateOnly LessonDate { get; private set; }
    public LessonDetails Lesson { get; private set; } = null!;
    public string? Focus { get; private set; }
    public IReadOnlyList<ObservationNote> Notes { get; private set; } = [];
    public string? Strengths { get; private set; }
    public string? GrowthPoints { get; private set; }
    public ObjectivesMatch ObjectivesMatched { get; private set; }
    public Guid? FormId { get; private set; }
    public IReadOnlyList<CriterionScore> Scores { get; private set; } = [];
    public string? TeacherReply { get; private set; }
    public DateTime? RepliedAt { get; private set; }
    public ObservationStatus Status { get; private set; }
    /// <summary>Colleagues the teacher chose to show a developmental observation to (a table, so visibility is one query).</summary>
    public IReadOnlyCollection<ObservationShare> Shares => _shares.AsReadOnly();
    /// <summary>Signed, reopened, replied: who and when, oldest first.</summary>
    public IReadOnlyList<ObservationEvent> Events { get; private set; } = [];
    public Guid? GrowthCycleId { get; private set; }

    private LessonObservation() { }

    public LessonObservation(
        Guid observedStaffMemberId,
        Guid observerStaffMemberId,
        ObservationPurpose purpose) : base(Guid.CreateVersion7())
    {
        if (observedStaffMemberId == observerStaffMemberId)
            throw new BusinessException(KemelSchoolPDErrorCodes.LessonObservations.CannotObserveSelf);
        ObservedStaffMemberId = observedStaffMemberId;
        ObserverStaffMemberId = observerStaffMemberId;
        Purpose = purpose;
        Status = ObservationStatus.Draft;
    }

    /// <summary>Signed evaluation observations are evidence for attestation: nobody changes them until a director reopens.</summary>
    public bool IsLocked => Purpose == ObservationPurpose.Evaluation && Status == ObservationStatus.Signed;

    public void Record(
        DateOnly lessonDate,
        LessonDetails lesson,
        string? focus,
        IEnumerable<ObservationNote> notes,
        string? strengths,
        string? growthPoints,
        ObjectivesMatch objectivesMatched,
        Guid? formId,
        IEnumerable<CriterionScore> scores,
        Guid? growthCycleId)
    {
        EnsureNotLocked();
        LessonDate = lessonDate;
        Lesson = lesson;
        Focus = focus;
        Notes = notes.OrderBy(n => n.Minute).ToList();
        Strengths = strengths;
        GrowthPoints = growthPoints;
        ObjectivesMatched = objectivesMatched;
        FormId = formId;
        Scores = formId is null ? [] : scores.ToList();
        GrowthCycleId = growthCycleId;
    }

    public void Sign(Guid userId, DateTime now)
    {
        if (Status == ObservationStatus.Signed) throw new ConflictException(KemelSchoolPDErrorCodes.LessonObservations.AlreadySigned);
        Status = ObservationStatus.Signed;
        AddEvent(new ObservationEvent(ObservationEventKind.Signed, userId, now, null));
    }

    public void Reopen(Guid userId, DateTime now, string reason)
    {
        if (Status != ObservationStatus.Signed) throw new ConflictException(KemelSchoolPDErrorCodes.LessonObservations.NotSigned);
        Status = ObservationStatus.Draft;
        AddEvent(new ObservationEvent(ObservationEventKind.Reopened, userId, now, reason));
    }

    /// <summary>The teacher answers in writing; a reply to a signed evaluation is allowed (it is the teacher's voice, not the
    /// evidence).</summary>
    public void Reply(string reply, Guid userId, DateTime now)
    {
        TeacherReply = reply;
        RepliedAt = now;
        AddEvent(new ObservationEvent(ObservationEventKind.Replied, userId, now, null));
    }

    public void ShareWith(IEnumerable<Guid> staffMemberIds)
    {
        if (Purpose == ObservationPurpose.Evaluation) throw new ConflictException(
            KemelSchoolPDErrorCodes.LessonObservations.EvaluationNotShared);
        var shares = staffMemberIds.Where(id => id != ObservedStaffMemberId && id != ObserverStaffMemberId).Distinct()
            .Select(id => new ObservationShare(id)).ToList();
        _shares.Clear();
        _shares.AddRange(shares);
    }

    /// <summary>The whole list is replaced so the JSON column is seen as changed.</summary>
    private void AddEvent(ObservationEvent e) => Events = [.. Events, e];

    private void EnsureNotLocked()
    {
        if (IsLocked) throw new ConflictException(KemelSchoolPDErrorCodes.LessonObservations.Locked);
    }
}

public sealed record LessonDetails(string ClassName, string Subject, string? Topic, string? LearningObjectives);

public sealed record ObservationNote(int Minute, string Text);

public sealed record CriterionScore(string CriterionKey, int Score);

public sealed record ObservationShare(Guid StaffMemberId);

public sealed record ObservationEvent(ObservationEventKind Kind, Guid UserId, DateTime Time, string? Reason);
