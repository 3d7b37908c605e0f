using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.DevelopmentEvents;

public sealed record DevelopmentEventListItemDto(
    Guid Id, DevelopmentEventKind Kind, CreativeGroupDirection? Direction, string Title, Guid OrganiserStaffMemberId, string OrganiserName,
    DateOnly StartsOn, DateOnly EndsOn, int DurationMinutes, string? Place, DevelopmentEventStatus Status,
    int ParticipantCount, int AttendedCount, Guid? SeriesId, bool IsParticipant, bool IsOrganiser);

public sealed record DevelopmentEventParticipantDto(Guid StaffMemberId, string FullName, bool Attended);

public sealed record DevelopmentEventAbilities(bool CanEdit, bool CanRecord);

public sealed record DevelopmentEventDto(
    Guid Id, DevelopmentEventKind Kind, CreativeGroupDirection? Direction, string Title, string? Description,
    Guid OrganiserStaffMemberId, string OrganiserName, DateOnly StartsOn, DateOnly EndsOn, int DurationMinutes, string? Place,
    DevelopmentEventStatus Status, string? Outcome, DateTime? RecordedAt, string? CancelReason, Guid? SeriesId,
    IReadOnlyList<DevelopmentEventParticipantDto> Participants, DevelopmentEventAbilities Abilities, string ConcurrencyStamp);

public sealed class GetDevelopmentEventListInput : PagedInput
{
    [StringLength(200)]
    public string? Filter { get; set; }

    public DevelopmentEventKind? Kind { get; set; }

    public DevelopmentEventStatus? Status { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Only events the caller organises or takes part in.</summary>
    public bool? Mine { get; set; }
}

public class DevelopmentEventDetailsInput
{
    [Required]
    public DevelopmentEventKind Kind { get; set; }

    /// <summary>Required for a creative-group session.</summary>
    public CreativeGroupDirection? Direction { get; set; }

    [Required, StringLength(DevelopmentEventConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    [StringLength(DevelopmentEventConsts.MaxTextLength)]
    public string? Description { get; set; }

    [Required]
    public DateOnly StartsOn { get; set; }

    /// <summary>The last day; by default the first (a decade: ten days).</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>The hours each attendee is credited, in minutes.</summary>
    [Range(DevelopmentEventConsts.MinDurationMinutes, DevelopmentEventConsts.MaxDurationMinutes)]
    public int DurationMinutes { get; set; }

    [StringLength(DevelopmentEventConsts.MaxPlaceLength)]
    public string? Place { get; set; }
}

public sealed class CreateDevelopmentEventDto : DevelopmentEventDetailsInput
{
    /// <summary>The organiser; by default the caller (only a manager names another).</summary>
    public Guid? OrganiserStaffMemberId { get; set; }

    [MaxLength(DevelopmentEventConsts.MaxParticipants)]
    public List<Guid> ParticipantStaffMemberIds { get; set; } = [];

    /// <summary>Repeat every month on the same day up to this date (at most twelve occurrences): one event per month, one series.</summary>
    public DateOnly? RepeatMonthlyUntil { get; set; }
}

public sealed class UpdateDevelopmentEventDto : DevelopmentEventDetailsInput
{
    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class SetDevelopmentEventParticipantsDto
{
    [Required, MaxLength(DevelopmentEventConsts.MaxParticipants)]
    public List<Guid> StaffMemberIds { get; set; } = [];
}

public sealed class RecordDevelopmentEventDto
{
    [Required, MaxLength(DevelopmentEventConsts.MaxParticipants)]
    public List<Guid> AttendedStaffMemberIds { get; set; } = [];

    [Required, StringLength(DevelopmentEventConsts.MaxTextLength)]
    public string Outcome { get; set; } = null!;
}

public sealed class CancelDevelopmentEventDto
{
    [StringLength(DevelopmentEventConsts.MaxReasonLength)]
    public string? Reason { get; set; }
}

public sealed class GetDevelopmentEventHoursInput
{
    public int? Year { get; set; }

    /// <summary>Whose hours; by default the caller's (another's needs DevelopmentEvents.ViewAll).</summary>
    public Guid? StaffMemberId { get; set; }
}

public sealed record DevelopmentEventHoursRowDto(Guid EventId, DevelopmentEventKind Kind, string Title, DateOnly StartsOn, int Minutes);

public sealed record DevelopmentEventKindHoursDto(DevelopmentEventKind Kind, int Events, int Minutes, decimal Hours);

public sealed record TeacherDevelopmentHoursDto(
    int Year, string YearLabel, Guid StaffMemberId, string FullName, int Events, int Minutes, decimal Hours,
    IReadOnlyList<DevelopmentEventKindHoursDto> ByKind, IReadOnlyList<DevelopmentEventHoursRowDto> Rows);

public sealed class GetDevelopmentHoursSummaryInput
{
    public int? Year { get; set; }
}

public sealed record DevelopmentHoursSummaryRowDto(Guid StaffMemberId, string FullName, int Events, int Minutes, decimal Hours);

public sealed record DevelopmentHoursSummaryDto(
    int Year, string YearLabel, int Events, int Minutes, decimal Hours, IReadOnlyList<DevelopmentEventKindHoursDto> ByKind,
    IReadOnlyList<DevelopmentHoursSummaryRowDto> Teachers);
