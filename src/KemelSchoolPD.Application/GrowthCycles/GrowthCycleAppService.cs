using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

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
    IStringLocalizer localizer,
    TimeProvider clock)
{
    internal sealed record Caller(Guid? StaffId, bool ViewAll, bool Manage, bool ViewEvaluations);

    private Caller? _caller;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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
            .Select(x => new GrowthCycleListItemDto(x.Cycle.Id, x.Participant.Id, x.Participant.FullName, x.Participant.Category, x.Cycle.ParticipantKind,
                x.Cycle.AcademicYear, "", x.Cycle.PeriodLabel, x.Cycle.Number, x.Cycle.Status, x.Cycle.CurrentStage, x.Cycle.GrowthZone,
                x.Cycle.MentorStaffMemberId, x.MentorName, x.Cycle.CreationTime, x.Cycle.ConcurrencyStamp))
            .ToListAsync(ct);
        return new PagedResultDto<GrowthCycleListItemDto>(total, page.Select(x => x with { AcademicYearLabel = AcademicYears.Label(x.AcademicYear) }).ToList());
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
        if ((participantId != caller.StaffId || input.ParticipantKind == GrowthParticipantKind.Administrator) && !caller.Manage) throw new ForbiddenException();
        if (!await db.StaffMembers.AnyAsync(s => s.Id == participantId && !s.IsArchived, ct))
            throw new InputValidationException(nameof(input.ParticipantStaffMemberId), KemelSchoolPDErrorCodes.GrowthCycles.ParticipantMustBeActiveStaff);
        await EnsureMentorAsync(input.MentorStaffMemberId, participantId, ct);
        await reference.EnsureKnownCompetencesAsync(input.CompetenceCodes, nameof(input.CompetenceCodes), ct);
        if (await db.GrowthCycles.AnyAsync(c => c.ParticipantStaffMemberId == participantId && c.AcademicYear == input.AcademicYear
                                                && c.Status == GrowthCycleStatus.Active, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);

        var previous = await db.GrowthCycles.Where(c => c.ParticipantStaffMemberId == participantId)
            .OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        GrowthArtefactContent? entry = null;
        if (input.EntryDiagnostic is not null)
        {
            var known = await reference.CompetenceCodesAsync(ct);
            entry = GrowthArtefactRules.Normalize(GrowthArtefactKind.EntryDiagnostic, input.EntryDiagnostic, known.Contains);
            await EnsureObservationsAsync(participantId, entry, caller, ct);
        }
        else if (previous is null)
            throw new InputValidationException(nameof(input.EntryDiagnostic), KemelSchoolPDErrorCodes.GrowthCycles.EntryDiagnosticRequired);
        var previousDiagnostic = previous is null || entry is not null ? null : await LatestArtefactAsync(previous.Id, GrowthArtefactKind.RepeatDiagnostic, ct);

        var zone = FirstNonEmpty(input.GrowthZone, entry?.GrowthZones.FirstOrDefault(), previousDiagnostic?.Content.GrowthZones.FirstOrDefault())
                   ?? throw new InputValidationException(nameof(input.GrowthZone), ValidationCodes.Required);
        var cycle = new GrowthCycle(Guid.CreateVersion7(), participantId, input.ParticipantKind, input.AcademicYear, input.PeriodLabel, zone,
            input.CompetenceCodes, (previous?.Number ?? 0) + 1, input.MentorStaffMemberId, previous);
        db.GrowthCycles.Add(cycle);
        if (entry is not null)
        {
            var artefact = new GrowthCycleArtefact(Guid.CreateVersion7(), cycle.Id, GrowthCycleStage.Action, GrowthArtefactKind.EntryDiagnostic, entry, sharedWithMentor: true);
            db.GrowthCycleArtefacts.Add(artefact);
            cycle.SetBaseline(artefact.Id);
        }
        else cycle.SetBaseline(previousDiagnostic?.Id);
        db.GrowthCycleStageEntries.Add(new GrowthCycleStageEntry(cycle.Id, GrowthCycleStage.Action, GrowthStageMove.Opened, null, Now, currentUser.Id, currentUser.FullName));
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

    /// <summary>Forward to the next stage (its predecessor complete) or back to an earlier one with a reason; kept in the history.</summary>
    public async Task<GrowthCycleDto> MoveAsync(Guid id, MoveGrowthCycleDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, input.ConcurrencyStamp, ct);
        var from = cycle.CurrentStage;
        var missing = await MissingAsync(cycle, from, ct);
        if (cycle.IsActive && input.TargetStage > from + 1)
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage).WithData("Stage", localizer[$"Enum:GrowthCycleStage.{from + 1}"].Value);
        if (cycle.IsActive && input.TargetStage == from + 1) EnsureNoneMissing(missing);
        var move = cycle.MoveTo(input.TargetStage, missing, input.Reason);
        await CloseOpenEntryAsync(cycle.Id, completed: move == GrowthStageMove.Forward, ct);
        db.GrowthCycleStageEntries.Add(new GrowthCycleStageEntry(cycle.Id, cycle.CurrentStage, move, input.Reason, Now, currentUser.Id, currentUser.FullName));
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
        if (cycle.IsActive) EnsureNoneMissing(missing);
        var nextId = Guid.CreateVersion7();
        cycle.Complete(missing, nextId, Now);

        var artefacts = await db.GrowthCycleArtefacts.AsNoTracking().Where(a => a.CycleId == cycle.Id).ToListAsync(ct);
        var diagnostic = artefacts.Where(a => a.Kind == GrowthArtefactKind.RepeatDiagnostic).MaxBy(a => a.CreationTime);
        var unachieved = artefacts.Where(a => a.Kind is GrowthArtefactKind.GoalSetting or GrowthArtefactKind.PlanAgreement)
            .SelectMany(a => a.Content.Goals).Where(g => !g.Achieved).ToList();
        var zone = FirstNonEmpty(input.NextGrowthZone, diagnostic?.Content.GrowthZones.FirstOrDefault()) ?? cycle.GrowthZone;
        var year = Math.Max(cycle.AcademicYear, AcademicYears.Current(clock));
        var next = new GrowthCycle(nextId, cycle.ParticipantStaffMemberId, cycle.ParticipantKind, year, null, zone, cycle.CompetenceCodes,
            cycle.Number + 1, cycle.MentorStaffMemberId, cycle, unachieved).SetBaseline(diagnostic?.Id);
        db.GrowthCycles.Add(next);
        await CloseOpenEntryAsync(cycle.Id, completed: true, ct);
        db.GrowthCycleStageEntries.Add(new GrowthCycleStageEntry(next.Id, GrowthCycleStage.Action, GrowthStageMove.Opened, null, Now, currentUser.Id, currentUser.FullName));
        await db.SaveChangesAsync(ct);
        return new GrowthCompletionDto(await ToDtoAsync(cycle, caller, ct), await ToDtoAsync(next, caller, ct));
    }

    public async Task<GrowthCycleDto> CancelAsync(Guid id, CancelGrowthCycleDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        if (!caller.Manage) throw new ForbiddenException();
        var cycle = await Visible(caller).GetAsync(id, ct);
        db.ExpectConcurrencyStamp(cycle, input.ConcurrencyStamp);
        cycle.Cancel(Now);
        await CloseOpenEntryAsync(cycle.Id, completed: false, ct);
        db.GrowthCycleStageEntries.Add(new GrowthCycleStageEntry(cycle.Id, cycle.CurrentStage, GrowthStageMove.Cancelled, input.Reason, Now, currentUser.Id, currentUser.FullName));
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
    internal async Task<(GrowthCycle Cycle, GrowthCycleArtefact Artefact, GrowthArtefactDto Dto)> GetArtefactForDocumentAsync(Guid id, Guid artefactId, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        var artefact = await VisibleArtefacts(cycle, caller).AsNoTracking().GetAsync(artefactId, ct);
        return (cycle, artefact, (await ToDtosAsync(cycle, [artefact], MentorView(cycle, caller), caller, ct)).Single());
    }

    internal async Task<Documents.GrowthDocumentParticipant> GetParticipantAsync(GrowthCycle cycle, CancellationToken ct)
    {
        var p = await db.StaffMembers.AsNoTracking().Where(s => s.Id == cycle.ParticipantStaffMemberId).Select(s => new { s.FullName, s.Category }).FirstAsync(ct);
        return new Documents.GrowthDocumentParticipant(p.FullName, p.Category.ToString());
    }

    public async Task<GrowthArtefactDto> AddArtefactAsync(Guid id, CreateGrowthArtefactDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, null, ct);
        cycle.EnsureActive();
        if (!GrowthStageRules.IsAllowedAnywhere(cycle.ParticipantKind, input.Kind))
            throw new InputValidationException(nameof(input.Kind), KemelSchoolPDErrorCodes.GrowthCycles.KindNotForParticipant);
        if (!GrowthStageRules.Allowed(cycle.ParticipantKind, cycle.CurrentStage).Contains(input.Kind))
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage)
                .WithData("Kind", localizer[$"Enum:GrowthArtefactKind.{input.Kind}"].Value).WithData("Stage", localizer[$"Enum:GrowthCycleStage.{cycle.CurrentStage}"].Value);
        var known = await reference.CompetenceCodesAsync(ct);
        var content = GrowthArtefactRules.Normalize(input.Kind, input.Content, known.Contains);
        await EnsureObservationsAsync(cycle.ParticipantStaffMemberId, content, caller, ct);
        var artefact = new GrowthCycleArtefact(Guid.CreateVersion7(), cycle.Id, cycle.CurrentStage, input.Kind, content, input.SharedWithMentor);
        db.GrowthCycleArtefacts.Add(artefact);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync(cycle, [artefact], false, caller, ct)).Single();
    }

    /// <summary>An artefact of any stage stays editable while the cycle is active (goals are marked achieved at Approbation).</summary>
    public async Task<GrowthArtefactDto> UpdateArtefactAsync(Guid id, Guid artefactId, UpdateGrowthArtefactDto input, CancellationToken ct = default)
    {
        var (cycle, caller) = await LoadForEditAsync(id, null, ct);
        cycle.EnsureActive();
        var artefact = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).GetAsync(artefactId, ct);
        db.ExpectConcurrencyStamp(artefact, input.ConcurrencyStamp);
        var known = await reference.CompetenceCodesAsync(ct);
        var content = GrowthArtefactRules.Normalize(artefact.Kind, input.Content, known.Contains);
        await EnsureObservationsAsync(cycle.ParticipantStaffMemberId, content, caller, ct);
        artefact.Update(content, input.SharedWithMentor);
        await db.SaveChangesAsync(ct);
        return (await ToDtosAsync(cycle, [artefact], false, caller, ct)).Single();
    }

    public async Task DeleteArtefactAsync(Guid id, Guid artefactId, CancellationToken ct = default)
    {
        var (cycle, _) = await LoadForEditAsync(id, null, ct);
        cycle.EnsureActive();
        var artefact = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).GetAsync(artefactId, ct);
        // The entry diagnostic is the cycle's baseline.
        if (artefact.Kind == GrowthArtefactKind.EntryDiagnostic) throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.ArtefactNotEditable);
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
            GrowthStageRules.Allowed(cycle.ParticipantKind, cycle.CurrentStage), await reference.RequiredKindsAsync(cycle.ParticipantKind, cycle.CurrentStage, ct));
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
    private async Task<(GrowthCycle, Caller)> LoadForEditAsync(Guid id, string? stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var cycle = await Visible(caller).GetAsync(id, ct);
        if (cycle.ParticipantStaffMemberId != caller.StaffId && !caller.Manage) throw new ForbiddenException();
        if (stamp is not null) db.ExpectConcurrencyStamp(cycle, stamp);
        return (cycle, caller);
    }

    private async Task<IReadOnlyCollection<GrowthArtefactKind>> MissingAsync(GrowthCycle cycle, GrowthCycleStage stage, CancellationToken ct)
    {
        var required = await reference.RequiredKindsAsync(cycle.ParticipantKind, stage, ct);
        var present = await db.GrowthCycleArtefacts.Where(a => a.CycleId == cycle.Id).Select(a => a.Kind).Distinct().ToListAsync(ct);
        return required.Except(present).ToList();
    }

    /// <summary>The domain refuses the same; checked here first so the message names the missing kinds in the reader's language.</summary>
    private void EnsureNoneMissing(IReadOnlyCollection<GrowthArtefactKind> missing)
    {
        if (missing.Count > 0)
            throw new ConflictException(KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing)
                .WithData("Kinds", string.Join(", ", missing.Select(k => localizer[$"Enum:GrowthArtefactKind.{k}"].Value)));
    }

    private async Task CloseOpenEntryAsync(Guid cycleId, bool completed, CancellationToken ct)
    {
        var open = await db.GrowthCycleStageEntries.Where(e => e.CycleId == cycleId).OrderByDescending(e => e.EnteredAt).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        open?.Close(Now, completed);
    }

    private async Task<GrowthCycleArtefact?> LatestArtefactAsync(Guid cycleId, GrowthArtefactKind kind, CancellationToken ct) =>
        await db.GrowthCycleArtefacts.AsNoTracking().Where(a => a.CycleId == cycleId && a.Kind == kind)
            .OrderByDescending(a => a.CreationTime).FirstOrDefaultAsync(ct);

    private async Task EnsureMentorAsync(Guid? mentorId, Guid participantId, CancellationToken ct)
    {
        if (mentorId is not { } id) return;
        if (id == participantId || !await db.StaffMembers.AnyAsync(s => s.Id == id && !s.IsArchived, ct))
            throw new InputValidationException(nameof(GrowthCycle.MentorStaffMemberId), KemelSchoolPDErrorCodes.GrowthCycles.MentorMustBeActiveStaff);
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

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
        var history = await db.GrowthCycleStageEntries.AsNoTracking().Where(e => e.CycleId == cycle.Id)
            .OrderBy(e => e.EnteredAt).ThenBy(e => e.Id)
            .Select(e => new GrowthStageEntryDto(e.Id, e.Stage, e.Move, e.Reason, e.EnteredAt, e.CompletedAt, e.EnteredByName)).ToListAsync(ct);
        var required = await reference.RequiredKindsByStageAsync(cycle.ParticipantKind, ct);
        var stages = GrowthStageRules.Stages.Select(stage => new GrowthStageViewDto(stage,
            cycle.IsActive && cycle.CurrentStage == stage,
            cycle.Status == GrowthCycleStatus.Completed || stage < cycle.CurrentStage,
            GrowthStageRules.Allowed(cycle.ParticipantKind, stage),
            required[stage],
            required[stage].Except(allKinds).ToList(),
            dtos.Where(a => a.Stage == stage).ToList())).ToList();
        var canEdit = cycle.IsActive && (cycle.ParticipantStaffMemberId == caller.StaffId || caller.Manage);
        return new GrowthCycleDto(cycle.Id, cycle.ParticipantStaffMemberId, participant.FullName, participant.Category, cycle.ParticipantKind,
            cycle.AcademicYear, AcademicYears.Label(cycle.AcademicYear), cycle.PeriodLabel, cycle.Number, cycle.Status, cycle.CurrentStage,
            cycle.GrowthZone, cycle.CompetenceCodes, cycle.MentorStaffMemberId, mentorName, cycle.PreviousCycleId, cycle.NextCycleId,
            cycle.BaselineArtefactId, cycle.CarriedOverGoals, cycle.CompletedAt, stages, history,
            new GrowthCycleAbilities(canEdit, canEdit, cycle.IsActive && caller.Manage, mentorView), cycle.CreationTime, cycle.ConcurrencyStamp);
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
                ? wheels.Where(w => w.Id != a.Id && (w.CreationTime < a.CreationTime || w.CreationTime == a.CreationTime && w.Id.CompareTo(a.Id) < 0))
                    .OrderByDescending(w => w.CreationTime).ThenByDescending(w => w.Id).FirstOrDefault()
                : null;
            return new GrowthArtefactDto(a.Id, a.CycleId, a.Stage, a.Kind, a.SharedWithMentor, a.Content, previous?.Content.Coaching?.Wheel, previous?.Id,
                a.CreationTime, a.LastModificationTime, a.ConcurrencyStamp,
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
                select new LinkedObservationDto(o.Id, o.LessonDate, o.Lesson.ClassName, o.Lesson.Subject, observer.FullName, o.Purpose, o.ObjectivesMatched))
            .ToDictionaryAsync(o => o.Id, ct);
    }

    /// <summary>A linked observation must be one of the participant's lessons that the one saving it may read.</summary>
    private async Task EnsureObservationsAsync(Guid participantId, GrowthArtefactContent content, Caller caller, CancellationToken ct)
    {
        if (content.ObservationIds.Count == 0) return;
        var ids = content.ObservationIds;
        var found = await db.LessonObservations.Where(LessonObservation.VisibleTo(caller.StaffId, caller.ViewEvaluations))
            .Where(o => ids.Contains(o.Id) && o.ObservedStaffMemberId == participantId).Select(o => o.Id).ToListAsync(ct);
        var errors = ids.Select((id, i) => found.Contains(id) ? null : new FieldError($"content.observationIds[{i}]", KemelSchoolPDErrorCodes.GrowthCycles.UnknownObservation))
            .OfType<FieldError>().ToList();
        if (errors.Count > 0) throw new InputValidationException(errors);
    }
}
