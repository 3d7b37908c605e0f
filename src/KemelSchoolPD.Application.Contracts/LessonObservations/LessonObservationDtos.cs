using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.LessonObservations;

public sealed record LessonObservationListItemDto(
    Guid Id, Guid ObservedStaffMemberId, string ObservedName, Guid ObserverStaffMemberId, string ObserverName,
    ObservationPurpose Purpose, ObservationStatus Status, DateOnly LessonDate, string ClassName, string Subject, string? Topic,
    string? Focus, ObjectivesMatch ObjectivesMatched, bool HasReply, DateTime CreationTime);

public sealed record LessonObservationDto(
    Guid Id, Guid ObservedStaffMemberId, string ObservedName, Guid ObserverStaffMemberId, string ObserverName,
    ObservationPurpose Purpose, ObservationStatus Status, bool IsLocked,
    DateOnly LessonDate, string ClassName, string Subject, string? Topic, string? LearningObjectives, string? Focus,
    IReadOnlyList<ObservationNoteDto> Notes, string? Strengths, string? GrowthPoints, ObjectivesMatch ObjectivesMatched,
    Guid? FormId, string? FormName, IReadOnlyList<CriterionScoreDto> Scores, int? ScoreTotal, int? ScoreMax,
    string? TeacherReply, DateTime? RepliedAt, IReadOnlyList<StaffReferenceDto> SharedWith,
    IReadOnlyList<ObservationEventDto> Events, Guid? GrowthCycleId, ObservationAbilitiesDto Abilities,
    DateTime CreationTime, string ConcurrencyStamp);

/// <summary>What the caller may do now, so the page shows only the buttons that work.</summary>
public sealed record ObservationAbilitiesDto(bool CanEdit, bool CanSign, bool CanReply, bool CanShare, bool CanReopen);

public sealed record StaffReferenceDto(Guid Id, string FullName);

public sealed record ObservationEventDto(ObservationEventKind Kind, string? UserName, DateTime Time, string? Reason);

public sealed class ObservationNoteDto
{
    [Range(0, LessonObservationConsts.MaxMinute)]
    public int Minute { get; set; }

    [Required, MaxLength(LessonObservationConsts.MaxLongText)]
    public string Text { get; set; } = null!;
}

public sealed class CriterionScoreDto
{
    [Required, MaxLength(64)]
    public string CriterionKey { get; set; } = null!;

    public int Score { get; set; }
}

/// <summary>What the observer writes about the lesson.</summary>
public abstract class LessonObservationContentDto
{
    [Required]
    public DateOnly? LessonDate { get; set; }

    [Required, MaxLength(LessonObservationConsts.MaxShortText)]
    public string ClassName { get; set; } = null!;

    [Required, MaxLength(LessonObservationConsts.MaxShortText)]
    public string Subject { get; set; } = null!;

    [MaxLength(LessonObservationConsts.MaxShortText)]
    public string? Topic { get; set; }

    [MaxLength(LessonObservationConsts.MaxLongText)]
    public string? LearningObjectives { get; set; }

    [MaxLength(LessonObservationConsts.MaxLongText)]
    public string? Focus { get; set; }

    [MaxLength(LessonObservationConsts.MaxNotes)]
    public List<ObservationNoteDto> Notes { get; set; } = [];

    [MaxLength(LessonObservationConsts.MaxLongText)]
    public string? Strengths { get; set; }

    [MaxLength(LessonObservationConsts.MaxLongText)]
    public string? GrowthPoints { get; set; }

    public ObjectivesMatch ObjectivesMatched { get; set; }

    public Guid? FormId { get; set; }

    [MaxLength(LessonObservationConsts.MaxCriteria)]
    public List<CriterionScoreDto> Scores { get; set; } = [];

    public Guid? GrowthCycleId { get; set; }
}

public sealed class CreateLessonObservationDto : LessonObservationContentDto
{
    [Required]
    public Guid? ObservedStaffMemberId { get; set; }

    public ObservationPurpose Purpose { get; set; } = ObservationPurpose.Developmental;
}

public sealed class UpdateLessonObservationDto : LessonObservationContentDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ObservationStampDto
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ReplyToObservationDto
{
    [Required, MaxLength(LessonObservationConsts.MaxLongText)]
    public string Text { get; set; } = null!;

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ShareObservationDto
{
    public List<Guid> StaffMemberIds { get; set; } = [];

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ReopenObservationDto
{
    [Required, MaxLength(LessonObservationConsts.MaxLongText)]
    public string Reason { get; set; } = null!;

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetLessonObservationListInput : PagedInput
{
    public Guid? StaffMemberId { get; set; }
    /// <summary>Only observations of the caller's lessons, or only those the caller made (within what he may see).</summary>
    public ObservationRole? Role { get; set; }
    public ObservationPurpose? Purpose { get; set; }
    public ObservationStatus? Status { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed record ObservationFormDto(
    Guid Id,
    string Name,
    int ScaleMin,
    int ScaleMax,
    bool IsBuiltIn,
    IReadOnlyList<ObservationCriterionDto> Criteria,
    string ConcurrencyStamp);

/// <summary><see cref="Text"/> is in the reader's language (Kazakh, else Russian).</summary>
public sealed record ObservationCriterionDto(string Key, string TextKk, string TextRu, string Text);

public sealed class ObservationCriterionInput
{
    [MaxLength(64)]
    public string? Key { get; set; }

    [Required, MaxLength(LessonObservationConsts.MaxLongText)]
    public string TextKk { get; set; } = null!;

    [Required, MaxLength(LessonObservationConsts.MaxLongText)]
    public string TextRu { get; set; } = null!;
}

public sealed class SaveObservationFormDto
{
    [Required, MaxLength(LessonObservationConsts.MaxShortText)]
    public string Name { get; set; } = null!;

    [Range(0, 100)]
    public int ScaleMin { get; set; }

    [Range(1, 100)]
    public int ScaleMax { get; set; }

    [MinLength(1), MaxLength(LessonObservationConsts.MaxCriteria)]
    public List<ObservationCriterionInput> Criteria { get; set; } = [];

    /// <summary>Required when changing a form.</summary>
    public string? ConcurrencyStamp { get; set; }
}
