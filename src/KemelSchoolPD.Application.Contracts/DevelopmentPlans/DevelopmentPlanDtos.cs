using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.DevelopmentPlans;

public sealed record PlanTemplateDto(
    Guid Id,
    string Name,
    string NameKk,
    string NameRu,
    PlanLayoutKind LayoutKind,
    bool IsBuiltIn,
    IReadOnlyList<PlanTemplateSection> Sections,
    string? ConcurrencyStamp);

/// <summary>
/// The plan templates a school may use: <see cref="BuiltIn"/> true for the built-in forms only, false for the school's own only.
/// </summary>
public sealed class GetPlanTemplateListInput : PagedInput
{
    public bool? BuiltIn { get; set; }
}

public class CreatePlanTemplateDto
{
    [Required, StringLength(DevelopmentPlanConsts.MaxTemplateNameLength)]
    public string Name { get; set; } = null!;

    [Required]
    public PlanLayoutKind LayoutKind { get; set; }

    [Required, MinLength(1), MaxLength(DevelopmentPlanConsts.MaxTemplateSections)]
    public List<PlanTemplateSection> Sections { get; set; } = [];
}

public sealed class UpdatePlanTemplateDto : CreatePlanTemplateDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>What a plan's reader may do with it now (the web app shows the matching buttons).</summary>
public sealed record DevelopmentPlanAbilities(
    bool CanEdit,
    bool CanSubmit,
    bool CanReview,
    bool CanRecordProgress,
    bool CanComplete,
    bool CanComment);

public sealed record DevelopmentPlanListItemDto(
    Guid Id, Guid TeacherStaffMemberId, string TeacherName, QualificationCategory TeacherCategory,
    int AcademicYear, string AcademicYearLabel, Guid TemplateId, string TemplateName, PlanLayoutKind LayoutKind,
    DevelopmentPlanStatus Status, Guid? MentorStaffMemberId, string? MentorName, string? Topic,
    int GoalCount, int AchievedGoalCount, int Revision, DateTime? SubmittedAt, DateTime? AgreedAt, string ConcurrencyStamp);

public sealed record DevelopmentPlanDto(
    Guid Id, Guid TeacherStaffMemberId, string TeacherName, QualificationCategory TeacherCategory, string? TeacherSubjects,
    int AcademicYear, string AcademicYearLabel, DateOnly PeriodStart, DateOnly PeriodEnd, PlanTemplateDto Template,
    DevelopmentPlanStatus Status, Guid? MentorStaffMemberId, string? MentorName, bool MentorRequired,
    Guid? GrowthCycleId, GrowthCycleSummaryDto? GrowthCycle, Guid? PreviousPlanId,
    PlanContent Content, int Revision, DateTime? SubmittedAt, DateTime? AgreedAt, Guid? AgreedByUserId, DateTime? CompletedAt,
    string? ReopenReason, DevelopmentPlanAbilities Abilities,
    DateTime CreationTime, DateTime? LastModificationTime, string ConcurrencyStamp);

/// <summary>Growth zones and the competence self-assessment of the teacher's growth cycle, when that module has them.</summary>
public sealed record GrowthCycleSummaryDto(
    Guid GrowthCycleId,
    IReadOnlyList<string> GrowthZones,
    IReadOnlyList<CompetenceSelfAssessmentDto> CompetenceSelfAssessment);

public sealed record CompetenceSelfAssessmentDto(string Competence, decimal Score, decimal MaxScore);

public sealed class GetDevelopmentPlanListInput : PagedInput
{
    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }

    public DevelopmentPlanStatus? Status { get; set; }

    public Guid? TeacherStaffMemberId { get; set; }

    public Guid? MethodologicalAssociationId { get; set; }

    public QualificationCategory? Category { get; set; }

    /// <summary>Only the caller's own plans (and, as a mentor, the mentees').</summary>
    public bool? Mine { get; set; }

    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }
}

public sealed class CreateDevelopmentPlanDto
{
    [Required]
    public Guid TemplateId { get; set; }

    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }

    /// <summary>Another teacher's plan (needs DevelopmentPlans.Assign); empty: the caller's own.</summary>
    public Guid? TeacherStaffMemberId { get; set; }

    public Guid? MentorStaffMemberId { get; set; }

    public Guid? GrowthCycleId { get; set; }

    public PlanContent? Content { get; set; }
}

public sealed class UpdateDevelopmentPlanDto
{
    [Required]
    public PlanContent Content { get; set; } = null!;

    public Guid? MentorStaffMemberId { get; set; }

    public Guid? GrowthCycleId { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>Submit and agree: the stamp read, and an optional comment for the thread.</summary>
public sealed class DevelopmentPlanActionDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [StringLength(DevelopmentPlanConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public sealed class ReturnDevelopmentPlanDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [Required, StringLength(DevelopmentPlanConsts.MaxCommentLength)]
    public string Comment { get; set; } = null!;
}

public sealed class ReopenDevelopmentPlanDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [Required, StringLength(DevelopmentPlanConsts.MaxReasonLength)]
    public string Reason { get; set; } = null!;
}

public sealed class CompleteDevelopmentPlanDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    [StringLength(DevelopmentPlanConsts.MaxLongTextLength)]
    public string? SelfAssessment { get; set; }
}

public sealed record CompletedDevelopmentPlanDto(DevelopmentPlanDto Plan, Guid NextPlanId);

public sealed class RecordPlanProgressDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;

    /// <summary>Why it changed (kept with the version).</summary>
    [StringLength(DevelopmentPlanConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    [MaxLength(DevelopmentPlanConsts.MaxGoals + DevelopmentPlanConsts.MaxItems)]
    public List<PlanProgressEntryDto> Entries { get; set; } = [];

    [StringLength(DevelopmentPlanConsts.MaxLongTextLength)]
    public string? SelfAssessment { get; set; }
}

/// <summary>The progress of one goal or item (by its id).</summary>
public sealed class PlanProgressEntryDto
{
    public Guid Id { get; set; }

    public PlanProgressStatus Status { get; set; } = PlanProgressStatus.InProgress;

    public decimal? ActualValue { get; set; }

    public List<PlanEvidence>? Evidence { get; set; }
}

public sealed record PlanVersionDto(Guid Id, int Number, PlanVersionKind Kind, DevelopmentPlanStatus Status, int Revision, string? Reason,
    Guid? AuthorUserId, string? AuthorName, DateTime Time);

public sealed record PlanVersionDetailDto(PlanVersionDto Version, PlanContent Content, IReadOnlyList<PlanChangeDto> ChangesFromPrevious);

public sealed record PlanReviewDto(
    Guid Id,
    PlanReviewDecision Decision,
    string? Comment,
    int Revision,
    Guid? ReviewerUserId,
    string? ReviewerName,
    DateTime Time);

/// <summary>Area: Header, Goal or Item; EntryId: the goal or item; Field: null when the whole entry was added or removed.</summary>
public sealed record PlanChangeDto(string Area, Guid? EntryId, string? Field, PlanChangeKind Kind, string? OldValue, string? NewValue);

/// <summary>What changed since the last review (all contents count as added when there was none).</summary>
public sealed record PlanChangesSinceReviewDto(PlanReviewDto? LastReview, int CurrentRevision, IReadOnlyList<PlanChangeDto> Changes);

public sealed record PlanCommentDto(
    Guid Id,
    Guid? AuthorUserId,
    string? AuthorName,
    PlanCommentRole Role,
    string Text,
    Guid? EntryId,
    DateTime Time);

public sealed class CreatePlanCommentDto
{
    [Required, StringLength(DevelopmentPlanConsts.MaxCommentLength)]
    public string Text { get; set; } = null!;

    public Guid? EntryId { get; set; }
}

public sealed class AssignDevelopmentPlansDto
{
    [Required]
    public Guid TemplateId { get; set; }

    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }

    [Required]
    public PlanAssignmentScope Scope { get; set; }

    public QualificationCategory? Category { get; set; }

    public Guid? MethodologicalAssociationId { get; set; }
}

public sealed record PlanAssignmentResultDto(int Created, int Skipped);
