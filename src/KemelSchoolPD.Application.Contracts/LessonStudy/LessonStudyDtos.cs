using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.LessonStudy;

// ── Groups ─────────────────────────────────────────────────────────────────────────────────────────────────────────

public sealed record LessonStudyGroupListItemDto(
    Guid Id, string Theme, string ResearchQuestion, string? Subject, int? Grade, int AcademicYear, string AcademicYearLabel,
    LessonStudyGroupOrigin Origin, Guid FacilitatorStaffMemberId, string FacilitatorName,
    int MemberCount, int RoundCount, int DiscussedRounds, bool IsMember, bool Published);

public sealed record LessonStudyMemberDto(
    Guid StaffMemberId,
    string FullName,
    QualificationCategory Category,
    bool IsFacilitator,
    DateTime? PublishConsentAt,
    DateTime? ShareConsentAt);

public sealed record ResearchLessonSummaryDto(
    Guid Id, int RoundNumber, Guid TeacherStaffMemberId, string TeacherName, string ClassName, DateOnly LessonDate,
    ResearchLessonStatus Status, int CasePupilCount, int NoteCount);

/// <summary>What the caller may do with a group: edit it and its rounds (members), lead it (the facilitator), give consent
/// (members).</summary>
/// <summary>What the caller may do with a group; CanUnpublish: the one who published its report, or whoever keeps the library (the
/// director).</summary>
public sealed record LessonStudyGroupAbilities(
    bool IsMember,
    bool IsFacilitator,
    bool CanEdit,
    bool CanPlanRound,
    bool CanPublish,
    bool CanUnpublish);

public sealed record LessonStudyGroupDto(
    Guid Id, string Theme, string ResearchQuestion, string? Subject, int? Grade, int AcademicYear, string AcademicYearLabel,
    LessonStudyGroupOrigin Origin, Guid? MethodologicalAssociationId, string? MethodologicalAssociationName,
    Guid FacilitatorStaffMemberId, string FacilitatorName,
    string? KnowledgeableOtherName, string? KnowledgeableOtherOrganisation, IReadOnlyList<LessonStudyMemberDto> Members,
    IReadOnlyList<ResearchLessonSummaryDto> Rounds, DateTime? ConsentRequestedAt, Guid? LibraryItemId, LessonStudyGroupAbilities Abilities,
    DateTime CreationTime, string ConcurrencyStamp);

public sealed class GetLessonStudyGroupListInput : PagedInput
{
    public int? AcademicYear { get; set; }

    /// <summary>Only the groups the caller is a member of (always so without LessonStudy.ViewAll).</summary>
    public bool? Mine { get; set; }

    /// <summary>Part of the theme, the research question or the subject.</summary>
    [StringLength(LessonStudyConsts.MaxThemeLength)]
    public string? Filter { get; set; }
}

public class LessonStudyGroupInput
{
    [Required, StringLength(LessonStudyConsts.MaxThemeLength)]
    public string Theme { get; set; } = null!;

    /// <summary>The research question, tied to the learners' needs.</summary>
    [Required, StringLength(LessonStudyConsts.MaxQuestionLength)]
    public string ResearchQuestion { get; set; } = null!;

    [StringLength(LessonStudyConsts.MaxSubjectLength)]
    public string? Subject { get; set; }

    [Range(LessonStudyConsts.MinGrade, LessonStudyConsts.MaxGrade)]
    public int? Grade { get; set; }

    /// <summary>Empty: the current academic year.</summary>
    [Range(2000, 2100)]
    public int? AcademicYear { get; set; }

    [Required]
    public LessonStudyGroupOrigin Origin { get; set; } = LessonStudyGroupOrigin.AdHoc;

    /// <summary>The methodological association the group comes from (origin Association).</summary>
    public Guid? MethodologicalAssociationId { get; set; }

    /// <summary>The facilitator: one of the members, педагог-сарапшы or above.</summary>
    [Required]
    public Guid FacilitatorStaffMemberId { get; set; }

    [Required, MinLength(1), MaxLength(LessonStudyConsts.MaxMembers)]
    public List<Guid> MemberStaffMemberIds { get; set; } = [];

    /// <summary>A knowledgeable other, possibly from outside the school: a name and an organisation (no account).</summary>
    [StringLength(LessonStudyConsts.MaxNameLength)]
    public string? KnowledgeableOtherName { get; set; }

    [StringLength(LessonStudyConsts.MaxOrganisationLength)]
    public string? KnowledgeableOtherOrganisation { get; set; }
}

public sealed class CreateLessonStudyGroupDto : LessonStudyGroupInput;

public sealed class UpdateLessonStudyGroupDto : LessonStudyGroupInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>The caller's own consent: to publishing the report in the school's library, and to sharing it with every school.</summary>
public sealed class LessonStudyConsentDto
{
    public bool Publish { get; set; }

    public bool ShareWithAllSchools { get; set; }
}

public sealed class PublishLessonStudyDto
{
    /// <summary>Also share the item with every school of the platform (each member must have consented to that too).</summary>
    public bool ShareWithAllSchools { get; set; }
}

// ── Research lessons (rounds) ─────────────────────────────────────────────────────────────────────────────────────

public sealed class LessonStageInput
{
    /// <summary>The stage's id when it is kept from an earlier version (predictions and notes refer to it); empty for a new
    /// stage.</summary>
    public Guid? Id { get; set; }

    [Required, StringLength(LessonStudyConsts.MaxStageTitleLength)]
    public string Title { get; set; } = null!;

    [Range(LessonStudyConsts.MinStageMinutes, LessonStudyConsts.MaxStageMinutes)]
    public int Minutes { get; set; }

    [StringLength(LessonStudyConsts.MaxStageTasksLength)]
    public string? Tasks { get; set; }
}

public sealed class LessonPlanInput
{
    [MaxLength(LessonStudyConsts.MaxObjectives)]
    public List<string> Objectives { get; set; } = [];

    [Required, MinLength(1), MaxLength(LessonStudyConsts.MaxStages)]
    public List<LessonStageInput> Stages { get; set; } = [];
}

public sealed class PredictionInput
{
    /// <summary>The stage, by its position in the plan's stages (0 = the first).</summary>
    [Range(0, LessonStudyConsts.MaxStages - 1)]
    public int StageIndex { get; set; }

    [StringLength(LessonStudyConsts.MaxPredictionLength)]
    public string? Text { get; set; }
}

public sealed class CasePupilInput
{
    /// <summary>The pupil's id when kept from an earlier version; empty for a new one.</summary>
    public Guid? Id { get; set; }

    /// <summary>A pseudonym or initials ("Оқушы А", "А.Б."); a value that looks like a full name is refused.</summary>
    [Required, StringLength(LessonStudyConsts.MaxPseudonymLength)]
    public string Pseudonym { get; set; } = null!;

    [Required]
    public CasePupilReason Reason { get; set; } = CasePupilReason.MiddleAttainment;

    [StringLength(LessonStudyConsts.MaxReasonNoteLength)]
    public string? ReasonNote { get; set; }

    /// <summary>The predicted response per stage.</summary>
    [MaxLength(LessonStudyConsts.MaxStages)]
    public List<PredictionInput> Predictions { get; set; } = [];
}

public class ResearchLessonInput
{
    /// <summary>The member who teaches this round.</summary>
    [Required]
    public Guid TeacherStaffMemberId { get; set; }

    [Required, StringLength(LessonStudyConsts.MaxClassNameLength)]
    public string ClassName { get; set; } = null!;

    [Required]
    public DateOnly LessonDate { get; set; }

    [StringLength(LessonStudyConsts.MaxFocusLength)]
    public string? ObservationFocus { get; set; }

    [Required]
    public LessonPlanInput Plan { get; set; } = new();

    /// <summary>Usually three.</summary>
    [Required, MinLength(LessonStudyConsts.MinCasePupils), MaxLength(LessonStudyConsts.MaxCasePupils)]
    public List<CasePupilInput> CasePupils { get; set; } = [];
}

public sealed class CreateResearchLessonDto : ResearchLessonInput;

public sealed class UpdateResearchLessonDto : ResearchLessonInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed record LessonStageDto(Guid Id, string Title, int Minutes, string? Tasks);

public sealed record LessonPlanDto(IReadOnlyList<string> Objectives, IReadOnlyList<LessonStageDto> Stages, int TotalMinutes);

public sealed record CasePupilDto(Guid Id, string Pseudonym, CasePupilReason Reason, string? ReasonNote);

public sealed record PupilPredictionDto(Guid PupilId, Guid StageId, string Text);

public sealed record PupilInterviewDto(Guid PupilId, string? Learned, string? Difficult, string? Helped);

public enum LessonPlanChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One difference between this round's plan and the previous round's: an objective or a stage added, removed or changed.</summary>
public sealed record LessonPlanChangeDto(string Part, LessonPlanChangeKind Kind, string? Before, string? After);

public sealed record ResearchLessonAbilities(bool CanEdit, bool CanObserve, bool CanMarkDiscussed, bool CanAttachEvidence);

public sealed record ResearchLessonDto(
    Guid Id, Guid GroupId, string GroupTheme, string ResearchQuestion, int RoundNumber,
    Guid TeacherStaffMemberId, string TeacherName, string ClassName, DateOnly LessonDate, string? ObservationFocus,
    LessonPlanDto Plan, IReadOnlyList<CasePupilDto> CasePupils, IReadOnlyList<PupilPredictionDto> Predictions,
    IReadOnlyList<PupilInterviewDto> Interviews, string? Surprises, string? Teaching, string? Conclusions, string? AgreedChanges,
    ResearchLessonStatus Status, DateTime? DiscussedAt, Guid? PreviousRoundId, IReadOnlyList<LessonPlanChangeDto> PlanChanges,
    ResearchLessonAbilities Abilities, string ConcurrencyStamp);

// ── Observation notes ─────────────────────────────────────────────────────────────────────────────────────────────

public sealed class LessonStudyNoteInput
{
    /// <summary>Made by the observer's device: sending the same id again updates the note.</summary>
    [Required]
    public Guid Id { get; set; }

    [Required]
    public Guid PupilId { get; set; }

    public Guid? StageId { get; set; }

    /// <summary>When the observer wrote it (the device's clock).</summary>
    [Required]
    public DateTime ObservedAt { get; set; }

    [Required, StringLength(LessonStudyConsts.MaxNoteLength)]
    public string Text { get; set; } = null!;
}

public sealed class SaveLessonStudyNotesDto
{
    [Required, MaxLength(LessonStudyConsts.MaxNotesPerBatch)]
    public List<LessonStudyNoteInput> Notes { get; set; } = [];
}

public sealed record LessonStudyNoteDto(
    Guid Id, Guid ObserverStaffMemberId, string ObserverName, Guid PupilId, Guid? StageId, DateTime ObservedAt, string Text, bool IsMine);

public sealed record SaveLessonStudyNotesResultDto(IReadOnlyList<Guid> SavedIds, int Total);

// ── Interviews and discussion ─────────────────────────────────────────────────────────────────────────────────────

public sealed class PupilInterviewInput
{
    [Required]
    public Guid PupilId { get; set; }

    [StringLength(LessonStudyConsts.MaxInterviewAnswerLength)]
    public string? Learned { get; set; }

    [StringLength(LessonStudyConsts.MaxInterviewAnswerLength)]
    public string? Difficult { get; set; }

    [StringLength(LessonStudyConsts.MaxInterviewAnswerLength)]
    public string? Helped { get; set; }
}

public sealed class SavePupilInterviewsDto
{
    [Required, MaxLength(LessonStudyConsts.MaxCasePupils)]
    public List<PupilInterviewInput> Interviews { get; set; } = [];
}

public sealed class SaveDiscussionDto
{
    [StringLength(LessonStudyConsts.MaxDiscussionTextLength)]
    public string? Surprises { get; set; }

    [StringLength(LessonStudyConsts.MaxDiscussionTextLength)]
    public string? Teaching { get; set; }

    [StringLength(LessonStudyConsts.MaxDiscussionTextLength)]
    public string? Conclusions { get; set; }

    [StringLength(LessonStudyConsts.MaxDiscussionTextLength)]
    public string? AgreedChanges { get; set; }
}

/// <summary>One stage of one case pupil in the discussion: what the group predicted beside what each observer saw.</summary>
public sealed record DiscussionCellDto(
    Guid? StageId,
    string? StageTitle,
    string? Prediction,
    IReadOnlyList<LessonStudyNoteDto> Observations);

public sealed record DiscussionPupilDto(CasePupilDto Pupil, IReadOnlyList<DiscussionCellDto> Stages, PupilInterviewDto? Interview);

/// <summary>The post-lesson discussion's read model: it starts from the pupils' learning.</summary>
public sealed record ResearchLessonDiscussionDto(
    Guid LessonId, int RoundNumber, string? ObservationFocus, IReadOnlyList<DiscussionPupilDto> Pupils, IReadOnlyList<string> Observers,
    string? Surprises, string? Teaching, string? Conclusions, string? AgreedChanges, ResearchLessonStatus Status);

/// <summary>The growth-cycle artefact a round became in the caller's own cycle.</summary>
public sealed record LessonStudyEvidenceDto(Guid CycleId, Guid ArtefactId);
