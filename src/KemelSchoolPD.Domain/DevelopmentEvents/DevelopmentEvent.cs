using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>The details of an event as its organiser sets them.</summary>
public sealed record DevelopmentEventDetails(
    DevelopmentEventKind Kind, CreativeGroupDirection? Direction, string Title, string? Description, DateOnly StartsOn, DateOnly? EndsOn,
    int DurationMinutes, string? Place);

/// <summary>
/// A development event of the school (seed 004: budding tour, open lesson, master class, integrated-lessons decade, book club,
/// methodological game or meeting, creative-group session): organiser, dates, how long it lasts (the hours each attendee is
/// credited), participants and their attendance, a short outcome and its materials (attached files). A monthly series is a set
/// of events sharing a <see cref="SeriesId"/>, one per month. Events are tools of development, not of control: the school's
/// staff read the calendar; the organiser (or a manager) keeps the event.
/// </summary>
public sealed class DevelopmentEvent : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read an event: the school's calendar is every staff member's (and readers of every event's); accounts with no staff
    /// record read none.</summary>
    public static Expression<Func<DevelopmentEvent, bool>> VisibleTo(Guid? staffId, bool viewAll) => e => viewAll || staffId != null;

    private readonly List<DevelopmentEventParticipant> _participants = [];

    public Guid TenantId { get; private set; }
    public DevelopmentEventKind Kind { get; private set; }
    public CreativeGroupDirection? Direction { get; private set; }
    public string Title { get; private set; } = null!;
    public string? Description { get; private set; }
    public Guid OrganiserStaffMemberId { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public int DurationMinutes { get; private set; }
    public string? Place { get; private set; }
    /// <summary>Title and place, normalised for search (<see cref="KemelSchoolPD.SearchText"/>).</summary>
    public string SearchText { get; private set; } = "";
    public DevelopmentEventStatus Status { get; private set; }
    public string? Outcome { get; private set; }
    public DateTime? RecordedAt { get; private set; }
    public string? CancelReason { get; private set; }
    public Guid? SeriesId { get; private set; }
    public IReadOnlyCollection<DevelopmentEventParticipant> Participants => _participants.AsReadOnly();

    private DevelopmentEvent() { }

    /// <summary>A planned event; its organiser takes part in it.</summary>
    public DevelopmentEvent(Guid id, Guid organiserStaffMemberId, DevelopmentEventDetails details, Guid? seriesId) : base(id)
    {
        OrganiserStaffMemberId = organiserStaffMemberId;
        SeriesId = seriesId;
        Status = DevelopmentEventStatus.Planned;
        Apply(details);
        _participants.Add(new DevelopmentEventParticipant(Id, organiserStaffMemberId));
    }

    public bool IsOrganiser(Guid? staffId) => staffId == OrganiserStaffMemberId;

    public bool IsParticipant(Guid? staffId) => staffId is { } id && _participants.Any(p => p.StaffMemberId == id);

    public DevelopmentEvent Update(DevelopmentEventDetails details)
    {
        EnsurePlanned();
        Apply(details);
        return this;
    }

    /// <summary>The participants as a whole (the organiser always one); kept with their attendance, new ones added. Not of a cancelled
    /// event.</summary>
    public DevelopmentEvent SetParticipants(IReadOnlyCollection<Guid> staffIds)
    {
        if (Status == DevelopmentEventStatus.Cancelled) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentEvents.Cancelled);
        var wanted = staffIds.Append(OrganiserStaffMemberId).ToHashSet();
        if (wanted.Count > DevelopmentEventConsts.MaxParticipants)
            throw new InputValidationException("StaffMemberIds", ValidationCodes.Range, 1, DevelopmentEventConsts.MaxParticipants);
        _participants.RemoveAll(p => !wanted.Contains(p.StaffMemberId));
        foreach (var id in wanted.Where(id => _participants.All(p => p.StaffMemberId != id)))
            _participants.Add(new DevelopmentEventParticipant(Id, id));
        return this;
    }

    /// <summary>
    /// Records what happened, once the event has begun (409 NotYetHeld before): who attended (participants only: 400 otherwise),
    /// and a short outcome (an open lesson ends with a collective analysis). It may be recorded again to correct it.
    /// </summary>
    public DevelopmentEvent Record(IReadOnlyCollection<Guid> attendedStaffIds, string outcome, DateOnly today, DateTime at)
    {
        if (Status == DevelopmentEventStatus.Cancelled) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentEvents.Cancelled);
        if (StartsOn > today) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentEvents.NotYetHeld);
        var attended = attendedStaffIds.ToHashSet();
        if (attended.Any(id => !IsParticipant(id)))
            throw new InputValidationException("AttendedStaffMemberIds", KemelSchoolPDErrorCodes.DevelopmentEvents.NotAParticipant);
        if (string.IsNullOrWhiteSpace(outcome)) throw new InputValidationException(
            nameof(Outcome),
            KemelSchoolPDErrorCodes.DevelopmentEvents.OutcomeRequired);
        Outcome = Check.NotNullOrWhiteSpace(outcome, nameof(Outcome), DevelopmentEventConsts.MaxTextLength);
        foreach (var p in _participants) p.SetAttended(attended.Contains(p.StaffMemberId));
        Status = DevelopmentEventStatus.Held;
        RecordedAt = at;
        return this;
    }

    public DevelopmentEvent Cancel(string? reason)
    {
        EnsurePlanned();
        CancelReason = Check.NullIfEmpty(reason, nameof(CancelReason), DevelopmentEventConsts.MaxReasonLength);
        Status = DevelopmentEventStatus.Cancelled;
        return this;
    }

    private void EnsurePlanned()
    {
        if (Status != DevelopmentEventStatus.Planned) throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentEvents.NotPlanned);
    }

    private void Apply(DevelopmentEventDetails d)
    {
        Kind = Check.Defined(d.Kind, nameof(Kind));
        if (d.Kind == DevelopmentEventKind.CreativeGroupSession)
        {
            if (d.Direction is null) throw new InputValidationException(
                nameof(Direction),
                KemelSchoolPDErrorCodes.DevelopmentEvents.DirectionRequired);
            Direction = Check.Defined(d.Direction.Value, nameof(Direction));
        }
        else
        {
            Direction = null;
        }
        Title = Check.NotNullOrWhiteSpace(d.Title, nameof(Title), DevelopmentEventConsts.MaxTitleLength);
        Description = Check.NullIfEmpty(d.Description, nameof(Description), DevelopmentEventConsts.MaxTextLength);
        Place = Check.NullIfEmpty(d.Place, nameof(Place), DevelopmentEventConsts.MaxPlaceLength);
        DurationMinutes = Check.Range(
            d.DurationMinutes,
            nameof(DurationMinutes),
            DevelopmentEventConsts.MinDurationMinutes,
            DevelopmentEventConsts.MaxDurationMinutes);
        // The ten-day event lasts ten days unless the school says otherwise.
        var ends = d.EndsOn ?? (d.Kind == DevelopmentEventKind.IntegratedLessonsDecade
            ? d.StartsOn.AddDays(DevelopmentEventConsts.DecadeDays - 1)
            : d.StartsOn);
        if (ends < d.StartsOn) throw new InputValidationException(nameof(EndsOn), KemelSchoolPDErrorCodes.DevelopmentEvents.EndBeforeStart);
        StartsOn = d.StartsOn;
        EndsOn = ends;
        SearchText = KemelSchoolPD.SearchText.Of(Title, Place);
    }

    /// <summary>The dates of a monthly series: the same day of each month (the month's last day when shorter) from the first date up to
    /// <paramref name="until"/>.</summary>
    public static IReadOnlyList<DateOnly> MonthlyDates(DateOnly first, DateOnly until)
    {
        if (until < first) throw new InputValidationException(
            "RepeatMonthlyUntil",
            KemelSchoolPDErrorCodes.DevelopmentEvents.EndBeforeStart);
        var dates = new List<DateOnly>();
        for (var i = 0; ; i++)
        {
            var month = new DateOnly(first.Year, first.Month, 1).AddMonths(i);
            var date = new DateOnly(month.Year, month.Month, Math.Min(first.Day, DateTime.DaysInMonth(month.Year, month.Month)));
            if (date > until) break;
            if (dates.Count == DevelopmentEventConsts.MaxOccurrences)
                throw new InputValidationException(
                    "RepeatMonthlyUntil",
                    KemelSchoolPDErrorCodes.DevelopmentEvents.TooManyOccurrences,
                    DevelopmentEventConsts.MaxOccurrences);
            dates.Add(date);
        }
        return dates;
    }
}

/// <summary>A participant of an event and whether they attended (their hours accrue from attended events). Written only by its <see
/// cref="DevelopmentEvent"/>.</summary>
public sealed class DevelopmentEventParticipant : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid EventId { get; private set; }
    public Guid StaffMemberId { get; private set; }
    public bool Attended { get; private set; }

    private DevelopmentEventParticipant() { }

    internal DevelopmentEventParticipant(Guid eventId, Guid staffMemberId) : base(Guid.CreateVersion7())
    {
        EventId = eventId;
        StaffMemberId = staffMemberId;
    }

    internal void SetAttended(bool attended) => Attended = attended;
}
