using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.ActionResearch;

public sealed record ActionResearchProjectListItemDto(
    Guid Id, string Title, string? Subject, Guid OwnerStaffMemberId, string OwnerName, int MemberCount, ActionResearchStatus Status,
    int CurrentCycleNumber, ActionResearchStage? CurrentStage, int AcademicYear, DateOnly StartedOn, DateTime? PublishedAt, bool IsMember);

public sealed record ActionResearchMemberDto(
    Guid StaffMemberId,
    string FullName,
    bool IsOwner,
    DateTime? ConsentedAt,
    DateTime? ShareConsentedAt);

/// <summary>The linked Table 7 research plan, when the reader may read it (its sections as numbered answers).</summary>
public sealed record ActionResearchPlanDto(Guid ArtefactId, Guid GrowthCycleId, IReadOnlyList<ActionResearchPlanSectionDto> Sections);

public sealed record ActionResearchPlanSectionDto(int Number, string? Answer);

public sealed record ActionResearchLessonDto(DateOnly Date, string ClassName, string? Topic, string? Note);

public sealed record ActionResearchResultRowDto(string? ClassName, string Indicator, decimal? Before, decimal? After);

public sealed record ActionResearchDataItemDto(
    Guid Id, Guid CycleId, ActionResearchDataKind Kind, string Title, DateOnly? CollectedOn, string? Summary,
    IReadOnlyList<ActionResearchResultRowDto> Results, int AttachmentCount, string ConcurrencyStamp);

public sealed record ActionResearchCycleDto(
    Guid Id, int Number, ActionResearchStage Stage, ActionResearchCycleStatus Status, DateOnly? StepDueOn,
    IReadOnlyList<ActionResearchLessonDto> Lessons, string? Analysis, string? Adjustment, bool? Solved, DateTime? FinishedAt,
    IReadOnlyList<ActionResearchDataItemDto> Data, string ConcurrencyStamp);

/// <summary>Edit: a member of an active project; Manage: its owner (members, closing, publication); Consent: a member.</summary>
/// <summary>CanUnpublish: the one who published the project, or whoever keeps the school's library of practice (the director).</summary>
public sealed record ActionResearchAbilities(bool CanEdit, bool CanManage, bool CanConsent, bool CanPublish, bool CanUnpublish);

public sealed record ActionResearchProjectDto(
    Guid Id, string Title, string? Subject, string? ClassNames, string Problem, string ResearchQuestion, string Hypothesis, string Strategy,
    string? Baseline, Guid OwnerStaffMemberId, string OwnerName, IReadOnlyList<ActionResearchMemberDto> Members,
    Guid? ResearchPlanArtefactId, ActionResearchPlanDto? ResearchPlan, int AcademicYear, DateOnly StartedOn, ActionResearchStatus Status,
    int CurrentCycleNumber, DateTime? FinishedAt, string? ClosingNote, DateTime? PublishedAt, bool SharedWithAllSchools,
    IReadOnlyList<ActionResearchCycleDto> Cycles, ActionResearchAbilities Abilities, string ConcurrencyStamp);

public sealed class GetActionResearchProjectListInput : PagedInput
{
    [StringLength(200)]
    public string? Filter { get; set; }

    public ActionResearchStatus? Status { get; set; }

    public int? AcademicYear { get; set; }

    /// <summary>Only projects the caller is a member of.</summary>
    public bool? Mine { get; set; }

    /// <summary>Only published projects.</summary>
    public bool? Published { get; set; }
}

public class ActionResearchContentInput
{
    [Required, StringLength(ActionResearchConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    [StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string? Subject { get; set; }

    [StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string? ClassNames { get; set; }

    [Required, StringLength(ActionResearchConsts.MaxTextLength)]
    public string Problem { get; set; } = null!;

    [Required, StringLength(ActionResearchConsts.MaxTextLength)]
    public string ResearchQuestion { get; set; } = null!;

    [Required, StringLength(ActionResearchConsts.MaxTextLength)]
    public string Hypothesis { get; set; } = null!;

    [Required, StringLength(ActionResearchConsts.MaxTextLength)]
    public string Strategy { get; set; } = null!;

    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Baseline { get; set; }
}

public sealed class CreateActionResearchProjectDto : ActionResearchContentInput
{
    /// <summary>Colleagues researching with the owner (the caller); active staff of the school.</summary>
    [MaxLength(ActionResearchConsts.MaxMembers)]
    public List<Guid> MemberStaffMemberIds { get; set; } = [];

    /// <summary>The owner's Table 7 research plan (a growth-cycle artefact the caller reads).</summary>
    public Guid? ResearchPlanArtefactId { get; set; }

    public DateOnly? StartedOn { get; set; }
}

public sealed class UpdateActionResearchProjectDto : ActionResearchContentInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class LinkActionResearchPlanDto
{
    public Guid? ResearchPlanArtefactId { get; set; }
}

public sealed class SetActionResearchMembersDto
{
    [Required, MaxLength(ActionResearchConsts.MaxMembers)]
    public List<Guid> StaffMemberIds { get; set; } = [];
}

public sealed class SetActionResearchConsentDto
{
    public bool Consent { get; set; }

    /// <summary>Consent to share the published project with every school of the platform too (only with <see cref="Consent"/>).</summary>
    public bool ShareWithAllSchools { get; set; }
}

public sealed class PublishActionResearchDto
{
    /// <summary>Share with every school of the platform (the shared catalogue): needs every member's consent to share.</summary>
    public bool ShareWithAllSchools { get; set; }
}

public sealed class CloseActionResearchProjectDto
{
    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Note { get; set; }
}

public sealed class ActionResearchLessonInput
{
    [Required]
    public DateOnly Date { get; set; }

    [Required, StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string ClassName { get; set; } = null!;

    [StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string? Topic { get; set; }

    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Note { get; set; }
}

public sealed class UpdateActionResearchCycleDto
{
    [Required, MaxLength(ActionResearchConsts.MaxLessons)]
    public List<ActionResearchLessonInput> Lessons { get; set; } = [];

    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Analysis { get; set; }

    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Adjustment { get; set; }

    public DateOnly? StepDueOn { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class AdvanceActionResearchCycleDto
{
    [Required]
    public ActionResearchStage Stage { get; set; }
}

public sealed class FinishActionResearchCycleDto
{
    /// <summary>The problem is solved: the project ends; otherwise the next cycle opens.</summary>
    public bool Solved { get; set; }
}

public sealed class ActionResearchResultRowInput
{
    [StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string? ClassName { get; set; }

    [Required, StringLength(ActionResearchConsts.MaxShortTextLength)]
    public string Indicator { get; set; } = null!;

    public decimal? Before { get; set; }

    public decimal? After { get; set; }
}

public sealed class SaveActionResearchDataItemDto
{
    [Required]
    public ActionResearchDataKind Kind { get; set; }

    [Required, StringLength(ActionResearchConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    public DateOnly? CollectedOn { get; set; }

    [StringLength(ActionResearchConsts.MaxTextLength)]
    public string? Summary { get; set; }

    [MaxLength(ActionResearchConsts.MaxResultRows)]
    public List<ActionResearchResultRowInput> Results { get; set; } = [];

    /// <summary>Required when updating.</summary>
    public string? ConcurrencyStamp { get; set; }
}

public sealed class AttachActionResearchEvidenceDto
{
    /// <summary>The caller's own active growth cycle, at Reflection or Approbation.</summary>
    [Required]
    public Guid GrowthCycleId { get; set; }
}

public sealed record ActionResearchEvidenceDto(Guid GrowthCycleId, Guid ArtefactId);
