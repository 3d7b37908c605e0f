using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Growth cycles: a participant opens and works their own cycle (director and deputies any cycle), stage by stage, collecting
/// artefacts; a mentor reads the mentee's cycle and only the artefacts shared with them. A cycle the caller may not see is
/// answered exactly like one that does not exist.
/// </summary>
public sealed class GrowthCycleAppService(
    IKemelSchoolPDDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    CurrentStaffMember currentStaff,
    GrowthReferenceAppService reference,
    GrowthCycleManager manager,
    TimeProvider clock)
{
    internal sealed record Caller(Guid? StaffId, bool ViewAll, bool Manage, bool ViewEvaluations);

    private Caller? _caller;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private GrowthActor Actor => new(currentUser.Id, currentUser.FullName);

    /// <summary>A page of cycles with their current stage: one COUNT and one SELECT, whatever the number of cycles.</summary>
    public async Task<PagedResultDto<GrowthCycleListItemDto>> GetListAsync(GetGrowthCycleListInput input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var mine = input.Mine == true || !caller.ViewAll;
        var query =
            from c in Visible(caller).AsNoTracking()
            join p in db.StaffMembers on c.ParticipantStaffMemberId equals p.Id
            join m in db.StaffMembers on c.MentorStaffMemberId equals m.Id into mentors
            from m in mentors.DefaultIfEmpty()
            select new { Cycle = c, Participant = p, MentorName = m.FullName };
        var pattern = SearchText.ContainsPattern(input.Filter);
        query = query
            .WhereIf(mine, x => x.Cycle.ParticipantStaffMemberId == caller.StaffId || x.Cycle.MentorStaffMemberId == caller.StaffId)
            .WhereIf(input.AcademicYear.HasValue, x => x.Cycle.AcademicYear == input.AcademicYear)
            .WhereIf(input.Status.HasValue, x => x.Cycle.Status == input.Status)
            .WhereIf(input.Stage.HasValue, x => x.Cycle.CurrentStage == input.Stage)
            .WhereIf(input.ParticipantKind.HasValue, x => x.Cycle.ParticipantKind == input.ParticipantKind)
            .WhereIf(input.ParticipantStaffMemberId.HasValue, x => x.Cycle.ParticipantStaffMemberId == input.ParticipantStaffMemberId)
            .WhereIf(input.Category.HasValue, x => x.Participant.Category == input.Category)
            .WhereIf(pattern is not null, x => EF.Functions.Like(x.Participant.SearchText, pattern!, @"\")
                                               || EF.Functions.Like(x.Cycle.GrowthZone, pattern!, @"\"));
        var total = await query.LongCountAsync(ct);
        var page = await query
            .OrderByDescending(x => x.Cycle.AcademicYear).ThenBy(x => x.Participant.FullName).ThenByDescending(x => x.Cycle.Number)
            .PageBy(input)
            .Select(x => new GrowthCycleListItemDto(
                x.Cycle.Id,
                x.Participant.Id,
                x.Participant.FullName,
                x.Participant.Category,
                x.Cycle.ParticipantKind,
                x.Cycle.AcademicYear,
                "",
                x.Cycle.PeriodLabel,
                x.Cycle.Number,
                x.Cycle.Status,
                x.Cycle.CurrentStage,
                x.Cycle.GrowthZone,
                x.Cycle.MentorStaffMemberId,
                x.MentorName,
                x.Cycle.CreationTime,
                x.Cycle.ConcurrencyStamp))
            .ToListAsync(ct);
        return new PagedResultDto<GrowthCycleListItemDto>(
            total,
            page.Select(x => x with { AcademicYearLabel = AcademicYears.Label(x.AcademicYear) }).ToList());
    }

    public async Task<GrowthCycleDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        return await ToDtoAsync(cycle, caller, ct);
    }

    public async Task<GrowthCycleDto> OpenAsync(OpenGrowthCycleDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var participantId = input.ParticipantStaffMemberId ?? caller.StaffId
                            ?? throw new BusinessException(KemelSchoolPDErrorCodes.GrowthCycles.NoStaffRecord);
        // A teacher opens their own cycle; management-practice cycles and other people's cycles are the administration's.
        if ((participantId != caller.StaffId || input.ParticipantKind == GrowthParticipantKind.Administrator)
            && !caller.Manage) throw new ForbiddenException();
        if (!await db.StaffMembers.AnyAsync(s => s.Id == participantId && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(input.ParticipantStaffMemberId),
                KemelSchoolPDErrorCodes.GrowthCycles.ParticipantMustBeActiveStaff);
        await EnsureMentorAsync(input.MentorStaffMemberId, participantId, ct);
        await reference.EnsureKnownCompetencesAsync(input.CompetenceCodes, nameof(input.CompetenceCodes), ct);
        var known = await reference.CompetenceCodesAsync(ct);
        var (cycle, entry) = await manager
            .OpenAsync(new GrowthCycleOpening(participantId, input.ParticipantKind, input.AcademicYear, input.PeriodLabel,
                input.GrowthZone, input.CompetenceCodes, input.MentorStaffMemberId, input.EntryDiagnostic), known.Contains, Actor, Now, ct);
        if (entry is not null)
        {
            await EnsureObservationsAsync(participantId, entry.Content, caller, ct);
            db.GrowthCycleArtefacts.Add(entry);
        }
        db.GrowthCycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(cycle, caller, ct);
    }

    public async Task<GrowthCycleDto> UpdateAsync(Guid id, UpdateGrowthCycleDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        cycle.EnsureActive();
        await EnsureMentorAsync(input.MentorStaffMemberId, cycle.ParticipantStaffMemberId, ct);
        await reference.EnsureKnownCompetencesAsync(input.CompetenceCodes, nameof(input.CompetenceCodes), ct);
        cycle.SetFocus(input.GrowthZone, input.CompetenceCodes).SetMentor(input.MentorStaffMemberId);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(cycle, caller, ct);
    }

    /// <summary>Forward to the next stage (its predecessor complete) or back to an earlier one with a reason; kept in the
    /// history.</summary>
    public async Task<GrowthCycleDto> MoveAsync(Guid id, MoveGrowthCycleDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        var missing = await MissingAsync(cycle, cycle.CurrentStage, ct);
        cycle.MoveTo(input.TargetStage, missing, input.Reason, Actor, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(cycle, caller, ct);
    }

    /// <summary>
    /// Completing Approbation closes the cycle and, in the same transaction, opens the next one: same participant, number + 1,
    /// the unachieved SMART goals carried over, the new growth zone from the repeat diagnostic, which becomes its baseline.
    /// </summary>
    public async Task<GrowthCompletionDto> CompleteAsync(Guid id, CompleteGrowthCycleDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        var missing = cycle.CurrentStage == GrowthCycleStage.Approbation ? await MissingAsync(cycle, cycle.CurrentStage, ct) : [];
        var next = await manager.CompleteAndOpenNextAsync(
            cycle,
            missing,
            input.NextGrowthZone,
            AcademicYears.Current(clock),
            Actor,
            Now,
            ct);
        db.GrowthCycles.Add(next);
        await db.SaveChangesAsync(ct);
        return new GrowthCompletionDto(await ToDtoAsync(cycle, caller, ct), await ToDtoAsync(next, caller, ct));
    }

    public async Task<GrowthCycleDto> CancelAsync(Guid id, CancelGrowthCycleDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        if (!caller.Manage) throw new ForbiddenException();
        var cycle = await Visible(caller).Include(c => c.StageHistory).GetAsync(id, ct);
        db.ExpectConcurrencyStamp(cycle, input.ConcurrencyStamp);
        cycle.Cancel(input.Reason, Actor, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(cycle, caller, ct);
    }

    // ── Artefacts ──────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<GrowthArtefactDto> GetArtefactAsync(Guid id, Guid artefactId, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        var artefact = await VisibleArtefacts(cycle, caller).AsNoTracking().GetAsync(artefactId, ct);
        return (await ToDtosAsync(cycle, [artefact], MentorView(cycle, caller), caller, ct)).Single();
    }

    /// <summary>The artefact and its cycle, for a document: the same visibility as reading it.</summary>
    internal async Task<(GrowthCycle Cycle, GrowthCycleArtefact Artefact, GrowthArtefactDto Dto)> GetArtefactForDocumentAsync(
        Guid id,
        Guid artefactId,
        CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        var artefact = await VisibleArtefacts(cycle, caller).AsNoTracking().GetAsync(artefactId, ct);
        return (cycle, artefact, (await ToDtosAsync(cycle, [artefact], MentorView(cycle, caller), caller, ct)).Single());
    }

    internal async Task<Documents.GrowthDocumentParticipant> GetParticipantAsync(GrowthCycle cycle, CancellationToken ct)
    {
        var p = await db.StaffMembers.AsNoTracking().Where(s => s.Id == cycle.ParticipantStaffMemberId)
            .Select(s => new { s.FullName, s.Category })
            .FirstAsync(ct);
        return new Documents.GrowthDocumentParticipant(p.FullName, p.Category.ToString());
    }

    public async Task<GrowthArtefactDto> AddArtefactAsync(Guid id, CreateGrowthArtefactDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, null, ct, withHistory: false);
        var known = await reference.CompetenceCodesAsync(ct);
        var artefact = cycle.CollectArtefact(Guid.CreateVersion7(), input.Kind, input.Content, input.SharedWithMentor, known.Contains);
        await EnsureObservationsAsync(cycle.ParticipantStaffMemberId, artefact.Content, caller, ct);
        db.GrowthCycleArtefacts.Add(artefact);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync(cycle, [artefact], false, caller, ct)).Single();
    }

    /// <summary>An artefact of any stage stays editable while the cycle is active (goals are marked achieved at Approbation).</summary>
    public async Task<GrowthArtefactDto> UpdateArtefactAsync(
        Guid id,
        Guid artefactId,
        UpdateGrowthArtefactDto input,
        CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, null, ct, withHistory: false);
        var artefact = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).GetAsync(artefactId, ct);
        db.ExpectConcurrencyStamp(artefact, input.ConcurrencyStamp);
        var known = await reference.CompetenceCodesAsync(ct);
        cycle.EditArtefact(artefact, input.Content, input.SharedWithMentor, known.Contains);
        await EnsureObservationsAsync(cycle.ParticipantStaffMemberId, artefact.Content, caller, ct);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync(cycle, [artefact], false, caller, ct)).Single();
    }

    public async Task DeleteArtefactAsync(Guid id, Guid artefactId, CancellationToken ct = default)
    {
        var (cycle, _) = await LoadForEditAsync(id, null, ct, withHistory: false);
        var artefact = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).GetAsync(artefactId, ct);
        cycle.EnsureCanRemove(artefact);
        db.GrowthCycleArtefacts.Remove(artefact);
        await db.SaveChangesAsync(ct);
    }

    public async Task<GrowthCycleGuidanceDto> GetGuidanceAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        var category = await db.StaffMembers.Where(s => s.Id == cycle.ParticipantStaffMemberId).Select(s => s.Category).FirstAsync(ct);
        var items = await reference.GetGuidanceAsync(new GetGrowthGuidanceInput
        {
            Stage = cycle.CurrentStage, ParticipantKind = cycle.ParticipantKind,
            Category = cycle.ParticipantKind == GrowthParticipantKind.Teacher ? category : null,
        }, ct);
        return new GrowthCycleGuidanceDto(cycle.CurrentStage, cycle.ParticipantKind, category, items,
            GrowthStageRules.Allowed(cycle.ParticipantKind, cycle.CurrentStage), await reference.RequiredKindsAsync(
                cycle.ParticipantKind,
                cycle.CurrentStage,
                ct));
    }

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    internal async Task<Caller> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        var manage = granted.Contains(KemelSchoolPDPermissions.GrowthCycles.Manage);
        return _caller = new Caller(staffId, GrowthCycleReadAccess.ReadsAll(granted), manage,
            granted.Contains(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations));
    }

    /// <summary>Everything with ViewAll or Manage; otherwise one's own cycles and one's mentees'.</summary>
    private IQueryable<GrowthCycle> Visible(Caller caller) => db.GrowthCycles.Where(GrowthCycle.VisibleTo(caller.StaffId, caller.ViewAll));

    /// <summary>A mentor (without ViewAll) reading a mentee's cycle sees only what is shared with them.</summary>
    private static bool MentorView(GrowthCycle cycle, Caller caller) => !caller.ViewAll && cycle.ParticipantStaffMemberId != caller.StaffId;

    private IQueryable<GrowthCycleArtefact> VisibleArtefacts(GrowthCycle cycle, Caller caller)
    {
        var artefacts = db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id);
        return MentorView(cycle, caller) ? artefacts.Where(a => a.SharedWithMentor) : artefacts;
    }

    /// <summary>The participant or a manager works the cycle; a mentor only reads it (403), others do not see it (404).</summary>
    private async Task<(GrowthCycle, Caller)> LoadForEditAsync(Guid id, string? stamp, CancellationToken ct, bool withHistory = true)
    {
        var caller = await CallerAsync(ct);
        var query = Visible(caller);
        var cycle = await (withHistory ? query.Include(c => c.StageHistory) : query).GetAsync(id, ct);
        if (cycle.ParticipantStaffMemberId != caller.StaffId && !caller.Manage) throw new ForbiddenException();
        if (stamp is not null) db.ExpectConcurrencyStamp(cycle, stamp);
        return (cycle, caller);
    }

    private async Task<IReadOnlyCollection<GrowthArtefactKind>> MissingAsync(
        GrowthCycle cycle,
        GrowthCycleStage stage,
        CancellationToken ct)
    {
        var required = await reference.RequiredKindsAsync(cycle.ParticipantKind, stage, ct);
        var present = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).Select(a => a.Kind).Distinct().ToListAsync(ct);
        return required.Except(present).ToList();
    }

    private async Task EnsureMentorAsync(Guid? mentorId, Guid participantId, CancellationToken ct)
    {
        if (mentorId is not { } id) return;
        if (id == participantId || !await db.StaffMembers.AnyAsync(s => s.Id == id && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(GrowthCycle.MentorStaffMemberId),
                KemelSchoolPDErrorCodes.GrowthCycles.MentorMustBeActiveStaff);
    }

    private async Task<GrowthCycleDto> ToDtoAsync(GrowthCycle cycle, Caller caller, CancellationToken ct)
    {
        var people = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == cycle.ParticipantStaffMemberId || s.Id == cycle.MentorStaffMemberId)
            .Select(s => new { s.Id, s.FullName, s.Category }).ToListAsync(ct);
        var participant = people.First(p => p.Id == cycle.ParticipantStaffMemberId);
        var mentorName = people.FirstOrDefault(p => p.Id == cycle.MentorStaffMemberId)?.FullName;
        var mentorView = MentorView(cycle, caller);
        var artefacts = await VisibleArtefacts(cycle, caller).AsNoTracking().OrderBy(a => a.CreationTime).ToListAsync(ct);
        var allKinds = mentorView
            ? await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).Select(a => a.Kind).Distinct().ToListAsync(ct)
            : artefacts.Select(a => a.Kind).Distinct().ToList();
        var dtos = await ToDtosAsync(cycle, artefacts, mentorView, caller, ct);
        var history = (cycle.StageHistory.Count > 0 ? cycle.StageHistory
                : await db.GrowthCycles.AsNoTracking().Where(c => c.Id == cycle.Id).SelectMany(c => c.StageHistory).ToListAsync(ct))
            .OrderBy(e => e.EnteredAt).ThenBy(e => e.Id)
            .Select(e => new GrowthStageEntryDto(e.Id, e.Stage, e.Move, e.Reason, e.EnteredAt, e.CompletedAt, e.EnteredByName)).ToList();
        var required = await reference.RequiredKindsByStageAsync(cycle.ParticipantKind, ct);
        var stages = GrowthStageRules.Stages.Select(stage => new GrowthStageViewDto(stage,
            cycle.IsActive && cycle.CurrentStage == stage,
            cycle.Status == GrowthCycleStatus.Completed || stage < cycle.CurrentStage,
            GrowthStageRules.Allowed(cycle.ParticipantKind, stage),
            required[stage],
            required[stage].Except(allKinds).ToList(),
            dtos.Where(a => a.Stage == stage).ToList())).ToList();
        var canEdit = cycle.IsActive && (cycle.ParticipantStaffMemberId == caller.StaffId || caller.Manage);
        return new GrowthCycleDto(
            cycle.Id,
            cycle.ParticipantStaffMemberId,
            participant.FullName,
            participant.Category,
            cycle.ParticipantKind,
            cycle.AcademicYear,
            AcademicYears.Label(cycle.AcademicYear),
            cycle.PeriodLabel,
            cycle.Number,
            cycle.Status,
            cycle.CurrentStage,
            cycle.GrowthZone,
            cycle.CompetenceCodes,
            cycle.MentorStaffMemberId,
            mentorName,
            cycle.PreviousCycleId,
            cycle.NextCycleId,
            cycle.BaselineArtefactId,
            cycle.CarriedOverGoals,
            cycle.CompletedAt,
            stages,
            history,
            new GrowthCycleAbilities(canEdit, canEdit, cycle.IsActive && caller.Manage, mentorView),
            cycle.CreationTime,
            cycle
                .ConcurrencyStamp);
    }

    /// <summary>Artefact DTOs; coaching self-analyses get the participant's previous wheel (of any cycle) for comparison.</summary>
    private async Task<List<GrowthArtefactDto>> ToDtosAsync(
        GrowthCycle cycle, IReadOnlyList<GrowthCycleArtefact> artefacts, bool sharedOnly, Caller caller, CancellationToken ct)
    {
        var linked = await LinkedObservationsAsync(artefacts.SelectMany(a => a.Content.ObservationIds).Distinct().ToList(), caller, ct);
        var wheels = artefacts.Any(a => a.Kind == GrowthArtefactKind.CoachingSelfAnalysis)
            ? await (from a in db.GrowthCycleArtefacts.AsNoTracking()
                     join c in db.GrowthCycles on a.CycleId equals c.Id
                     where c.ParticipantStaffMemberId == cycle.ParticipantStaffMemberId && a.Kind == GrowthArtefactKind.CoachingSelfAnalysis
                           && (!sharedOnly || a.SharedWithMentor)
                     select a).ToListAsync(ct)
            : [];
        return artefacts.Select(a =>
        {
            var previous = a.Kind == GrowthArtefactKind.CoachingSelfAnalysis
                ? wheels.Where(
                    w => w.Id != a.Id && (w.CreationTime < a.CreationTime || w.CreationTime == a.CreationTime && w.Id.CompareTo(a.Id) < 0))
                    .OrderByDescending(w => w.CreationTime).ThenByDescending(w => w.Id).FirstOrDefault()
                : null;
            return new GrowthArtefactDto(
                a.Id,
                a.CycleId,
                a.Stage,
                a.Kind,
                a.SharedWithMentor,
                a.Content,
                previous?.Content.Coaching?.Wheel,
                previous?.Id,
                a.CreationTime,
                a.LastModificationTime,
                a.ConcurrencyStamp,
                a.Content.ObservationIds.Where(linked.ContainsKey).Select(o => linked[o]).ToList());
        }).ToList();
    }

    /// <summary>The linked observations the reader may see (a mentor does not learn of an evaluation he cannot open).</summary>
    private async Task<Dictionary<Guid, LinkedObservationDto>> LinkedObservationsAsync(List<Guid> ids, Caller caller, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        return await (
                from o in db.LessonObservations.AsNoTracking().Where(LessonObservation.VisibleTo(caller.StaffId, caller.ViewEvaluations))
                where ids.Contains(o.Id)
                join observer in db.StaffMembers on o.ObserverStaffMemberId equals observer.Id
                select new LinkedObservationDto(
                    o.Id,
                    o.LessonDate,
                    o.Lesson.ClassName,
                    o.Lesson.Subject,
                    observer.FullName,
                    o.Purpose,
                    o.ObjectivesMatched))
            .ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>A linked observation must be one of the participant's lessons that the one saving it may read.</summary>
    private async Task EnsureObservationsAsync(Guid participantId, GrowthArtefactContent content, Caller caller, CancellationToken ct)
    {
        if (content.ObservationIds.Count == 0) return;
        var ids = content.ObservationIds;
        var found = await db.LessonObservations.Where(LessonObservation.VisibleTo(caller.StaffId, caller.ViewEvaluations))
            .Where(o => ids.Contains(o.Id) && o.ObservedStaffMemberId == participantId).Select(o => o.Id).ToListAsync(ct);
        var errors = ids.Select((id, i) => found.Contains(id)
            ? null
            : new FieldError($"content.observationIds[{i}]", KemelSchoolPDErrorCodes.GrowthCycles.UnknownObservation))
            .OfType<FieldError>().ToList();
        if (errors.Count > 0) throw new InputValidationException(errors);
    }
}
