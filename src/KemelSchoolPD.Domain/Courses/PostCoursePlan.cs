using System.Linq.Expressions;
using KemelSchoolPD.Agreements;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The post-course support plan (seed 002 ch. 4): after a completed course the teacher picks 1–2 directions from the
/// programme's checklist and plans at least three events (open lesson, master class, webinar…); the plan is discussed at the
/// methodological association and approved by the director through the shared <see cref="AgreementWorkflow"/> (nobody
/// approves their own). Each held event records its date, the evidence link and the curator it was sent to; stage 3 is the
/// presentation of results and the association's recommendation. The counts are the programme's settings, not code.
/// </summary>
public sealed class PostCoursePlan : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who reads a plan: its teacher; with ViewAll everyone's of the school.</summary>
    public static Expression<Func<PostCoursePlan, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return p => viewAll || (staffId != null && p.StaffMemberId == me);
    }

    public Guid TenantId { get; private set; }
    public Guid CourseRecordId { get; private set; }
    public Guid StaffMemberId { get; private set; }
    public DevelopmentPlanStatus Status { get; private set; }
    public IReadOnlyList<string> Directions { get; private set; } = [];
    public IReadOnlyList<PostCourseEvent> Events { get; private set; } = [];
    /// <summary>The day the methodological association discussed the plan (seed 002 L242–246).</summary>
    public DateOnly? DiscussedOn { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    public string? ReturnComment { get; private set; }
    /// <summary>Stage 3: the presentation of results (portfolio section, methodological product, seminar).</summary>
    public string? Outcome { get; private set; }
    /// <summary>The association's recommendation: continue, or present at district/oblast level.</summary>
    public string? Recommendation { get; private set; }

    public bool IsEditable => AgreementWorkflow.IsEditable(Status);
    public bool IsUnderWay => AgreementWorkflow.IsUnderWay(Status);

    private PostCoursePlan() { }

    public PostCoursePlan(
        Guid id,
        CourseRecord course,
        PostCourseSettings settings,
        IEnumerable<string> directions,
        IEnumerable<PostCourseEvent> events,
        DateOnly? discussedOn) : base(id)
    {
        if (course.Status != CourseRecordStatus.Completed || course.Passed == false)
            throw new ConflictException(KemelSchoolPDErrorCodes.Courses.CourseNotCompleted);
        CourseRecordId = course.Id;
        StaffMemberId = course.StaffMemberId;
        Status = DevelopmentPlanStatus.Draft;
        SetContents(settings, course, directions, events, discussedOn);
    }

    public PostCoursePlan Edit(
        PostCourseSettings settings,
        CourseRecord course,
        IEnumerable<string> directions,
        IEnumerable<PostCourseEvent> events,
        DateOnly? discussedOn)
    {
        if (!IsEditable) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.NotEditable);
        SetContents(settings, course, directions, events, discussedOn);
        return this;
    }

    /// <summary>Submitting fewer events than the programme asks (3 by default) is refused (400).</summary>
    public PostCoursePlan Submit(PostCourseSettings settings, DateTime now)
    {
        var submitted = AgreementWorkflow.Submit(Status, KemelSchoolPDErrorCodes.Courses.WrongStatus);
        if (Events.Count < settings.MinEvents)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.TooFewEvents).WithData("Min", settings.MinEvents);
        Status = submitted;
        SubmittedAt = now;
        return this;
    }

    public PostCoursePlan Return(Guid? reviewerStaffId, string comment)
    {
        AgreementWorkflow.EnsureNotOwn(StaffMemberId, reviewerStaffId, KemelSchoolPDErrorCodes.Courses.CannotReviewOwnPlan);
        var returned = AgreementWorkflow.Return(Status, KemelSchoolPDErrorCodes.Courses.WrongStatus);
        ReturnComment = Check.NotNullOrWhiteSpace(comment, "comment", CourseConsts.MaxCommentLength);
        Status = returned;
        return this;
    }

    public PostCoursePlan Agree(Guid? reviewerStaffId, Guid? reviewerUserId, DateTime now)
    {
        AgreementWorkflow.EnsureNotOwn(StaffMemberId, reviewerStaffId, KemelSchoolPDErrorCodes.Courses.CannotReviewOwnPlan);
        Status = AgreementWorkflow.Agree(Status, KemelSchoolPDErrorCodes.Courses.WrongStatus);
        AgreedAt = now;
        AgreedByUserId = reviewerUserId;
        ReturnComment = null;
        return this;
    }

    /// <summary>An event of an approved plan was held: its date, the link to the published materials and the curator it was sent
    /// to.</summary>
    public PostCoursePlan RecordEvent(
        Guid eventId,
        DateOnly heldOn,
        string? evidenceLink,
        string? curatorName,
        string? note,
        DateOnly courseEnd)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        var events = Events.ToList();
        var index = events.FindIndex(e => e.Id == eventId);
        if (index < 0) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.UnknownEvent);
        if (heldOn < courseEnd) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.EventDateBeforeCourse);
        events[index] = events[index] with
        {
            HeldOn = heldOn,
            EvidenceLink = Check.NullIfEmpty(evidenceLink, "evidenceLink", CourseConsts.MaxLinkLength),
            CuratorName = Check.NullIfEmpty(curatorName, "curatorName", CourseConsts.MaxNameLength),
            Note = Check.NullIfEmpty(note, "note", CourseConsts.MaxCommentLength),
        };
        Events = events;
        Status = DevelopmentPlanStatus.InProgress;
        return this;
    }

    /// <summary>Stage 3: the results presented and the association's recommendation.</summary>
    public PostCoursePlan RecordOutcome(string? outcome, string? recommendation)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        Outcome = Check.NullIfEmpty(outcome, "outcome", CourseConsts.MaxCommentLength);
        Recommendation = Check.NullIfEmpty(recommendation, "recommendation", CourseConsts.MaxCommentLength);
        return this;
    }

    private void SetContents(
        PostCourseSettings settings,
        CourseRecord course,
        IEnumerable<string> directions,
        IEnumerable<PostCourseEvent> events,
        DateOnly? discussedOn)
    {
        var chosen = directions.Select(d => d.Trim()).Where(d => d.Length > 0).Distinct().ToList();
        if (chosen.Count < settings.MinDirections || chosen.Count > settings.MaxDirections)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.DirectionCount).WithData("Min", settings.MinDirections)
                .WithData("Max", settings.MaxDirections);
        if (settings.Directions.Count > 0 && chosen.Any(d => settings.Directions.All(x => x.Key != d)))
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.UnknownDirection);
        var list = events.ToList();
        if (list.Count > CourseConsts.MaxEvents) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.TooManyEvents).WithData(
            "Max",
            CourseConsts.MaxEvents);
        var courseEnd = course.EndDate ?? DateOnly.MinValue;
        Events = list.Select(e =>
        {
            if (e.PlannedDate is { } d && d < courseEnd) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.EventDateBeforeCourse);
            var previous = Events.FirstOrDefault(x => x.Id == e.Id && e.Id != Guid.Empty);
            return new PostCourseEvent
            {
                Id = previous?.Id ?? Guid.CreateVersion7(),
                Kind = Check.Defined(e.Kind, "kind"),
                Title = Check.NotNullOrWhiteSpace(e.Title, "title", CourseConsts.MaxTitleLength),
                PlannedDate = e.PlannedDate,
                Level = e.Level == 0 ? PostCourseEventLevel.School : Check.Defined(e.Level, "level"),
                HeldOn = previous?.HeldOn,
                EvidenceLink = previous?.EvidenceLink,
                CuratorName = previous?.CuratorName,
                Note = previous?.Note,
            };
        }).OrderBy(e => e.PlannedDate).ToList();
        Directions = chosen;
        DiscussedOn = discussedOn;
    }
}
