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
    DateTime? LastMeetingAt, DateTime? NextMeetingAt, int HeldMinutes,
    MentoringPairAbilities Abilities, DateTime CreationTime, string ConcurrencyStamp);

/// <summary>What the caller may do with the pair: end it (director, deputies), plan meetings in it (its mentor and mentee, while active).</summary>
public sealed record MentoringPairAbilities(bool CanEnd, bool CanScheduleMeetings, bool IsMentor, bool IsMentee);

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

public sealed record MentoringSettingsDto(
    int MentorCapacity, int CadenceMeetings, int CadenceDays, bool WeeklyCardInFirstYear, bool IsDefault, string? ConcurrencyStamp);

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
