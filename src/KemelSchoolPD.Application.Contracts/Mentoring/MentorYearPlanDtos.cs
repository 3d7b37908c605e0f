using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Mentoring;

/// <summary>What the reader may do with a year plan now (the web app shows the matching buttons).</summary>
public sealed record MentorYearPlanAbilities(bool CanEdit, bool CanSubmit, bool CanReview, bool CanRecordProgress);

public sealed record MentorYearPlanMenteeDto(Guid StaffMemberId, string FullName);

public sealed record MentorPlanActivityDto(
    Guid Id, int Month, string Topic, MentorActivityForm Form, DateOnly? PlannedDate, string? ExpectedResult,
    MentorActivityProgress Progress, string? ProgressNote);

public sealed record MentorYearPlanListItemDto(
    Guid Id, Guid MentorStaffMemberId, string MentorName, int AcademicYear, string AcademicYearLabel, DevelopmentPlanStatus Status,
    IReadOnlyList<MentorYearPlanMenteeDto> Mentees, int ActivityCount, int DoneCount,
    int Revision, DateTime? SubmittedAt, DateTime? AgreedAt, string ConcurrencyStamp);

public sealed record MentorYearPlanDto(
    Guid Id, Guid MentorStaffMemberId, string MentorName, int AcademicYear, string AcademicYearLabel,
    DateOnly PeriodStart, DateOnly PeriodEnd, DevelopmentPlanStatus Status, string? Goal,
    IReadOnlyList<MentorYearPlanMenteeDto> Mentees, IReadOnlyList<MentorPlanActivityDto> Activities,
    int Revision, DateTime? SubmittedAt, DateTime? AgreedAt, Guid? AgreedByUserId, string? ReturnComment, MentorYearPlanAbilities Abilities,
    DateTime CreationTime, DateTime? LastModificationTime, string ConcurrencyStamp);

/// <summary>A version with the contents it kept and what it changed from the version before (the same version, review and change shapes as
/// the development plans).</summary>
public sealed record MentorYearPlanVersionDetailDto(
    PlanVersionDto Version,
    string? Goal,
    IReadOnlyList<Guid> MenteeStaffMemberIds,
    IReadOnlyList<MentorPlanActivityDto> Activities,
    IReadOnlyList<PlanChangeDto> ChangesFromPrevious);

public sealed class GetMentorYearPlanListInput : PagedInput
{
    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }

    public DevelopmentPlanStatus? Status { get; set; }

    public Guid? MentorStaffMemberId { get; set; }

    /// <summary>Plans that concern this mentee.</summary>
    public Guid? MenteeStaffMemberId { get; set; }

    /// <summary>Only the caller's own plans and those that concern the caller as a mentee.</summary>
    public bool? Mine { get; set; }

    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }
}

public sealed class MentorPlanActivityInput
{
    /// <summary>An existing activity's id keeps its progress; empty for a new one.</summary>
    public Guid? Id { get; set; }

    /// <summary>1–12; taken from the planned date when there is one.</summary>
    [Range(1, 12)]
    public int Month { get; set; }

    [Required, StringLength(MentorYearPlanConsts.MaxTopicLength)]
    public string Topic { get; set; } = null!;

    [Required]
    public MentorActivityForm Form { get; set; }

    public DateOnly? PlannedDate { get; set; }

    [StringLength(MentorYearPlanConsts.MaxExpectedResultLength)]
    public string? ExpectedResult { get; set; }
}

public class MentorYearPlanContentInput
{
    [StringLength(MentorYearPlanConsts.MaxGoalLength)]
    public string? Goal { get; set; }

    [MaxLength(MentorYearPlanConsts.MaxMentees)]
    public List<Guid> MenteeStaffMemberIds { get; set; } = [];

    [Required, MaxLength(MentorYearPlanConsts.MaxActivities)]
    public List<MentorPlanActivityInput> Activities { get; set; } = [];
}

public sealed class CreateMentorYearPlanDto : MentorYearPlanContentInput
{
    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }
}

public sealed class UpdateMentorYearPlanDto : MentorYearPlanContentInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class MentorYearPlanActionDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [StringLength(MentorYearPlanConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public sealed class ReturnMentorYearPlanDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [Required, StringLength(MentorYearPlanConsts.MaxCommentLength)]
    public string Comment { get; set; } = null!;
}

public sealed class MentorActivityProgressInput
{
    [Required]
    public Guid ActivityId { get; set; }

    [Required]
    public MentorActivityProgress Progress { get; set; }

    /// <summary>Required when the activity is moved or cancelled.</summary>
    [StringLength(MentorYearPlanConsts.MaxNoteLength)]
    public string? Note { get; set; }

    /// <summary>The new date of a moved activity.</summary>
    public DateOnly? NewDate { get; set; }
}

public sealed class RecordMentorYearPlanProgressDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [Required, MinLength(1), MaxLength(MentorYearPlanConsts.MaxActivities)]
    public List<MentorActivityProgressInput> Updates { get; set; } = [];

    [StringLength(MentorYearPlanConsts.MaxCommentLength)]
    public string? Reason { get; set; }
}
