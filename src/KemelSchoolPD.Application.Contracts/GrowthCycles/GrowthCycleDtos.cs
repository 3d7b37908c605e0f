using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

public sealed record GrowthCycleListItemDto(
    Guid Id, Guid ParticipantStaffMemberId, string ParticipantName, QualificationCategory Category, GrowthParticipantKind ParticipantKind,
    int AcademicYear, string AcademicYearLabel, string? PeriodLabel, int Number, GrowthCycleStatus Status, GrowthCycleStage CurrentStage,
    string GrowthZone, Guid? MentorStaffMemberId, string? MentorName, DateTime CreationTime, string ConcurrencyStamp);

public sealed record GrowthCycleDto(
    Guid Id, Guid ParticipantStaffMemberId, string ParticipantName, QualificationCategory Category, GrowthParticipantKind ParticipantKind,
    int AcademicYear, string AcademicYearLabel, string? PeriodLabel, int Number, GrowthCycleStatus Status, GrowthCycleStage CurrentStage,
    string GrowthZone, IReadOnlyList<string> CompetenceCodes, Guid? MentorStaffMemberId, string? MentorName,
    Guid? PreviousCycleId, Guid? NextCycleId, Guid? BaselineArtefactId, IReadOnlyList<SmartGoal> CarriedOverGoals, DateTime? CompletedAt,
    IReadOnlyList<GrowthStageViewDto> Stages, IReadOnlyList<GrowthStageEntryDto> History, GrowthCycleAbilities Abilities,
    DateTime CreationTime, string ConcurrencyStamp);

/// <summary>One stage as the cycle shows it: its state, the kinds it collects and requires, what is still missing, its artefacts.</summary>
public sealed record GrowthStageViewDto(
    GrowthCycleStage Stage,
    bool IsCurrent,
    bool IsCompleted,
    IReadOnlyList<GrowthArtefactKind> AllowedKinds,
    IReadOnlyList<GrowthArtefactKind> RequiredKinds,
    IReadOnlyList<GrowthArtefactKind> MissingKinds,
    IReadOnlyList<GrowthArtefactDto> Artefacts);

public sealed record GrowthStageEntryDto(
    Guid Id,
    GrowthCycleStage Stage,
    GrowthStageMove Move,
    string? Reason,
    DateTime EnteredAt,
    DateTime? CompletedAt,
    string? EnteredByName);

/// <summary>What the caller may do: edit (the participant or a manager, while active) and manage (move, close, cancel).</summary>
public sealed record GrowthCycleAbilities(bool CanEdit, bool CanMove, bool CanCancel, bool IsMentorView);

/// <summary>
/// An artefact; a coaching self-analysis also carries the participant's previous wheel of balance for comparison, and a
/// diagnostic the lesson observations it links that the reader may see.
/// </summary>
public sealed record GrowthArtefactDto(
    Guid Id, Guid CycleId, GrowthCycleStage Stage, GrowthArtefactKind Kind, bool SharedWithMentor, GrowthArtefactContent Content,
    IReadOnlyList<WheelSector>? PreviousWheel, Guid? PreviousWheelArtefactId, DateTime CreationTime, DateTime? LastModificationTime,
    string ConcurrencyStamp, IReadOnlyList<LinkedObservationDto> LinkedObservations);

public sealed record LinkedObservationDto(
    Guid Id,
    DateOnly LessonDate,
    string ClassName,
    string Subject,
    string ObserverName,
    ObservationPurpose Purpose,
    ObjectivesMatch ObjectivesMatched);

public sealed class GetGrowthCycleListInput : PagedInput
{
    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }

    public GrowthCycleStatus? Status { get; set; }

    public GrowthCycleStage? Stage { get; set; }

    public GrowthParticipantKind? ParticipantKind { get; set; }

    public Guid? ParticipantStaffMemberId { get; set; }

    public QualificationCategory? Category { get; set; }

    /// <summary>Only the caller's own cycles and their mentees'.</summary>
    public bool? Mine { get; set; }

    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }
}

public sealed class OpenGrowthCycleDto
{
    /// <summary>Another participant's cycle (needs GrowthCycles.Manage); empty: the caller's own.</summary>
    public Guid? ParticipantStaffMemberId { get; set; }

    public GrowthParticipantKind ParticipantKind { get; set; } = GrowthParticipantKind.Teacher;

    [Required, Range(AcademicYears.Min, AcademicYears.Max)]
    public int AcademicYear { get; set; }

    [StringLength(GrowthCycleConsts.MaxPeriodLabelLength)]
    public string? PeriodLabel { get; set; }

    /// <summary>The growth zone found by the diagnostic; empty: the first zone of the entry diagnostic.</summary>
    [StringLength(GrowthCycleConsts.MaxGrowthZoneLength)]
    public string? GrowthZone { get; set; }

    public List<string> CompetenceCodes { get; set; } = [];

    public Guid? MentorStaffMemberId { get; set; }

    /// <summary>Required for the participant's first cycle; later cycles start from the previous repeat diagnostic.</summary>
    public GrowthArtefactContent? EntryDiagnostic { get; set; }
}

public sealed class UpdateGrowthCycleDto
{
    [Required, StringLength(GrowthCycleConsts.MaxGrowthZoneLength)]
    public string GrowthZone { get; set; } = null!;

    public List<string> CompetenceCodes { get; set; } = [];

    public Guid? MentorStaffMemberId { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>Move to the next stage (the current one must hold its required artefacts) or back to an earlier one (with a reason).</summary>
public sealed class MoveGrowthCycleDto
{
    [Required]
    public GrowthCycleStage TargetStage { get; set; }

    [StringLength(GrowthCycleConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CompleteGrowthCycleDto
{
    /// <summary>The next cycle's growth zone; empty: the first zone of the latest repeat diagnostic (else this cycle's zone).</summary>
    [StringLength(GrowthCycleConsts.MaxGrowthZoneLength)]
    public string? NextGrowthZone { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CancelGrowthCycleDto
{
    [Required, StringLength(GrowthCycleConsts.MaxReasonLength)]
    public string Reason { get; set; } = null!;

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CreateGrowthArtefactDto
{
    [Required]
    public GrowthArtefactKind Kind { get; set; }

    public bool SharedWithMentor { get; set; }

    [Required]
    public GrowthArtefactContent Content { get; set; } = null!;
}

public sealed class UpdateGrowthArtefactDto
{
    public bool SharedWithMentor { get; set; }

    [Required]
    public GrowthArtefactContent Content { get; set; } = null!;

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed record GrowthCompletionDto(GrowthCycleDto Completed, GrowthCycleDto Next);

public sealed record GrowthStageSettingDto(
    GrowthParticipantKind ParticipantKind, GrowthCycleStage Stage, IReadOnlyList<GrowthArtefactKind> AllowedKinds,
    IReadOnlyList<GrowthArtefactKind> DefaultRequiredKinds, IReadOnlyList<GrowthArtefactKind> RequiredKinds, bool IsCustomized);

public sealed class UpdateGrowthStageSettingDto
{
    [Required]
    public GrowthParticipantKind ParticipantKind { get; set; }

    [Required]
    public GrowthCycleStage Stage { get; set; }

    /// <summary>Null: back to the default table.</summary>
    public List<GrowthArtefactKind>? RequiredKinds { get; set; }
}

/// <summary>
/// A stage-guidance row; <see cref="Source"/> names the table it comes from (Table 1, 2 or 3) or the school, for the page's headings.
/// A Table 1 or Table 2 row carries that table's other columns for its stage in <see cref="Columns"/>.
/// </summary>
public sealed record GrowthGuidanceDto(
    Guid? Id,
    GrowthCycleStage Stage,
    GrowthParticipantKind ParticipantKind,
    QualificationCategory? Category,
    string Text,
    string TextKk,
    string TextRu,
    bool IsBuiltIn,
    GrowthGuidanceSource Source,
    GrowthStageColumnsDto? Columns = null);

/// <summary>
/// The columns of Table 1 or 2 for one stage in the reader's language (Kazakh: the seed's words; Russian and English: the
/// Russian translation): what the stage holds, its forms and methods, its effectiveness indicators, and (Table 2) the result
/// for the school. Each item is one bullet point of the seed.
/// </summary>
public sealed record GrowthStageColumnsDto(
    IReadOnlyList<string> Content,
    IReadOnlyList<string> Forms,
    IReadOnlyList<string> Indicators,
    string? SchoolResult);

/// <summary>The guidance for a cycle's current stage at its participant's category, with the kinds the stage collects.</summary>
public sealed record GrowthCycleGuidanceDto(
    GrowthCycleStage Stage,
    GrowthParticipantKind ParticipantKind,
    QualificationCategory Category,
    IReadOnlyList<GrowthGuidanceDto> Items,
    IReadOnlyList<GrowthArtefactKind> AllowedKinds,
    IReadOnlyList<GrowthArtefactKind> RequiredKinds);

public sealed class GetGrowthGuidanceInput
{
    public GrowthCycleStage? Stage { get; set; }

    public GrowthParticipantKind? ParticipantKind { get; set; }

    public QualificationCategory? Category { get; set; }
}

public sealed class CreateGrowthGuidanceDto
{
    [Required]
    public GrowthCycleStage Stage { get; set; }

    [Required]
    public GrowthParticipantKind ParticipantKind { get; set; }

    public QualificationCategory? Category { get; set; }

    [Required, StringLength(GrowthCycleConsts.MaxShortTextLength)]
    public string TextKk { get; set; } = null!;

    [Required, StringLength(GrowthCycleConsts.MaxShortTextLength)]
    public string TextRu { get; set; } = null!;
}

/// <summary>A competence; <see cref="Group"/> is its competence group of the «Педагог» standard (for a built-in one, the product's
/// reading).</summary>
public sealed record GrowthCompetenceDto(
    Guid? Id,
    string Code,
    string FunctionCode,
    string Function,
    string Name,
    string NameKk,
    string NameRu,
    bool IsBuiltIn,
    CompetenceGroup? Group = null);

public sealed class CreateGrowthCompetenceDto
{
    [Required, StringLength(GrowthCycleConsts.MaxCompetenceCodeLength)]
    public string Code { get; set; } = null!;

    [Required, StringLength(GrowthCycleConsts.MaxCompetenceCodeLength)]
    public string FunctionCode { get; set; } = null!;

    [Required, StringLength(GrowthCycleConsts.MaxShortTextLength)]
    public string NameKk { get; set; } = null!;

    [Required, StringLength(GrowthCycleConsts.MaxShortTextLength)]
    public string NameRu { get; set; } = null!;

    public CompetenceGroup? Group { get; set; }
}

/// <summary>
/// The professional standard as reference data, in the reader's language: the four competence groups, the five professional
/// values, the qualification requirements per category (seed 001) and the labour-function competences with their groups.
/// </summary>
public sealed record ProfessionalStandardDto(IReadOnlyList<CompetenceGroupDto> Groups, IReadOnlyList<string> Values,
    IReadOnlyList<QualificationRequirementDto> Requirements, IReadOnlyList<GrowthCompetenceDto> Competences);

public sealed record CompetenceGroupDto(CompetenceGroup Group, string Name, string Description);

/// <summary>
/// A row of the qualification-characteristics table: <see cref="Requirement"/> is null on a row that continues the one above;
/// a cell is null where the seed's is empty; <see cref="SpansAll"/>: <see cref="Moderator"/> is one cell across all four categories.
/// </summary>
public sealed record QualificationRequirementDto(
    int Order,
    QualificationRequirementKind Kind,
    string? Requirement,
    string? Moderator,
    string? Expert,
    string? Researcher,
    string? Master,
    bool SpansAll);

/// <summary>
/// The school's reference settings: the names of the five self-assessment levels (the product's scale, not the seeds') in
/// every language and in the reader's, whether they are the defaults, and the category ladder (the categories not used).
/// </summary>
public sealed record SchoolReferenceSettingsDto(
    IReadOnlyList<string> ScaleLabels,
    IReadOnlyList<string> ScaleLabelsKk,
    IReadOnlyList<string> ScaleLabelsRu,
    IReadOnlyList<string> ScaleLabelsEn,
    bool DefaultScaleLabels,
    IReadOnlyList<QualificationCategory> SkippedCategories,
    IReadOnlyList<QualificationCategory> Ladder,
    string? ConcurrencyStamp);

public sealed class UpdateSchoolReferenceSettingsDto
{
    /// <summary>Five labels, or null for the defaults in that language.</summary>
    public List<string>? ScaleLabelsKk { get; set; }

    public List<string>? ScaleLabelsRu { get; set; }

    public List<string>? ScaleLabelsEn { get; set; }

    [Required]
    public List<QualificationCategory> SkippedCategories { get; set; } = [];

    /// <summary>The stamp read with the settings; null for a school still on the defaults.</summary>
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>The default sector names of the wheel of balance in the caller's language (kk, else ru).</summary>
public sealed record WheelSectorDefaultsDto(IReadOnlyList<string> Sectors);
