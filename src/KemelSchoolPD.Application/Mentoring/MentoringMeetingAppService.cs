using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// A pair's meetings: the mentor or the mentee plans one, keeps its agenda, writes the shared note together and each their own
/// private note, agrees next steps, marks it held; the mentee rates it. Readers of every pair (director, deputies) read the
/// meetings and the shared note but change nothing. A private note is read and written only by its author: no other path
/// (lists, the audit log, "my work", notifications, documents) reads it. A meeting the caller may not see is answered exactly
/// like one that does not exist.
/// </summary>
public sealed class MentoringMeetingAppService(
    IKemelSchoolPDDbContext db,
    MentoringReadAccess access,
    IPermissionChecker permissions,
    MentoringSchoolTime schoolTime,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<PagedResultDto<MentoringMeetingListItemDto>> GetListAsync(
        GetMentoringMeetingListInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var mine = input.Mine == true || !caller.ViewAll;
        // A date or time typed without an offset is the school's wall clock, as the pages show meeting times.
        DateTime? from = input.From is { } f ? await schoolTime.ToUtcAsync(f, ct) : null;
        DateTime? to = input.To is { } t ? await schoolTime.ToUtcAsync(t, ct) : null;
        var query =
            from m in Visible(caller).AsNoTracking()
            join p in db.MentoringPairs on m.PairId equals p.Id
            join mentor in db.StaffMembers on m.MentorStaffMemberId equals mentor.Id
            join mentee in db.StaffMembers on m.MenteeStaffMemberId equals mentee.Id
            select new { Meeting = m, p.Kind, MentorName = mentor.FullName, MenteeName = mentee.FullName };
        query = query
            .WhereIf(mine, x => x.Meeting.MentorStaffMemberId == caller.StaffId || x.Meeting.MenteeStaffMemberId == caller.StaffId)
            .WhereIf(input.PairId.HasValue, x => x.Meeting.PairId == input.PairId)
            .WhereIf(input.Status.HasValue, x => x.Meeting.Status == input.Status)
            .WhereIf(from.HasValue, x => x.Meeting.StartsAt >= from)
            .WhereIf(to.HasValue, x => x.Meeting.StartsAt < to);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Meeting.StartsAt).ThenBy(x => x.Meeting.Id).PageBy(input).ToListAsync(ct);
        var ids = page.Select(x => x.Meeting.Id).ToList();
        var openSteps = await db.MentoringNextSteps.Where(s => ids.Contains(s.MeetingId) && s.DoneAt == null)
            .GroupBy(s => s.MeetingId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return new PagedResultDto<MentoringMeetingListItemDto>(total, page
            .Select(x => new MentoringMeetingListItemDto(x.Meeting.Id, x.Meeting.PairId, x.Kind,
                x.Meeting.MentorStaffMemberId, x.MentorName, x.Meeting.MenteeStaffMemberId, x.MenteeName, x.Meeting.StartsAt, x.Meeting
                .DurationMinutes,
                x.Meeting.Topic, x.Meeting.Place, x.Meeting.OnlineLink, x.Meeting.Status, x.Meeting.Agenda.Count, x.Meeting.Agenda
                .Count(a => a.Done),
                openSteps.GetValueOrDefault(x.Meeting.Id), x.Meeting.ConcurrencyStamp))
            .ToList());
    }

    public async Task<MentoringMeetingDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var meeting = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    /// <summary>The pair's mentor or mentee plans a meeting in an active pair.</summary>
    public async Task<MentoringMeetingDto> CreateAsync(CreateMentoringMeetingDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var pair = await (await access.PairsAsync(ct)).AsNoTracking().GetAsync(input.PairId, ct);
        if (!pair.IsParty(caller.StaffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        var meeting = new MentoringMeeting(Guid.CreateVersion7(), pair,
                new MentoringMeetingSchedule(
                    await schoolTime.ToUtcAsync(input.StartsAt, ct),
                    input.DurationMinutes,
                    input.Topic,
                    input.Place,
                    input.OnlineLink))
            .SetAgenda(Agenda(input.Agenda));
        if (input.ObservationId is { } observationId)
        {
            await EnsureObservationAsync(observationId, meeting.MenteeStaffMemberId, caller, nameof(input.ObservationId), ct);
            meeting.LinkObservation(observationId);
        }
        db.MentoringMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    public async Task<MentoringMeetingDto> UpdateAsync(Guid id, UpdateMentoringMeetingDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        meeting.Reschedule(new MentoringMeetingSchedule(
            await schoolTime.ToUtcAsync(input.StartsAt, ct),
            input.DurationMinutes,
            input.Topic,
            input.Place,
            input.OnlineLink));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    /// <summary>The agenda as a whole (items with their checkboxes), during or after the meeting too.</summary>
    public async Task<MentoringMeetingDto> UpdateAgendaAsync(Guid id, UpdateMentoringAgendaDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        meeting.SetAgenda(Agenda(input.Items));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    public async Task<MentoringMeetingDto> HoldAsync(Guid id, HoldMentoringMeetingDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        meeting.MarkHeld(Now, input.DurationMinutes);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    public async Task<MentoringMeetingDto> CancelAsync(Guid id, CancelMentoringMeetingDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        meeting.Cancel(input.Reason);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    /// <summary>The mentee's feedback on a held meeting (1–5 and one line); nobody else gives it.</summary>
    public async Task<MentoringMeetingDto> GiveFeedbackAsync(Guid id, GiveMentoringFeedbackDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, null, ct);
        meeting.GiveFeedback(caller.StaffId, input.Usefulness, input.Comment, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    /// <summary>Links (or unlinks) a lesson observation of the mentee that the caller may read.</summary>
    public async Task<MentoringMeetingDto> LinkObservationAsync(Guid id, LinkMentoringObservationDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        if (input.ObservationId is { } observationId)
            await EnsureObservationAsync(observationId, meeting.MenteeStaffMemberId, caller, nameof(input.ObservationId), ct);
        meeting.LinkObservation(input.ObservationId);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(meeting, caller, ct);
    }

    // ── Notes ──────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>
    /// The shared note's whole text, saved as typed. The first save comes without a stamp; every later one with the stamp last
    /// read, and a stale one (the other party saved meanwhile) is refused with Mentoring:NoteChangedMeanwhile (409).
    /// </summary>
    public async Task<MentoringSharedNoteDto> WriteSharedNoteAsync(Guid id, WriteMentoringNoteDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, null, ct);
        var note = await db.MentoringSharedNotes.FirstOrDefaultAsync(n => n.MeetingId == meeting.Id, ct);
        if (note is null)
        {
            if (input.ConcurrencyStamp is not null) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
            db.MentoringSharedNotes.Add(note = new MentoringSharedNote(Guid.CreateVersion7(), meeting));
        }
        else
        {
            ExpectNoteStamp(note, input.ConcurrencyStamp);
        }
        note.Write(input.Text, caller.StaffId);
        await db.SaveChangesAsync(ct);
        return (await SharedNoteDtoAsync(meeting.Id, ct))!;
    }

    /// <summary>The caller's own private note about the meeting (empty when none); only its author ever reads it.</summary>
    public async Task<MentoringPrivateNoteDto?> GetPrivateNoteAsync(Guid id, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, null, ct);
        var note = await db.MentoringPrivateNotes.AsNoTracking().Where(MentoringPrivateNote.OwnedBy(caller.StaffId))
            .FirstOrDefaultAsync(n => n.MeetingId == meeting.Id, ct);
        return note is null ? null : new MentoringPrivateNoteDto(note.Text, note.UpdatedAt, note.ConcurrencyStamp);
    }

    /// <summary>The caller's own private note, saved as typed (the same stamp rule as the shared note). Only the pair's mentor or mentee
    /// keeps one.</summary>
    public async Task<MentoringPrivateNoteDto> WritePrivateNoteAsync(Guid id, WriteMentoringNoteDto input, CancellationToken ct = default)
    {
        var (meeting, caller) = await LoadForEditAsync(id, null, ct);
        var author = caller.StaffId!.Value;
        var note = await db.MentoringPrivateNotes.Where(MentoringPrivateNote.OwnedBy(author))
            .FirstOrDefaultAsync(n => n.MeetingId == meeting.Id, ct);
        if (note is null)
        {
            if (input.ConcurrencyStamp is not null) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
            db.MentoringPrivateNotes.Add(note = new MentoringPrivateNote(Guid.CreateVersion7(), meeting, author));
        }
        else
        {
            ExpectNoteStamp(note, input.ConcurrencyStamp);
        }
        note.Write(input.Text, author, Now);
        await db.SaveChangesAsync(ct);
        return new MentoringPrivateNoteDto(note.Text, note.UpdatedAt, note.ConcurrencyStamp);
    }

    private void ExpectNoteStamp(Entities.IHasConcurrencyStamp note, string? stamp)
    {
        if (stamp != note.ConcurrencyStamp) throw new ConflictException(KemelSchoolPDErrorCodes.Mentoring.NoteChangedMeanwhile);
        db.ExpectConcurrencyStamp(note, stamp!);
    }

    // ── Next steps ─────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<MentoringNextStepDto> AddStepAsync(Guid id, CreateMentoringNextStepDto input, CancellationToken ct = default)
    {
        var (meeting, _) = await LoadForEditAsync(id, null, ct);
        if (await db.MentoringNextSteps.CountAsync(s => s.MeetingId == meeting.Id, ct) >= MentoringConsts.MaxStepsPerMeeting)
            throw new BusinessException(KemelSchoolPDErrorCodes.Mentoring.TooManySteps).WithData("0", MentoringConsts.MaxStepsPerMeeting);
        var step = new MentoringNextStep(Guid.CreateVersion7(), meeting, input.Text, input.Owner, input.DueOn);
        db.MentoringNextSteps.Add(step);
        await db.SaveChangesAsync(ct);
        return (await StepDtosAsync([meeting.Id], ct)).Single(s => s.Id == step.Id);
    }

    public async Task<MentoringNextStepDto> UpdateStepAsync(
        Guid id,
        Guid stepId,
        UpdateMentoringNextStepDto input,
        CancellationToken ct = default)
    {
        var (meeting, _) = await LoadForEditAsync(id, null, ct);
        var step = await db.MentoringNextSteps.Where(s => s.MeetingId == meeting.Id).GetAsync(stepId, ct);
        db.ExpectConcurrencyStamp(step, input.ConcurrencyStamp);
        step.Update(meeting, input.Text, input.Owner, input.DueOn).SetDone(input.Done, Now);
        await db.SaveChangesAsync(ct);
        return (await StepDtosAsync([meeting.Id], ct)).Single(s => s.Id == step.Id);
    }

    /// <summary>
    /// The open next steps of the caller's active pairs, as mentor or as mentee: due first (the earliest due day first, then those
    /// without one), each with its meeting and pair. Only the pair's steps are read here, never a note.
    /// </summary>
    public async Task<PagedResultDto<MyMentoringStepDto>> GetMyStepsAsync(GetMyMentoringStepsInput input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var pairs = (await access.PairsAsync(ct)).Where(MentoringPair.Active)
            .Where(p => caller.StaffId != null && (p.MentorStaffMemberId == me || p.MenteeStaffMemberId == me))
            .WhereIf(input.As == MentoringStepOwner.Mentor, p => p.MentorStaffMemberId == me)
            .WhereIf(input.As == MentoringStepOwner.Mentee, p => p.MenteeStaffMemberId == me);
        var query =
            from s in db.MentoringNextSteps.AsNoTracking()
            where s.DoneAt == null
            join p in pairs on s.PairId equals p.Id
            join m in Visible(caller) on s.MeetingId equals m.Id
            join mentor in db.StaffMembers on p.MentorStaffMemberId equals mentor.Id
            join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
            join owner in db.StaffMembers on s.OwnerStaffMemberId equals owner.Id
            select new
            {
                Step = s, p.Kind, m.StartsAt, m.Topic, p.MentorStaffMemberId, MentorName = mentor.FullName, p
                .MenteeStaffMemberId, MenteeName = mentee.FullName, OwnerName = owner.FullName
            };
        query = query.WhereIf(input.OwnedByMe == true, x => x.Step.OwnerStaffMemberId == me);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderBy(x => x.Step.DueOn == null).ThenBy(x => x.Step.DueOn).ThenBy(x => x.StartsAt).ThenBy(x => x.Step.Id)
            .PageBy(input).ToListAsync(ct);
        var today = await schoolTime.TodayAsync(ct);
        return new PagedResultDto<MyMentoringStepDto>(total, page
            .Select(x => new MyMentoringStepDto(x.Step.Id, x.Step.MeetingId, x.StartsAt, x.Topic, x.Step.PairId,
                x.Kind, x.MentorStaffMemberId, x.MentorName, x.MenteeStaffMemberId, x.MenteeName, x.Step.Text, x.Step.Owner, x.Step
                .OwnerStaffMemberId, x.OwnerName,
                x.Step.DueOn, x.Step.OwnerStaffMemberId == me, x.Step.DueOn < today, x.Step.ConcurrencyStamp))
            .ToList());
    }

    /// <summary>A party of the pair marks a next step done (or open again); the step's audit entry records who and when.</summary>
    public async Task<MentoringNextStepDto> SetStepDoneAsync(
        Guid id,
        Guid stepId,
        SetMentoringStepDoneDto input,
        CancellationToken ct = default)
    {
        var (meeting, _) = await LoadForEditAsync(id, null, ct);
        var step = await db.MentoringNextSteps.Where(s => s.MeetingId == meeting.Id).GetAsync(stepId, ct);
        db.ExpectConcurrencyStamp(step, input.ConcurrencyStamp);
        step.SetDone(input.Done, Now);
        await db.SaveChangesAsync(ct);
        return (await StepDtosAsync([meeting.Id], ct)).Single(s => s.Id == step.Id);
    }

    public async Task DeleteStepAsync(Guid id, Guid stepId, CancellationToken ct = default)
    {
        var (meeting, _) = await LoadForEditAsync(id, null, ct);
        var step = await db.MentoringNextSteps.Where(s => s.MeetingId == meeting.Id).GetAsync(stepId, ct);
        db.MentoringNextSteps.Remove(step);
        await db.SaveChangesAsync(ct);
    }

    // ── Hours ──────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Held meetings of the academic year: per pair, per mentor and in total, over the pairs the caller may read.</summary>
    public async Task<MentoringHoursDto> GetHoursAsync(GetMentoringHoursInput input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var year = input.Year ?? AcademicYears.Current(clock);
        var start = AcademicYears.FirstDay(year).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = AcademicYears.FirstDay(year + 1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var pairsRead = await access.PairsAsync(ct);
        var rows = await (
                from m in db.MentoringMeetings.AsNoTracking()
                where m.Status == MentoringMeetingStatus.Held && m.StartsAt >= start && m.StartsAt < end
                join p in pairsRead on m.PairId equals p.Id
                join mentor in db.StaffMembers on p.MentorStaffMemberId equals mentor.Id
                join mentee in db.StaffMembers on p.MenteeStaffMemberId equals mentee.Id
                group m by new
                {
                    p.Id, p.Kind, p.MentorStaffMemberId, MentorName = mentor.FullName, p
                    .MenteeStaffMemberId, MenteeName = mentee.FullName, p.EndedOn
                }
                into g
                select new { g.Key, Meetings = g.Count(), Minutes = g.Sum(m => m.DurationMinutes) })
            .ToListAsync(ct);
        var pairs = rows.Select(r => new MentoringPairHoursDto(
            r.Key.Id,
            r.Key.Kind,
            r.Key.MentorStaffMemberId,
            r.Key.MentorName,
            r.Key.MenteeStaffMemberId,
            r.Key.MenteeName,
            r.Key.EndedOn == null,
            r.Meetings,
            r.Minutes,
            Hours(r.Minutes)))
            .OrderBy(p => p.MentorName, StringComparer.CurrentCulture).ThenBy(p => p.MenteeName, StringComparer.CurrentCulture).ToList();
        var mentors = pairs.GroupBy(p => (p.MentorStaffMemberId, p.MentorName))
            .Select(g => new MentorHoursDto(
                g.Key.MentorStaffMemberId,
                g.Key.MentorName,
                g.Count(),
                g.Sum(p => p.Meetings),
                g.Sum(p => p.Minutes),
                Hours(g.Sum(p => p.Minutes))))
            .OrderByDescending(m => m.Minutes).ThenBy(m => m.MentorName, StringComparer.CurrentCulture).ToList();
        var minutes = pairs.Sum(p => p.Minutes);
        return new MentoringHoursDto(year, AcademicYears.Label(year), pairs.Sum(p => p.Meetings), minutes, Hours(minutes), pairs, mentors);
    }

    private static decimal Hours(int minutes) => Math.Round(minutes / 60m, 2);

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    private IQueryable<MentoringMeeting> Visible(MentoringReadAccess.Caller caller) =>
        db.MentoringMeetings.Where(MentoringMeeting.VisibleTo(caller.StaffId, caller.ViewAll));

    /// <summary>The pair's mentor or mentee changes a meeting; readers of every pair only read it (403); others do not see it
    /// (404).</summary>
    private async Task<(MentoringMeeting, MentoringReadAccess.Caller)> LoadForEditAsync(Guid id, string? stamp, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var meeting = await Visible(caller).GetAsync(id, ct);
        if (!meeting.IsParty(caller.StaffId)) throw new ForbiddenException(KemelSchoolPDErrorCodes.Mentoring.NotAPartyOfPair);
        if (stamp is not null) db.ExpectConcurrencyStamp(meeting, stamp);
        return (meeting, caller);
    }

    private static List<MentoringAgendaItem> Agenda(IEnumerable<MentoringAgendaItemInput> items) =>
        items.Select(i => new MentoringAgendaItem(i.Id ?? Guid.Empty, i.Text, i.Done)).ToList();

    /// <summary>A linked observation must be one of the mentee's lessons that the caller may read.</summary>
    private async Task EnsureObservationAsync(
        Guid observationId,
        Guid menteeId,
        MentoringReadAccess.Caller caller,
        string field,
        CancellationToken ct)
    {
        var viewEvaluations = (await permissions.GetGrantedAsync(ct)).Contains(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations);
        if (!await db.LessonObservations.Where(LessonObservation.VisibleTo(caller.StaffId, viewEvaluations))
                .AnyAsync(o => o.Id == observationId && o.ObservedStaffMemberId == menteeId, ct))
            throw new InputValidationException(field, KemelSchoolPDErrorCodes.Mentoring.UnknownObservation);
    }

    private async Task<MentoringSharedNoteDto?> SharedNoteDtoAsync(Guid meetingId, CancellationToken ct) =>
        await (from n in db.MentoringSharedNotes.AsNoTracking()
               where n.MeetingId == meetingId
               join s in db.StaffMembers on n.LastEditedByStaffMemberId equals s.Id into editors
               from s in editors.DefaultIfEmpty()
               select new MentoringSharedNoteDto(
                   n.Text,
                   n.LastModificationTime ?? n.CreationTime,
                   n.LastEditedByStaffMemberId,
                   s == null ? null : s.FullName,
                   n.ConcurrencyStamp))
            .FirstOrDefaultAsync(ct);

    private async Task<List<MentoringNextStepDto>> StepDtosAsync(List<Guid> meetingIds, CancellationToken ct) =>
        await (from s in db.MentoringNextSteps.AsNoTracking()
               where meetingIds.Contains(s.MeetingId)
               join o in db.StaffMembers on s.OwnerStaffMemberId equals o.Id
               orderby s.CreationTime, s.Id
               select new MentoringNextStepDto(
                   s.Id,
                   s.MeetingId,
                   s.Text,
                   s.Owner,
                   s.OwnerStaffMemberId,
                   o.FullName,
                   s.DueOn,
                   s.DoneAt != null,
                   s.DoneAt,
                   s.ConcurrencyStamp))
            .ToListAsync(ct);

    private async Task<MentoringMeetingDto> ToDtoAsync(MentoringMeeting meeting, MentoringReadAccess.Caller caller, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.AsNoTracking().Where(p => p.Id == meeting.PairId).Select(p => new { p.Kind }).FirstAsync(ct);
        var names = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == meeting.MentorStaffMemberId || s.Id == meeting.MenteeStaffMemberId)
            .Select(s => new { s.Id, s.FullName })
            .ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var previous = await db.MentoringMeetings.AsNoTracking()
            .Where(m => m.PairId == meeting.PairId && m.Id != meeting.Id && m.Status == MentoringMeetingStatus.Held
                && m.StartsAt < meeting.StartsAt)
            .OrderByDescending(m => m.StartsAt).FirstOrDefaultAsync(ct);
        var meetingIds = previous is null ? new List<Guid> { meeting.Id } : [meeting.Id, previous.Id];
        var steps = await StepDtosAsync(meetingIds, ct);
        var isParty = meeting.IsParty(caller.StaffId);
        // Only the caller's own private note, and only for a party of the pair: nobody else has one here.
        var privateNote = isParty
            ? await db.MentoringPrivateNotes.AsNoTracking().Where(MentoringPrivateNote.OwnedBy(caller.StaffId))
                .Where(n => n.MeetingId == meeting
                    .Id).Select(n => new MentoringPrivateNoteDto(n.Text, n.UpdatedAt, n.ConcurrencyStamp)).FirstOrDefaultAsync(ct)
            : null;
        var observation = meeting.ObservationId is { } observationId ? await ObservationAsync(observationId, caller, ct) : null;
        var summary = previous is null ? null
            : new MentoringMeetingSummaryDto(
                previous.Id,
                previous.StartsAt,
                previous.DurationMinutes,
                previous.Topic,
                AgendaDtos(previous.Agenda),
                (await SharedNoteDtoAsync(previous.Id, ct))?.Text,
                steps.Where(s => s.MeetingId == previous.Id)
                    .ToList(),
                Feedback(previous));
        var isMentor = caller.StaffId == meeting.MentorStaffMemberId;
        var isMentee = caller.StaffId == meeting.MenteeStaffMemberId;
        return new MentoringMeetingDto(meeting.Id, meeting.PairId, pair.Kind, meeting.MentorStaffMemberId, names.GetValueOrDefault(
            meeting.MentorStaffMemberId,
            ""),
            meeting.MenteeStaffMemberId, names.GetValueOrDefault(meeting.MenteeStaffMemberId, ""), meeting.StartsAt, meeting
                .DurationMinutes, meeting.Topic,
            meeting.Place, meeting.OnlineLink, meeting.Status, meeting.HeldAt, meeting.CancelReason, AgendaDtos(meeting.Agenda),
            await SharedNoteDtoAsync(meeting.Id, ct), privateNote, steps.Where(s => s.MeetingId == meeting.Id).ToList(),
            meeting.ObservationId, observation, Feedback(meeting), summary,
            new MentoringMeetingAbilities(isParty && meeting.Status == MentoringMeetingStatus.Scheduled,
                isParty && meeting.Status != MentoringMeetingStatus.Cancelled, isMentee
                    && meeting.Status == MentoringMeetingStatus.Held, isMentor, isMentee),
            meeting.CreationTime, meeting.ConcurrencyStamp);
    }

    private static List<MentoringAgendaItemDto> AgendaDtos(IReadOnlyList<MentoringAgendaItem> agenda) =>
        agenda.Select(a => new MentoringAgendaItemDto(a.Id, a.Text, a.Done)).ToList();

    private static MentoringFeedbackDto? Feedback(MentoringMeeting m) =>
        m.FeedbackUsefulness is { } useful
            ? new MentoringFeedbackDto(useful, m.FeedbackComment, m.FeedbackAt ?? m.HeldAt ?? m.StartsAt)
            : null;

    /// <summary>The linked observation, if the reader may see it (a reader does not learn of an evaluation they cannot open).</summary>
    private async Task<LinkedObservationDto?> ObservationAsync(Guid id, MentoringReadAccess.Caller caller, CancellationToken ct)
    {
        var viewEvaluations = (await permissions.GetGrantedAsync(ct)).Contains(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations);
        return await (
                from o in db.LessonObservations.AsNoTracking().Where(LessonObservation.VisibleTo(caller.StaffId, viewEvaluations))
                where o.Id == id
                join observer in db.StaffMembers on o.ObserverStaffMemberId equals observer.Id
                select new LinkedObservationDto(
                    o.Id,
                    o.LessonDate,
                    o.Lesson.ClassName,
                    o.Lesson.Subject,
                    observer.FullName,
                    o.Purpose,
                    o.ObjectivesMatched))
            .FirstOrDefaultAsync(ct);
    }
}
