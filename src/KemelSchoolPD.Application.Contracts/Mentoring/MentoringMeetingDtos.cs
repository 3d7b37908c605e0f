using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Mentoring;

public sealed record MentoringMeetingListItemDto(
    Guid Id, Guid PairId, MentoringPairKind PairKind,
    Guid MentorStaffMemberId, string MentorName, Guid MenteeStaffMemberId, string MenteeName,
    DateTime StartsAt, int DurationMinutes, string? Topic, string? Place, string? OnlineLink, MentoringMeetingStatus Status,
    int AgendaItems, int AgendaDone, int OpenSteps, string ConcurrencyStamp);

/// <summary>
/// A meeting as the caller sees it: the shared note (to both parties and readers of every pair), the caller's own private note
/// (only ever the caller's), the next steps, the mentee's feedback and the summary of the pair's previous held meeting.
/// </summary>
public sealed record MentoringMeetingDto(
    Guid Id, Guid PairId, MentoringPairKind PairKind,
    Guid MentorStaffMemberId, string MentorName, Guid MenteeStaffMemberId, string MenteeName,
    DateTime StartsAt, int DurationMinutes, string? Topic, string? Place, string? OnlineLink, MentoringMeetingStatus Status,
    DateTime? HeldAt, string? CancelReason, IReadOnlyList<MentoringAgendaItemDto> Agenda,
    MentoringSharedNoteDto? SharedNote, MentoringPrivateNoteDto? MyPrivateNote, IReadOnlyList<MentoringNextStepDto> Steps,
    Guid? ObservationId, LinkedObservationDto? Observation, MentoringFeedbackDto? Feedback, MentoringMeetingSummaryDto? Previous,
    MentoringMeetingAbilities Abilities, DateTime CreationTime, string ConcurrencyStamp);

public sealed record MentoringAgendaItemDto(Guid Id, string Text, bool Done);

/// <summary>The shared note; <see cref="ConcurrencyStamp"/> goes back with the next save (a stale one is refused with
/// Mentoring:NoteChangedMeanwhile).</summary>
public sealed record MentoringSharedNoteDto(
    string Text,
    DateTime? LastModificationTime,
    Guid? LastEditedByStaffMemberId,
    string? LastEditedByName,
    string ConcurrencyStamp);

/// <summary>The caller's own private note about the meeting.</summary>
public sealed record MentoringPrivateNoteDto(string Text, DateTime UpdatedAt, string ConcurrencyStamp);

public sealed record MentoringNextStepDto(
    Guid Id, Guid MeetingId, string Text, MentoringStepOwner Owner, Guid OwnerStaffMemberId, string OwnerName,
    DateOnly? DueOn, bool Done, DateTime? DoneAt, string ConcurrencyStamp);

public sealed record MentoringFeedbackDto(int Usefulness, string? Comment, DateTime At);

/// <summary>What the previous held meeting of the pair left: its agenda, shared note, next steps and feedback.</summary>
public sealed record MentoringMeetingSummaryDto(
    Guid Id, DateTime StartsAt, int DurationMinutes, string? Topic, IReadOnlyList<MentoringAgendaItemDto> Agenda, string? SharedNote,
    IReadOnlyList<MentoringNextStepDto> Steps, MentoringFeedbackDto? Feedback);

/// <summary>Edit: a party of the pair (the mentor or the mentee); GiveFeedback: the mentee of a held meeting.</summary>
public sealed record MentoringMeetingAbilities(bool CanEdit, bool CanWriteNotes, bool CanGiveFeedback, bool IsMentor, bool IsMentee);

public sealed class GetMentoringMeetingListInput : PagedInput
{
    public Guid? PairId { get; set; }

    public MentoringMeetingStatus? Status { get; set; }

    /// <summary>Meetings starting on or after this date or time: without an offset, the school's wall clock (its time zone); a date is its
    /// midnight.</summary>
    public DateTime? From { get; set; }

    /// <summary>Meetings starting before this date or time, read as <see cref="From"/> (to a day's end: the next day's date).</summary>
    public DateTime? To { get; set; }

    /// <summary>Only the caller's own pairs' meetings (always so without Mentoring.ViewAll).</summary>
    public bool? Mine { get; set; }
}

public sealed class MentoringAgendaItemInput
{
    /// <summary>An existing item's id (kept); empty for a new item.</summary>
    public Guid? Id { get; set; }

    [Required, StringLength(MentoringConsts.MaxAgendaTextLength)]
    public string Text { get; set; } = null!;

    public bool Done { get; set; }
}

public sealed class CreateMentoringMeetingDto
{
    [Required]
    public Guid PairId { get; set; }

    /// <summary>A moment with an offset ("…Z", "…+05:00"), or the school's wall-clock time without one (see the mentoring settings' time
    /// zone).</summary>
    [Required]
    public DateTime StartsAt { get; set; }

    /// <summary>1 to 720 minutes (12 hours).</summary>
    [Required]
    public int DurationMinutes { get; set; }

    [StringLength(MentoringConsts.MaxAgendaTextLength)]
    public string? Topic { get; set; }

    [StringLength(MentoringConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [StringLength(MentoringConsts.MaxOnlineLinkLength)]
    public string? OnlineLink { get; set; }

    [MaxLength(MentoringConsts.MaxAgendaItems)]
    public List<MentoringAgendaItemInput> Agenda { get; set; } = [];

    /// <summary>A lesson observation of the mentee, readable by the caller.</summary>
    public Guid? ObservationId { get; set; }
}

public sealed class UpdateMentoringMeetingDto
{
    /// <summary>A moment with an offset ("…Z", "…+05:00"), or the school's wall-clock time without one (see the mentoring settings' time
    /// zone).</summary>
    [Required]
    public DateTime StartsAt { get; set; }

    [Required]
    public int DurationMinutes { get; set; }

    [StringLength(MentoringConsts.MaxAgendaTextLength)]
    public string? Topic { get; set; }

    [StringLength(MentoringConsts.MaxPlaceLength)]
    public string? Place { get; set; }

    [StringLength(MentoringConsts.MaxOnlineLinkLength)]
    public string? OnlineLink { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class UpdateMentoringAgendaDto
{
    [MaxLength(MentoringConsts.MaxAgendaItems)]
    public List<MentoringAgendaItemInput> Items { get; set; } = [];

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class HoldMentoringMeetingDto
{
    /// <summary>The real length, when it differs from the planned one.</summary>
    public int? DurationMinutes { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CancelMentoringMeetingDto
{
    [StringLength(MentoringConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GiveMentoringFeedbackDto
{
    /// <summary>How useful the meeting was, 1–5.</summary>
    [Required]
    public int Usefulness { get; set; }

    [StringLength(MentoringConsts.MaxFeedbackCommentLength)]
    public string? Comment { get; set; }
}

public sealed class LinkMentoringObservationDto
{
    /// <summary>Empty: unlink.</summary>
    public Guid? ObservationId { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>The whole text of a note (saved as typed). <see cref="ConcurrencyStamp"/>: the stamp last read; empty for the first
/// save.</summary>
public sealed class WriteMentoringNoteDto
{
    [StringLength(MentoringConsts.MaxNoteLength)]
    public string? Text { get; set; }

    public string? ConcurrencyStamp { get; set; }
}

public sealed class CreateMentoringNextStepDto
{
    [Required, StringLength(MentoringConsts.MaxStepTextLength)]
    public string Text { get; set; } = null!;

    [Required]
    public MentoringStepOwner Owner { get; set; }

    public DateOnly? DueOn { get; set; }
}

public sealed class UpdateMentoringNextStepDto
{
    [Required, StringLength(MentoringConsts.MaxStepTextLength)]
    public string Text { get; set; } = null!;

    [Required]
    public MentoringStepOwner Owner { get; set; }

    public DateOnly? DueOn { get; set; }

    public bool Done { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class GetMentoringHoursInput
{
    /// <summary>The academic year (its first calendar year); empty: the current one.</summary>
    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? Year { get; set; }
}

/// <summary>Held meetings' hours of an academic year: in total, per pair and per mentor (a mentor sees their own, the director
/// all).</summary>
public sealed record MentoringHoursDto(
    int AcademicYear, string AcademicYearLabel, int Meetings, int Minutes, decimal Hours,
    IReadOnlyList<MentoringPairHoursDto> Pairs, IReadOnlyList<MentorHoursDto> Mentors);

public sealed record MentoringPairHoursDto(
    Guid PairId, MentoringPairKind Kind, Guid MentorStaffMemberId, string MentorName, Guid MenteeStaffMemberId, string MenteeName,
    bool IsActive, int Meetings, int Minutes, decimal Hours);

public sealed record MentorHoursDto(Guid MentorStaffMemberId, string MentorName, int Pairs, int Meetings, int Minutes, decimal Hours);

/// <summary>
/// An open next step of one of the caller's active pairs (the caller its mentor or its mentee), with its meeting and pair.
/// <see cref="IsMine"/>: the caller carries it out; <see cref="IsOverdue"/>: its due day has passed (in the school's time zone).
/// </summary>
public sealed record MyMentoringStepDto(
    Guid Id, Guid MeetingId, DateTime MeetingStartsAt, string? MeetingTopic, Guid PairId, MentoringPairKind PairKind,
    Guid MentorStaffMemberId, string MentorName, Guid MenteeStaffMemberId, string MenteeName,
    string Text, MentoringStepOwner Owner, Guid OwnerStaffMemberId, string OwnerName, DateOnly? DueOn, bool IsMine, bool IsOverdue,
    string ConcurrencyStamp);

public sealed class GetMyMentoringStepsInput : PagedInput
{
    /// <summary>The caller's side in the pair: steps of the pairs they mentor (Mentor) or are mentored in (Mentee); empty: both.</summary>
    public MentoringStepOwner? As { get; set; }

    /// <summary>true: only the steps the caller carries out.</summary>
    public bool? OwnedByMe { get; set; }
}

/// <summary>Marks a next step done (or open again).</summary>
public sealed class SetMentoringStepDoneDto
{
    public bool Done { get; set; } = true;

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}
