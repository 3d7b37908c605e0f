using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A pair as its readers see it. <see cref="LastMeetingAt"/>/<see cref="NextMeetingAt"/>: the latest held and the next scheduled
/// meeting; <see cref="HeldMinutes"/>: the minutes of the held meetings of the whole pair.
/// </summary>
public sealed record MentoringPairDto(
    Guid Id, MentoringPairKind Kind,
    Guid MentorStaffMemberId, string MentorName, QualificationCategory MentorCategory,
    Guid MenteeStaffMemberId, string MenteeName, QualificationCategory MenteeCategory, bool MenteeIsYoungSpecialist,
    DateOnly StartsOn, DateOnly? EndsOn, DateOnly? EndedOn, string? EndReason, bool IsActive,
    DateTime? LastMeetingAt, DateTime? NextMeetingAt, int HeldMinutes, DateTime? EvidenceConsentAt,
    MentoringPairAbilities Abilities, DateTime CreationTime, string ConcurrencyStamp);

/// <summary>
/// What the caller may do with the pair: end it (director, deputies), plan meetings in it (its mentor and mentee, while active),
/// give or withdraw consent to its meetings entering the mentor's evidence (its mentee).
/// </summary>
public sealed record MentoringPairAbilities(bool CanEnd, bool CanScheduleMeetings, bool IsMentor, bool IsMentee, bool CanConsent);

public sealed class GetMentoringPairListInput : PagedInput
{
    public MentoringPairKind? Kind { get; set; }

    /// <summary>true: only active pairs; false: only ended ones; empty: both.</summary>
    public bool? Active { get; set; }

    public Guid? MentorStaffMemberId { get; set; }

    public Guid? MenteeStaffMemberId { get; set; }

    /// <summary>Only the pairs the caller is mentor or mentee of (always so without Mentoring.ViewAll).</summary>
    public bool? Mine { get; set; }

    /// <summary>Part of the mentor's or mentee's name.</summary>
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }
}

public sealed class CreateMentoringPairDto
{
    [Required]
    public MentoringPairKind Kind { get; set; } = MentoringPairKind.Mentor;

    [Required]
    public Guid MentorStaffMemberId { get; set; }

    [Required]
    public Guid MenteeStaffMemberId { get; set; }

    /// <summary>Empty: today.</summary>
    public DateOnly? StartsOn { get; set; }

    /// <summary>The planned end (for example the end of the first year); empty: open-ended.</summary>
    public DateOnly? EndsOn { get; set; }
}

/// <summary>The planned end of an active pair (a second year of support, an earlier end).</summary>
public sealed class UpdateMentoringPairDto
{
    /// <summary>Empty: open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class EndMentoringPairDto
{
    /// <summary>Empty: today.</summary>
    public DateOnly? EndedOn { get; set; }

    [StringLength(MentoringConsts.MaxReasonLength)]
    public string? Reason { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>
/// The school's mentoring rules. <see cref="TimeZone"/>: the school's IANA zone (meeting times are shown and typed in it);
/// <see cref="UtcOffsetMinutes"/>: its offset from UTC now.
/// </summary>
public sealed record MentoringSettingsDto(
    int MentorCapacity, int CadenceMeetings, int CadenceDays, bool WeeklyCardInFirstYear, bool IsDefault, string? ConcurrencyStamp,
    string TimeZone, int UtcOffsetMinutes);

public sealed class UpdateMentoringSettingsDto
{
    [Range(MentoringConsts.MinMentorCapacity, MentoringConsts.MaxMentorCapacity)]
    public int MentorCapacity { get; set; } = MentoringConsts.DefaultMentorCapacity;

    /// <summary>Expected meetings of a pair every <see cref="CadenceDays"/> days.</summary>
    [Range(MentoringConsts.MinCadenceMeetings, MentoringConsts.MaxCadenceMeetings)]
    public int CadenceMeetings { get; set; } = MentoringConsts.DefaultCadenceMeetings;

    [Range(MentoringConsts.MinCadenceDays, MentoringConsts.MaxCadenceDays)]
    public int CadenceDays { get; set; } = MentoringConsts.DefaultCadenceDays;

    /// <summary>First-year young specialists fill the weekly reflection card.</summary>
    public bool WeeklyCardInFirstYear { get; set; } = true;

    /// <summary>The school's IANA time zone (empty: Asia/Almaty, UTC+5).</summary>
    [StringLength(MentoringConsts.MaxTimeZoneLength)]
    public string? TimeZone { get; set; }

    /// <summary>The stamp last read; empty for the school's first save.</summary>
    public string? ConcurrencyStamp { get; set; }
}

/// <summary>A colleague suggested as a mentee's mentor, best first, with why (<see cref="Reasons"/>) and their current load.</summary>
public sealed record MentorSuggestionDto(
    Guid StaffMemberId, string FullName, string Position, QualificationCategory Category, IReadOnlyList<string> Subjects,
    Guid? MethodologicalAssociationId, string? MethodologicalAssociationName, int ActivePairs, int Capacity,
    int Score, IReadOnlyList<MentorSuggestionReason> Reasons);

public sealed class GetMentorSuggestionsInput
{
    /// <summary>The kind of pair to fill (default: mentor).</summary>
    public MentoringPairKind? Kind { get; set; }

    [Range(1, 50)]
    public int? MaxResultCount { get; set; }
}

/// <summary>The mentee gives (true) or withdraws (false) consent to the pair's meetings entering the mentor's evidence.</summary>
public sealed class SetMentoringEvidenceConsentDto
{
    public bool Consent { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>A period of the caller's mentoring (days of the school's calendar, at most a year); empty: the academic year so far.</summary>
public sealed class GetMentoringEvidenceInput
{
    /// <summary>Empty: 1 September of the current academic year.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Empty: today.</summary>
    public DateOnly? To { get; set; }
}

/// <summary>Attaches the summary of the caller's mentoring over the period to her own growth cycle (a MentoringActivity artefact of its
/// current stage).</summary>
public sealed class AttachMentoringEvidenceDto
{
    [Required]
    public Guid CycleId { get; set; }

    [Required]
    public DateOnly? From { get; set; }

    [Required]
    public DateOnly? To { get; set; }

    /// <summary>Shared with the mentor's own mentor, if she has one.</summary>
    public bool SharedWithMentor { get; set; }
}

/// <summary>
/// The caller's mentoring over a period as her evidence shows it: totals over all her pairs (as mentor, tutor or curator) and,
/// per pair, whether its mentee consents (only then its meetings' topics and the mentee's ratings enter <see cref="Text"/>).
/// </summary>
public sealed record MentoringEvidenceDto(
    DateOnly From, DateOnly To, int Pairs, int Meetings, int Minutes, decimal Hours, IReadOnlyList<MentoringEvidencePairDto> PairsDetail,
    string Title, string Text, Guid? ArtefactId, Guid? CycleId);

public sealed record MentoringEvidencePairDto(
    Guid PairId,
    MentoringPairKind Kind,
    Guid MenteeStaffMemberId,
    string MenteeName,
    bool Consent,
    int Meetings,
    int Minutes,
    decimal Hours);
