using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The lifecycle of a provider's programme on the platform (seed 002 ch. 2, L55–133; host side, the platform operator's):
/// the development protocol and order, the 10 mandatory sections, the public discussion of 10 working days with every comment
/// answered, the Expert Council's conclusion ("revise": resubmitted within 15 working days of receipt; "refuse": developed
/// again), the director's approval within 3 working days of the agreement, and a review at least every 3 years. The steps are
/// recorded as they happen; the order of the steps is checked here and the deadlines are computed on the Kazakh working
/// calendar when read, so a transfer decree added later moves them.
/// </summary>
public sealed class ProgrammeLifecycle : FullAuditedAggregateRoot<Guid>
{
    public Guid ProgrammeId { get; private set; }
    public DateOnly ProtocolDate { get; private set; }
    public string? ProtocolSignedBy { get; private set; }
    public string? DevelopmentOrderNumber { get; private set; }
    public DateOnly? DevelopmentOrderDate { get; private set; }
    public IReadOnlyList<ProgrammeSection> SectionsDone { get; private set; } = [];
    public int? OldestLiteratureYear { get; private set; }
    public DateOnly? DiscussionStart { get; private set; }
    public string? DiscussionLink { get; private set; }
    public int CommentsReceived { get; private set; }
    public int CommentsAnswered { get; private set; }
    public DateOnly? RevisionReceivedOn { get; private set; }
    public DateOnly? ResubmittedOn { get; private set; }
    public ExpertConclusion? Conclusion { get; private set; }
    public DateOnly? ConclusionReceivedOn { get; private set; }
    public string? ApprovalOrderNumber { get; private set; }
    public DateOnly? ApprovedOn { get; private set; }
    public DateOnly? LastReviewedOn { get; private set; }
    public bool Cancelled { get; private set; }

    private ProgrammeLifecycle() { }

    public ProgrammeLifecycle(Guid id, Guid programmeId) : base(id)
    {
        ProgrammeId = programmeId;
    }

    public IReadOnlyList<ProgrammeSection> MissingSections => Enum.GetValues<ProgrammeSection>().Except(SectionsDone).ToList();

    /// <summary>Records the steps so far, each after the one before it.</summary>
    public ProgrammeLifecycle Record(ProgrammeLifecycleData data, WorkingCalendar calendar)
    {
        var sections = data.SectionsDone.Select(s => Check.Defined(s, "sectionsDone")).Distinct().Order().ToList();
        After(data.DevelopmentOrderDate, data.ProtocolDate, "developmentOrderDate");
        if (data.DiscussionStart is { } start)
        {
            After(start, data.DevelopmentOrderDate ?? data.ProtocolDate, "discussionStart");
            var missing = Enum.GetValues<ProgrammeSection>().Except(sections).ToList();
            if (missing.Count > 0)
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.SectionsMissing).WithData(
                    "Sections",
                    LocalizableValue.Enums(missing));
            if (data.OldestLiteratureYear is { } oldest && oldest < start.Year - CourseConsts.LiteratureYears)
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.LiteratureTooOld).WithData(
                    "Year",
                    start.Year - CourseConsts.LiteratureYears);
        }
        else if (data.RevisionReceivedOn is not null || data.Conclusion is not null)
        {
            throw OutOfOrder("discussionStart");
        }
        if (data.CommentsAnswered > data
            .CommentsReceived) throw new InputValidationException("commentsAnswered", ValidationCodes.Range, 0, data.CommentsReceived);
        var discussionEnds = data.DiscussionStart is { } s ? calendar.PeriodEnd(s, CourseConsts.DiscussionWorkingDays) : (DateOnly?)null;

        // The Expert Council answers (first "revise", or the conclusion itself) after the discussion is over and every comment has its
        // answer.
        if ((data.RevisionReceivedOn ?? data.ConclusionReceivedOn) is { } answered)
        {
            if (answered <= discussionEnds)
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.DiscussionNotOver).WithData(
                    "Ends",
                    discussionEnds.Value.ToString("dd.MM.yyyy"));
            if (data.CommentsAnswered < data.CommentsReceived)
                throw new BusinessException(KemelSchoolPDErrorCodes.Courses.CommentsUnanswered).WithData(
                    "Count",
                    data.CommentsReceived - data.CommentsAnswered);
        }
        if (data.ResubmittedOn is { } resubmitted)
        {
            if (data.RevisionReceivedOn is null) throw OutOfOrder("revisionReceivedOn");
            After(resubmitted, data.RevisionReceivedOn, "resubmittedOn");
            After(data.ConclusionReceivedOn, resubmitted, "conclusionReceivedOn");
        }
        if ((data.Conclusion is null) != (data
            .ConclusionReceivedOn is null)) throw OutOfOrder(data.Conclusion is null ? "conclusion" : "conclusionReceivedOn");
        if (data.ApprovedOn is { } approved)
        {
            if (data.Conclusion != ExpertConclusion.Agree) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.NotAgreed);
            After(approved, data.ConclusionReceivedOn, "approvedOn");
        }
        if (data.LastReviewedOn is { } reviewed)
        {
            if (data.ApprovedOn is null) throw OutOfOrder("approvedOn");
            After(reviewed, data.ApprovedOn, "lastReviewedOn");
        }
        if (data.Cancelled && data.LastReviewedOn is null) throw OutOfOrder("lastReviewedOn");

        ProtocolDate = data.ProtocolDate;
        ProtocolSignedBy = Check.NullIfEmpty(data.ProtocolSignedBy, "protocolSignedBy", CourseConsts.MaxNameLength);
        DevelopmentOrderNumber = Check.NullIfEmpty(
            data.DevelopmentOrderNumber,
            "developmentOrderNumber",
            CourseConsts.MaxOrderNumberLength);
        DevelopmentOrderDate = data.DevelopmentOrderDate;
        SectionsDone = sections;
        OldestLiteratureYear = data.OldestLiteratureYear;
        DiscussionStart = data.DiscussionStart;
        DiscussionLink = Check.NullIfEmpty(data.DiscussionLink, "discussionLink", CourseConsts.MaxLinkLength);
        CommentsReceived = data.CommentsReceived;
        CommentsAnswered = data.CommentsAnswered;
        RevisionReceivedOn = data.RevisionReceivedOn;
        ResubmittedOn = data.ResubmittedOn;
        Conclusion = data.Conclusion;
        ConclusionReceivedOn = data.ConclusionReceivedOn;
        ApprovalOrderNumber = Check.NullIfEmpty(data.ApprovalOrderNumber, "approvalOrderNumber", CourseConsts.MaxOrderNumberLength);
        ApprovedOn = data.ApprovedOn;
        LastReviewedOn = data.LastReviewedOn;
        Cancelled = data.Cancelled;
        return this;
    }

    /// <summary>The deadlines on today's calendar and where the programme stands on a day.</summary>
    public ProgrammeLifecycleState StateOn(DateOnly today, WorkingCalendar calendar)
    {
        var discussionEnds = DiscussionStart is { } s ? calendar.PeriodEnd(s, CourseConsts.DiscussionWorkingDays) : (DateOnly?)null;
        var revisionDue = RevisionReceivedOn is { } r ? calendar.WorkingDaysAfter(r, CourseConsts.RevisionWorkingDays) : (DateOnly?)null;
        var approvalDue = Conclusion == ExpertConclusion.Agree && ConclusionReceivedOn is { } c
            ? calendar.WorkingDaysAfter(c, CourseConsts.ApprovalWorkingDays) : (DateOnly?)null;
        var nextReview = Cancelled ? null : (LastReviewedOn ?? ApprovedOn)?.AddYears(CourseConsts.ReviewYears);
        var stage = Cancelled ? ProgrammeLifecycleStage.Cancelled
            : ApprovedOn is not null ? ProgrammeLifecycleStage.Approved
            : Conclusion == ExpertConclusion.Agree ? ProgrammeLifecycleStage.Approval
            : Conclusion == ExpertConclusion.Refuse ? ProgrammeLifecycleStage.Refused
            : RevisionReceivedOn is not null && ResubmittedOn is null ? ProgrammeLifecycleStage.Revision
            : discussionEnds is { } ends && today > ends ? ProgrammeLifecycleStage.Agreement
            : DiscussionStart is not null && today >= DiscussionStart ? ProgrammeLifecycleStage.PublicDiscussion
            : ProgrammeLifecycleStage.Development;
        var overdue = stage switch
        {
            ProgrammeLifecycleStage.Revision => today > revisionDue,
            ProgrammeLifecycleStage.Approval => today > approvalDue,
            ProgrammeLifecycleStage.Approved => today > nextReview,
            _ => false,
        };
        return new ProgrammeLifecycleState(
            stage,
            discussionEnds,
            revisionDue,
            ResubmittedOn > revisionDue,
            approvalDue,
            ApprovedOn > approvalDue,
            nextReview,
            overdue);
    }

    private static void After(DateOnly? later, DateOnly? earlier, string field)
    {
        if (later is { } l && earlier is { } e && l < e) throw OutOfOrder(field);
    }

    private static BusinessException OutOfOrder(string field) =>
        new BusinessException(KemelSchoolPDErrorCodes.Courses.LifecycleOutOfOrder).WithData(
            "Step",
            LocalizableValue.Of($"Courses:LifecycleStep.{field}"));
}

public sealed record ProgrammeLifecycleData
{
    public DateOnly ProtocolDate { get; init; }
    public string? ProtocolSignedBy { get; init; }
    public string? DevelopmentOrderNumber { get; init; }
    public DateOnly? DevelopmentOrderDate { get; init; }
    public IReadOnlyList<ProgrammeSection> SectionsDone { get; init; } = [];
    public int? OldestLiteratureYear { get; init; }
    public DateOnly? DiscussionStart { get; init; }
    public string? DiscussionLink { get; init; }
    public int CommentsReceived { get; init; }
    public int CommentsAnswered { get; init; }
    public DateOnly? RevisionReceivedOn { get; init; }
    public DateOnly? ResubmittedOn { get; init; }
    public ExpertConclusion? Conclusion { get; init; }
    public DateOnly? ConclusionReceivedOn { get; init; }
    public string? ApprovalOrderNumber { get; init; }
    public DateOnly? ApprovedOn { get; init; }
    public DateOnly? LastReviewedOn { get; init; }
    public bool Cancelled { get; init; }
}

/// <summary>The computed side: the stage on a day and the deadlines in working days (late flags: done after the deadline).</summary>
public sealed record ProgrammeLifecycleState(
    ProgrammeLifecycleStage Stage, DateOnly? DiscussionEnds, DateOnly? RevisionDue, bool ResubmittedLate,
    DateOnly? ApprovalDue, bool ApprovedLate, DateOnly? NextReviewDue, bool Overdue);
