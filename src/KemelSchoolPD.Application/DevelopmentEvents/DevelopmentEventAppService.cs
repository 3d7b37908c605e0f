using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>
/// The school's development events: a staff member organises one (a manager for anyone), optionally repeated monthly as a series;
/// the organiser keeps its details and participants and records attendance and a short outcome once it has begun; attendees'
/// hours accrue per academic year. Everyone on the staff reads the calendar.
/// </summary>
public sealed class DevelopmentEventAppService(IKemelSchoolPDDbContext db, DevelopmentEventReadAccess access, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<PagedResultDto<DevelopmentEventListItemDto>> GetListAsync(
        GetDevelopmentEventListInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var query = (await access.EventsAsync(ct)).AsNoTracking()
            .WhereSearchMatches(e => e.SearchText, input.Filter)
            .WhereIf(input.Kind.HasValue, e => e.Kind == input.Kind)
            .WhereIf(input.Status.HasValue, e => e.Status == input.Status)
            .WhereIf(input.From.HasValue, e => e.EndsOn >= input.From)
            .WhereIf(input.To.HasValue, e => e.StartsOn <= input.To)
            .WhereIf(input.Mine == true, e => e.OrganiserStaffMemberId == me || e.Participants.Any(p => p.StaffMemberId == me));
        var total = await query.LongCountAsync(ct);
        var rows = await (
                from e in query
                join o in db.StaffMembers on e.OrganiserStaffMemberId equals o.Id
                orderby e.StartsOn, e.Id
                select new
                {
                    e.Id, e.Kind, e.Direction, e.Title, e.OrganiserStaffMemberId, OrganiserName = o.FullName, e.StartsOn, e.EndsOn, e
                        .DurationMinutes, e.Place,
                    e.Status, Participants = e.Participants.Count, Attended = e.Participants.Count(p => p.Attended), e.SeriesId,
                    IsParticipant = e.Participants.Any(p => p.StaffMemberId == me),
                })
            .PageBy(input).ToListAsync(ct);
        return new PagedResultDto<DevelopmentEventListItemDto>(total, rows
            .Select(r => new DevelopmentEventListItemDto(r.Id, r.Kind, r.Direction, r.Title,
                r.OrganiserStaffMemberId, r.OrganiserName, r.StartsOn, r.EndsOn, r.DurationMinutes, r.Place, r.Status, r.Participants, r
                .Attended, r.SeriesId,
                r.IsParticipant, r.OrganiserStaffMemberId == me))
            .ToList());
    }

    public async Task<DevelopmentEventDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var e = await (await access.EventsAsync(ct)).AsNoTracking().Include(x => x.Participants).GetAsync(id, ct);
        return await ToDtoAsync(e, ct);
    }

    /// <summary>
    /// A new event (its organiser: the caller, or anyone for a manager), with its participants; repeated monthly up to a date it
    /// makes one event per month of one series. Returns the first.
    /// </summary>
    public async Task<DevelopmentEventDto> CreateAsync(CreateDevelopmentEventDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var organiser = input.OrganiserStaffMemberId
            ?? caller.StaffId ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.DevelopmentEvents.NoStaffRecord);
        if (organiser != caller.StaffId
            && !caller.Manage) throw new ForbiddenException(KemelSchoolPDErrorCodes.DevelopmentEvents.NotOrganiser);
        await EnsureActiveStaffAsync(input.ParticipantStaffMemberIds.Append(organiser).ToList(), ct);
        var dates = input.RepeatMonthlyUntil is { } until ? DevelopmentEvent.MonthlyDates(input.StartsOn, until) : [input.StartsOn];
        var seriesId = dates.Count > 1 ? Guid.CreateVersion7() : (Guid?)null;
        var span = input.EndsOn is { } end ? end.DayNumber - input.StartsOn.DayNumber : (int?)null;
        DevelopmentEvent? first = null;
        foreach (var date in dates)
        {
            var details = new DevelopmentEventDetails(
                input.Kind,
                input.Direction,
                input.Title,
                input.Description,
                date,
                span is { } days ? date.AddDays(days) : null,
                input.DurationMinutes,
                input.Place);
            var e = new DevelopmentEvent(Guid.CreateVersion7(), organiser, details, seriesId).SetParticipants(
                input.ParticipantStaffMemberIds);
            db.DevelopmentEvents.Add(e);
            first ??= e;
        }
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(first!, ct);
    }

    public async Task<DevelopmentEventDto> UpdateAsync(Guid id, UpdateDevelopmentEventDto input, CancellationToken ct = default)
    {
        var e = await LoadForEditAsync(id, ct);
        db.ExpectConcurrencyStamp(e, input.ConcurrencyStamp);
        e.Update(new DevelopmentEventDetails(
            input.Kind,
            input.Direction,
            input.Title,
            input.Description,
            input.StartsOn,
            input.EndsOn,
            input.DurationMinutes,
            input.Place));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(e, ct);
    }

    public async Task<DevelopmentEventDto> SetParticipantsAsync(
        Guid id,
        SetDevelopmentEventParticipantsDto input,
        CancellationToken ct = default)
    {
        var e = await LoadForEditAsync(id, ct);
        await EnsureActiveStaffAsync(input.StaffMemberIds, ct);
        e.SetParticipants(input.StaffMemberIds);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(e, ct);
    }

    /// <summary>Attendance and the outcome, once the event has begun; attendees are credited its hours.</summary>
    public async Task<DevelopmentEventDto> RecordAsync(Guid id, RecordDevelopmentEventDto input, CancellationToken ct = default)
    {
        var e = await LoadForEditAsync(id, ct);
        e.Record(input.AttendedStaffMemberIds, input.Outcome, Today, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(e, ct);
    }

    public async Task<DevelopmentEventDto> CancelAsync(Guid id, CancelDevelopmentEventDto input, CancellationToken ct = default)
    {
        var e = await LoadForEditAsync(id, ct);
        e.Cancel(input.Reason);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(e, ct);
    }

    // ── Hours ──────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>A teacher's participation hours in the academic year (held events they attended): the caller's own, another's with ViewAll
    /// (404 otherwise).</summary>
    public async Task<TeacherDevelopmentHoursDto> GetHoursAsync(GetDevelopmentEventHoursInput input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var staffId = input.StaffMemberId
            ?? caller.StaffId ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.DevelopmentEvents.NoStaffRecord);
        if (staffId != caller.StaffId && !caller.ViewAll) throw new EntityNotFoundException(typeof(Staff.StaffMember), staffId);
        var person = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => new { s.Id, s.FullName })
            .FirstOrDefaultAsync(ct)
                     ?? throw new EntityNotFoundException(typeof(Staff.StaffMember), staffId);
        var year = input.Year ?? AcademicYears.Current(clock);
        var rows = (await AttendedAsync(year, ct)).Where(r => r.StaffMemberId == staffId).ToList();
        var minutes = rows.Sum(r => r.Minutes);
        return new TeacherDevelopmentHoursDto(year, AcademicYears.Label(year), person.Id, person.FullName, rows
            .Count, minutes, Hours(minutes), ByKind(rows),
            rows.OrderBy(r => r.StartsOn).Select(r => new DevelopmentEventHoursRowDto(r.EventId, r.Kind, r.Title, r.StartsOn, r.Minutes))
                .ToList());
    }

    /// <summary>The school's participation hours in the academic year, per teacher and per kind of event (ViewAll).</summary>
    public async Task<DevelopmentHoursSummaryDto> GetSummaryAsync(GetDevelopmentHoursSummaryInput input, CancellationToken ct = default)
    {
        var year = input.Year ?? AcademicYears.Current(clock);
        var rows = await AttendedAsync(year, ct);
        var ids = rows.Select(r => r.StaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var teachers = rows.GroupBy(r => r.StaffMemberId)
            .Select(g => new DevelopmentHoursSummaryRowDto(
                g.Key,
                names.GetValueOrDefault(g.Key, ""),
                g.Count(),
                g.Sum(r => r.Minutes),
                Hours(g.Sum(r => r.Minutes))))
            .OrderByDescending(t => t.Minutes).ThenBy(t => t.FullName, StringComparer.CurrentCulture).ToList();
        var minutes = rows.Sum(r => r.Minutes);
        return new DevelopmentHoursSummaryDto(
            year,
            AcademicYears.Label(year),
            rows.Select(r => r.EventId).Distinct().Count(),
            minutes,
            Hours(minutes),
            ByKind(rows),
            teachers);
    }

    private sealed record AttendedRow(
        Guid StaffMemberId,
        Guid EventId,
        DevelopmentEventKind Kind,
        string Title,
        DateOnly StartsOn,
        int Minutes);

    private async Task<List<AttendedRow>> AttendedAsync(int year, CancellationToken ct)
    {
        var (first, last) = (AcademicYears.FirstDay(year), AcademicYears.LastDay(year));
        return await (from e in (await access.EventsAsync(ct)).AsNoTracking()
                      where e.Status == DevelopmentEventStatus.Held && e.StartsOn >= first && e.StartsOn <= last
                      from p in e.Participants
                      where p.Attended
                      select new AttendedRow(p.StaffMemberId, e.Id, e.Kind, e.Title, e.StartsOn, e.DurationMinutes)).ToListAsync(ct);
    }

    private static List<DevelopmentEventKindHoursDto> ByKind(IEnumerable<AttendedRow> rows) =>
        rows.GroupBy(r => r.Kind).OrderBy(g => g.Key)
            .Select(g => new DevelopmentEventKindHoursDto(
                g.Key,
                g.Select(r => r.EventId).Distinct().Count(),
                g.Sum(r => r.Minutes),
                Hours(g.Sum(r => r.Minutes)))).ToList();

    private static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>The organiser or a manager keeps an event; other staff only read it (403); nobody else sees it (404).</summary>
    private async Task<DevelopmentEvent> LoadForEditAsync(Guid id, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var e = await (await access.EventsAsync(ct)).Include(x => x.Participants).GetAsync(id, ct);
        if (!e.IsOrganiser(caller.StaffId)
            && !caller.Manage) throw new ForbiddenException(KemelSchoolPDErrorCodes.DevelopmentEvents.NotOrganiser);
        return e;
    }

    /// <summary>Participants and organisers are active staff of the school (the school filter hides every other school's).</summary>
    private async Task EnsureActiveStaffAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var found = await db.StaffMembers.CountAsync(s => distinct.Contains(s.Id) && !s.IsArchived, ct);
        if (found != distinct
            .Count) throw new InputValidationException("StaffMemberIds", KemelSchoolPDErrorCodes.DevelopmentEvents.StaffMustBeActive);
    }

    private async Task<DevelopmentEventDto> ToDtoAsync(DevelopmentEvent e, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var ids = e.Participants.Select(p => p.StaffMemberId).Append(e.OrganiserStaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var canEdit = e.IsOrganiser(caller.StaffId) || caller.Manage;
        return new DevelopmentEventDto(e.Id, e.Kind, e.Direction, e.Title, e.Description, e.OrganiserStaffMemberId, names.GetValueOrDefault(
            e.OrganiserStaffMemberId,
            ""),
            e.StartsOn, e.EndsOn, e.DurationMinutes, e.Place, e.Status, e.Outcome, e.RecordedAt, e.CancelReason, e.SeriesId,
            e.Participants
                .Select(p => new DevelopmentEventParticipantDto(p.StaffMemberId, names.GetValueOrDefault(p.StaffMemberId, ""), p.Attended))
                .OrderBy(p => p.FullName, StringComparer.CurrentCulture)
                .ToList(),
            new DevelopmentEventAbilities(canEdit && e.Status == DevelopmentEventStatus.Planned,
                canEdit && e.Status != DevelopmentEventStatus.Cancelled && e.StartsOn <= Today),
            e.ConcurrencyStamp);
    }
}
