using System.Linq.Expressions;
using KemelSchoolPD.Agreements;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A mentor's work plan for one academic year: months × activities (topic, form, date, expected result), drafted by the
/// mentor, agreed or returned by the director or a deputy through the development plans' <see cref="AgreementWorkflow"/>;
/// after agreement only the progress of each activity changes, and every such change is a version. One plan per mentor and
/// year (a unique index). The seeds name no official form for it (seed-fidelity §8.1), so its layout is plain.
/// </summary>
public sealed class MentorYearPlan : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>
    /// Who may read a plan: with ViewAll everyone's; otherwise the mentor's own and, read only, the plans that name one as a
    /// mentee. Every reader (its pages, the audit log, documents) uses this rule.
    /// </summary>
    public static Expression<Func<MentorYearPlan, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return p => viewAll || (staffId != null && (p.MentorStaffMemberId == me || p.Mentees.Any(m => m.StaffMemberId == me)));
    }

    private readonly List<MentorYearPlanMentee> _mentees = [];

    public Guid TenantId { get; private set; }
    public Guid MentorStaffMemberId { get; private set; }
    public int AcademicYear { get; private set; }
    public DevelopmentPlanStatus Status { get; private set; }
    /// <summary>The mentor's aim for the year (optional).</summary>
    public string? Goal { get; private set; }
    public IReadOnlyList<MentorPlanActivity> Activities { get; private set; } = [];
    /// <summary>The mentees the plan concerns (optional; they read it).</summary>
    public IReadOnlyCollection<MentorYearPlanMentee> Mentees => _mentees.AsReadOnly();
    /// <summary>Grows with every change of the contents; versions and reviews record the revision they saw.</summary>
    public int Revision { get; private set; }
    public DateTime? SubmittedAt { get; private set; }
    public DateTime? AgreedAt { get; private set; }
    public Guid? AgreedByUserId { get; private set; }
    /// <summary>The reviewer's comment when the plan was last returned.</summary>
    public string? ReturnComment { get; private set; }

    public DateOnly PeriodStart => AcademicYears.FirstDay(AcademicYear);
    public DateOnly PeriodEnd => AcademicYears.LastDay(AcademicYear);
    public bool IsEditable => AgreementWorkflow.IsEditable(Status);
    public bool IsUnderWay => AgreementWorkflow.IsUnderWay(Status);

    private MentorYearPlan() { }

    public MentorYearPlan(Guid id, Guid mentorStaffMemberId, int academicYear, string? goal, IEnumerable<MentorPlanActivity> activities,
        IEnumerable<Guid> menteeStaffMemberIds) : base(id)
    {
        if (!AcademicYears.IsValid(academicYear)) throw new InputValidationException(
            nameof(AcademicYear),
            ValidationCodes.Range,
            AcademicYears.Min,
            AcademicYears.Max);
        MentorStaffMemberId = mentorStaffMemberId;
        AcademicYear = academicYear;
        Status = DevelopmentPlanStatus.Draft;
        SetContents(goal, activities, menteeStaffMemberIds);
    }

    /// <summary>The mentor reworks a draft or a returned plan.</summary>
    public MentorYearPlan Edit(string? goal, IEnumerable<MentorPlanActivity> activities, IEnumerable<Guid> menteeStaffMemberIds)
    {
        if (!IsEditable) throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.NotEditable);
        SetContents(goal, activities, menteeStaffMemberIds);
        Revision++;
        return this;
    }

    public MentorYearPlan Submit(DateTime now)
    {
        var submitted = AgreementWorkflow.Submit(Status, KemelSchoolPDErrorCodes.MentoringPlans.WrongStatus);
        if (Activities
            .Count == 0) throw new InputValidationException(nameof(Activities), KemelSchoolPDErrorCodes.MentoringPlans.NoActivities);
        Status = submitted;
        SubmittedAt = now;
        return this;
    }

    /// <summary>The reviewer (never the mentor: <see cref="AgreementWorkflow.EnsureNotOwn"/>) returns the plan with a comment.</summary>
    public MentorYearPlan Return(Guid? reviewerStaffId, string comment)
    {
        AgreementWorkflow.EnsureNotOwn(MentorStaffMemberId, reviewerStaffId, KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        var returned = AgreementWorkflow.Return(Status, KemelSchoolPDErrorCodes.MentoringPlans.WrongStatus);
        ReturnComment = Check.NotNullOrWhiteSpace(comment, "comment", MentorYearPlanConsts.MaxCommentLength);
        Status = returned;
        return this;
    }

    public MentorYearPlan Agree(Guid? reviewerStaffId, Guid? reviewerUserId, DateTime now)
    {
        AgreementWorkflow.EnsureNotOwn(MentorStaffMemberId, reviewerStaffId, KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        Status = AgreementWorkflow.Agree(Status, KemelSchoolPDErrorCodes.MentoringPlans.WrongStatus);
        AgreedAt = now;
        AgreedByUserId = reviewerUserId;
        ReturnComment = null;
        return this;
    }

    /// <summary>Progress of activities on an agreed plan; a moved or cancelled activity says why. The wording stays as agreed.</summary>
    public MentorYearPlan RecordProgress(IEnumerable<MentorActivityProgressUpdate> updates)
    {
        if (!IsUnderWay) throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.WrongStatus);
        var activities = Activities.Select(a => a with { }).ToList();
        foreach (var update in updates)
        {
            var index = activities.FindIndex(a => a.Id == update.ActivityId);
            if (index < 0) throw new InputValidationException("updates", KemelSchoolPDErrorCodes.MentoringPlans.UnknownActivity);
            var progress = Check.Defined(update.Progress, "progress");
            var note = Check.NullIfEmpty(update.Note, "note", MentorYearPlanConsts.MaxNoteLength);
            if (progress is MentorActivityProgress.Moved or MentorActivityProgress.Cancelled && note is null)
                throw new InputValidationException("note", KemelSchoolPDErrorCodes.MentoringPlans.NoteRequired);
            var date = update.NewDate ?? activities[index].PlannedDate;
            if (date is { } d && (d < PeriodStart || d > PeriodEnd))
                throw new InputValidationException("newDate", KemelSchoolPDErrorCodes.MentoringPlans.DateOutsideYear);
            activities[index] = activities[index] with
            {
                Progress = progress,
                ProgressNote = note,
                PlannedDate = progress == MentorActivityProgress.Moved ? date : activities[index].PlannedDate,
                Month = progress == MentorActivityProgress.Moved && date is { } moved ? moved.Month : activities[index].Month,
            };
        }
        Activities = activities;
        Status = DevelopmentPlanStatus.InProgress;
        Revision++;
        return this;
    }

    private void SetContents(string? goal, IEnumerable<MentorPlanActivity> activities, IEnumerable<Guid> menteeStaffMemberIds)
    {
        Goal = Check.NullIfEmpty(goal, nameof(Goal), MentorYearPlanConsts.MaxGoalLength);
        var list = activities.ToList();
        if (list.Count > MentorYearPlanConsts.MaxActivities)
            throw new InputValidationException(
                nameof(Activities),
                KemelSchoolPDErrorCodes.MentoringPlans.TooManyActivities,
                MentorYearPlanConsts.MaxActivities);
        Activities = list.Select(Normalize).OrderBy(a => MonthOrder(a.Month)).ThenBy(a => a.PlannedDate).ToList();
        var mentees = menteeStaffMemberIds.Distinct().ToList();
        _mentees.RemoveAll(m => !mentees.Contains(m.StaffMemberId));
        foreach (var id in mentees.Where(id => _mentees.All(m => m.StaffMemberId != id))) _mentees.Add(new MentorYearPlanMentee(Id, id));
    }

    /// <summary>An activity as stored: new ones get an id, texts are trimmed and bounded, the date lies in the year and gives the
    /// month.</summary>
    private MentorPlanActivity Normalize(MentorPlanActivity activity)
    {
        var topic = Check.NotNullOrWhiteSpace(activity.Topic, "topic", MentorYearPlanConsts.MaxTopicLength);
        var form = Check.Defined(activity.Form, "form");
        var month = activity.PlannedDate?.Month ?? activity.Month;
        if (activity.PlannedDate is { } date && (date < PeriodStart || date > PeriodEnd))
            throw new InputValidationException("plannedDate", KemelSchoolPDErrorCodes.MentoringPlans.DateOutsideYear);
        if (month is < 1 or > 12) throw new InputValidationException("month", KemelSchoolPDErrorCodes.MentoringPlans.MonthOutsideYear);
        var previous = Activities.FirstOrDefault(a => a.Id == activity.Id && activity.Id != Guid.Empty);
        return new MentorPlanActivity
        {
            Id = previous?.Id ?? Guid.CreateVersion7(),
            Month = month,
            Topic = topic,
            Form = form,
            PlannedDate = activity.PlannedDate,
            ExpectedResult = Check.NullIfEmpty(activity.ExpectedResult, "expectedResult", MentorYearPlanConsts.MaxExpectedResultLength),
            Progress = previous?.Progress ?? MentorActivityProgress.Planned,
            ProgressNote = previous?.ProgressNote,
        };
    }

    /// <summary>September first: the months in the order of the academic year.</summary>
    public static int MonthOrder(int month) => (month - AcademicYears.FirstDay(2000).Month + 12) % 12;
}

/// <summary>One row of the plan: a month (and optionally a date), a topic, its form and expected result, and its progress.</summary>
public sealed record MentorPlanActivity
{
    public Guid Id { get; init; }
    /// <summary>1–12; the planned date's month when there is a date.</summary>
    public int Month { get; init; }
    public string Topic { get; init; } = "";
    public MentorActivityForm Form { get; init; }
    public DateOnly? PlannedDate { get; init; }
    public string? ExpectedResult { get; init; }
    public MentorActivityProgress Progress { get; init; } = MentorActivityProgress.Planned;
    public string? ProgressNote { get; init; }
}

public sealed record MentorActivityProgressUpdate(Guid ActivityId, MentorActivityProgress Progress, string? Note, DateOnly? NewDate);

/// <summary>A mentee the plan concerns: a row of its own so that the read rule is a query.</summary>
public sealed class MentorYearPlanMentee : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid PlanId { get; private set; }
    public Guid StaffMemberId { get; private set; }

    private MentorYearPlanMentee() { }

    internal MentorYearPlanMentee(Guid planId, Guid staffMemberId) : base(Guid.CreateVersion7())
    {
        PlanId = planId;
        StaffMemberId = staffMemberId;
    }
}
