using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.PracticeLibrary;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// Action Research projects: a teacher starts one (owner) with colleagues (members); members keep it (its content, the linked
/// Table 7 plan, the cycles' lessons, data, analysis and adjustment, moving the cycle on step by step); the owner sets members,
/// closes and publishes it (with every member's consent). Readers of every project read but change nothing; a project the
/// caller may not read is answered exactly like one that does not exist.
/// </summary>
public sealed class ActionResearchAppService(
    IKemelSchoolPDDbContext db,
    ActionResearchReadAccess access,
    ActionResearchManager manager,
    GrowthCycleReadAccess growthAccess,
    TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now);

    public async Task<PagedResultDto<ActionResearchProjectListItemDto>> GetListAsync(
        GetActionResearchProjectListInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var query = (await access.ProjectsAsync(ct)).AsNoTracking()
            .WhereSearchMatches(p => p.SearchText, input.Filter)
            .WhereIf(input.Status.HasValue, p => p.Status == input.Status)
            .WhereIf(input.AcademicYear.HasValue, p => p.AcademicYear == input.AcademicYear)
            .WhereIf(input.Mine == true, p => p.Members.Any(m => m.StaffMemberId == me))
            .WhereIf(input.Published == true, p => p.PublishedAt != null);
        var total = await query.LongCountAsync(ct);
        var rows = await (
                from p in query
                join owner in db.StaffMembers on p.OwnerStaffMemberId equals owner.Id
                orderby p.StartedOn descending, p.Id
                select new
                {
                    p.Id, p.Title, p.Subject, p.OwnerStaffMemberId, OwnerName = owner.FullName, Members = p.Members.Count, p.Status, p
                        .CurrentCycleNumber,
                    Stage = db.ActionResearchCycles.Where(c => c.ProjectId == p.Id && c.Status == ActionResearchCycleStatus.Open)
                        .Select(c => (ActionResearchStage?)c.Stage)
                        .FirstOrDefault(),
                    p.AcademicYear, p.StartedOn, p.PublishedAt, IsMember = p.Members.Any(m => m.StaffMemberId == me),
                })
            .PageBy(input).ToListAsync(ct);
        return new PagedResultDto<ActionResearchProjectListItemDto>(total, rows
            .Select(r => new ActionResearchProjectListItemDto(r.Id, r.Title, r.Subject,
                r.OwnerStaffMemberId, r.OwnerName, r.Members, r.Status, r.CurrentCycleNumber, r.Stage, r.AcademicYear, r.StartedOn, r
                .PublishedAt, r.IsMember))
            .ToList());
    }

    public async Task<ActionResearchProjectDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var project = await (await access.ProjectsAsync(ct)).AsNoTracking().Include(p => p.Members).GetAsync(id, ct);
        return await ToDtoAsync(project, ct);
    }

    /// <summary>The caller starts a project as its owner, with its first cycle open.</summary>
    public async Task<ActionResearchProjectDto> CreateAsync(CreateActionResearchProjectDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var owner = caller.StaffId ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.NoStaffRecord);
        var (project, cycle) = await manager.CreateAsync(owner, Content(input), input.StartedOn ?? Today, input.MemberStaffMemberIds, ct);
        if (input.ResearchPlanArtefactId is { } planId)
        {
            await EnsureResearchPlanAsync(planId, nameof(input.ResearchPlanArtefactId), ct);
            project.LinkResearchPlan(planId);
        }
        db.ActionResearchProjects.Add(project);
        db.ActionResearchCycles.Add(cycle);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    public async Task<ActionResearchProjectDto> UpdateAsync(Guid id, UpdateActionResearchProjectDto input, CancellationToken ct = default)
    {
        var (project, _) = await LoadAsync(id, ownerOnly: false, ct);
        db.ExpectConcurrencyStamp(project, input.ConcurrencyStamp);
        project.Update(Content(input));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    /// <summary>Links the Table 7 research plan: a growth-cycle artefact of kind ResearchPlan that the caller reads (400 otherwise); null
    /// unlinks.</summary>
    public async Task<ActionResearchProjectDto> LinkResearchPlanAsync(
        Guid id,
        LinkActionResearchPlanDto input,
        CancellationToken ct = default)
    {
        var (project, _) = await LoadAsync(id, ownerOnly: false, ct);
        if (input.ResearchPlanArtefactId is { } planId) await EnsureResearchPlanAsync(planId, nameof(input.ResearchPlanArtefactId), ct);
        project.LinkResearchPlan(input.ResearchPlanArtefactId);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    public async Task<ActionResearchProjectDto> SetMembersAsync(Guid id, SetActionResearchMembersDto input, CancellationToken ct = default)
    {
        var (project, _) = await LoadAsync(id, ownerOnly: true, ct);
        await manager.SetMembersAsync(project, input.StaffMemberIds, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    /// <summary>The caller's own consent to publication (a member's alone to give or withdraw).</summary>
    public async Task<ActionResearchProjectDto> SetConsentAsync(Guid id, SetActionResearchConsentDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var project = await (await access.ProjectsAsync(ct)).Include(p => p.Members).GetAsync(id, ct);
        project.SetConsent(caller.StaffId ?? throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.NotAMember), input.Consent,
            input.ShareWithAllSchools, Now);
        // A withdrawn consent takes the project out of the library too; a withdrawn consent to share, out of the shared catalogue.
        var items = await LibraryItems(project.Id).ToListAsync(ct);
        if (project.PublishedAt is null) db.PracticeLibraryItems.RemoveRange(items);
        else if (!project.EveryoneConsentedToShare) items.ForEach(i => i.StopSharing());
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    /// <summary>The owner publishes a finished project with every member's consent; sharing it with all schools needs everyone's consent to
    /// share.</summary>
    public async Task<ActionResearchProjectDto> PublishAsync(Guid id, PublishActionResearchDto input, CancellationToken ct = default)
    {
        var (project, caller) = await LoadAsync(id, ownerOnly: true, ct, requireActive: false);
        project.Publish(Now, input.ShareWithAllSchools);
        await PublishToLibraryAsync(project, input.ShareWithAllSchools, caller.StaffId, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    /// <summary>
    /// Takes a published project out of publication and out of the library (and the shared catalogue): its owner, the one who
    /// published it, or whoever keeps the library (the director) may (403 otherwise); 409 when it is not published. The project's
    /// audit entry records who did it; the consents stay, so the owner may publish again.
    /// </summary>
    public async Task<ActionResearchProjectDto> UnpublishAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var project = await (await access.ProjectsAsync(ct)).Include(p => p.Members).GetAsync(id, ct);
        var items = await LibraryItems(project.Id).ToListAsync(ct);
        if (project.PublishedAt is not null || items.Count > 0)
        {
            if (items.Count == 0
                && !PracticeLibraryItem.MayUnpublish(null, caller.StaffId, caller.KeepsLibrary, project.OwnerStaffMemberId))
                throw new ForbiddenException(KemelSchoolPDErrorCodes.ActionResearch.CannotUnpublish);
            items.ForEach(i => i.EnsureMayUnpublish(
                caller.StaffId,
                caller.KeepsLibrary,
                project.OwnerStaffMemberId,
                KemelSchoolPDErrorCodes.ActionResearch.CannotUnpublish));
        }
        project.Unpublish();
        db.PracticeLibraryItems.RemoveRange(items);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    private IQueryable<PracticeLibraryItem> LibraryItems(Guid projectId) =>
        db.PracticeLibraryItems.Where(i => i.SourceKind == PracticeSourceKind.ActionResearch && i.SourceId == projectId);

    /// <summary>
    /// The school's library of practice gets what the project learned: the problem, the question, the strategy tried in each
    /// cycle, the analyses and the adjustments, with the members as authors. No learner data goes there (the cycles' data
    /// and files stay in the project).
    /// </summary>
    private async Task PublishToLibraryAsync(ActionResearchProject project, bool shareWithAllSchools, Guid? byStaffId, CancellationToken ct)
    {
        var cycles = await db.ActionResearchCycles.AsNoTracking().Where(c => c.ProjectId == project.Id).OrderBy(c => c.Number)
            .ToListAsync(ct);
        var memberIds = project.Members.Select(m => m.StaffMemberId).ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => memberIds.Contains(s.Id)).OrderBy(s => s.FullName)
            .Select(s => s.FullName)
            .ToListAsync(ct);
        var content = new PracticeLibraryContent(
            project.Title, project.Subject, null, project.AcademicYear,
            Context: string.Join("\n", new[] { project.Problem, project.ClassNames }.Where(t => !string.IsNullOrWhiteSpace(t))),
            ResearchQuestion: project.ResearchQuestion,
            Method: string.Join("\n", new[] { project.Hypothesis, project.Strategy }.Where(t => !string.IsNullOrWhiteSpace(t))),
            Conclusions: string.Join(
                "\n",
                cycles.Where(c => c.Analysis is not null).Select(c => $"{c.Number}. {c.Analysis}")
                    .Append(project.ClosingNote ?? "")).Trim(),
            ChangesInPractice: string.Join("\n", cycles.Where(c => c.Adjustment is not null).Select(c => $"{c.Number}. {c.Adjustment}")),
            Authors: string.Join(", ", names));
        var item = await LibraryItems(project.Id).FirstOrDefaultAsync(ct);
        if (item is null) db.PracticeLibraryItems
            .Add(item = new PracticeLibraryItem(Guid.CreateVersion7(), PracticeSourceKind.ActionResearch, project.Id));
        item.Publish(content, [], shareWithAllSchools, byStaffId, Now);
    }

    public async Task<ActionResearchProjectDto> CloseAsync(Guid id, CloseActionResearchProjectDto input, CancellationToken ct = default)
    {
        var (project, _) = await LoadAsync(id, ownerOnly: true, ct, requireActive: false);
        var open = await db.ActionResearchCycles
            .FirstOrDefaultAsync(c => c.ProjectId == project.Id && c.Status == ActionResearchCycleStatus.Open, ct);
        manager.Close(project, open, input.Note, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    // ── Cycles ─────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<ActionResearchCycleDto> UpdateCycleAsync(
        Guid id,
        Guid cycleId,
        UpdateActionResearchCycleDto input,
        CancellationToken ct = default)
    {
        var (_, cycle) = await LoadCycleAsync(id, cycleId, ct);
        db.ExpectConcurrencyStamp(cycle, input.ConcurrencyStamp);
        cycle.SetLessons(input.Lessons.Select(l => new ActionResearchLesson(l.Date, l.ClassName, l.Topic, l.Note)).ToList())
            .SetAnalysis(input.Analysis, input.Adjustment)
            .SetStepDue(input.StepDueOn);
        await db.SaveChangesAsync(ct);
        return (await CycleDtosAsync(cycle.ProjectId, ct)).Single(c => c.Id == cycle.Id);
    }

    /// <summary>The next step of the cycle, in order and only when the current one holds what it needs (409 otherwise).</summary>
    public async Task<ActionResearchCycleDto> AdvanceCycleAsync(
        Guid id,
        Guid cycleId,
        AdvanceActionResearchCycleDto input,
        CancellationToken ct = default)
    {
        var (_, cycle) = await LoadCycleAsync(id, cycleId, ct);
        var data = await db.ActionResearchDataItems.CountAsync(d => d.CycleId == cycle.Id, ct);
        cycle.Advance(input.Stage, data);
        await db.SaveChangesAsync(ct);
        return (await CycleDtosAsync(cycle.ProjectId, ct)).Single(c => c.Id == cycle.Id);
    }

    /// <summary>Finishes the cycle at Adjust: solved ends the project, otherwise the next cycle opens (both in one save).</summary>
    public async Task<ActionResearchProjectDto> FinishCycleAsync(
        Guid id,
        Guid cycleId,
        FinishActionResearchCycleDto input,
        CancellationToken ct = default)
    {
        var (project, cycle) = await LoadCycleAsync(id, cycleId, ct);
        if (manager.FinishCycle(project, cycle, input.Solved, Now) is { } next) db.ActionResearchCycles.Add(next);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(project, ct);
    }

    // ── Data ───────────────────────────────────────────────────────────────────────────────────────────────────────

    public async Task<ActionResearchDataItemDto> AddDataAsync(
        Guid id,
        Guid cycleId,
        SaveActionResearchDataItemDto input,
        CancellationToken ct = default)
    {
        var (_, cycle) = await LoadCycleAsync(id, cycleId, ct);
        if (await db.ActionResearchDataItems.CountAsync(d => d.CycleId == cycle.Id, ct) >= ActionResearchConsts.MaxDataItemsPerCycle)
            throw new BusinessException(KemelSchoolPDErrorCodes.ActionResearch.TooManyDataItems).WithData(
                "0",
                ActionResearchConsts.MaxDataItemsPerCycle);
        var item = new ActionResearchDataItem(Guid.CreateVersion7(), cycle);
        Apply(item, cycle, input);
        db.ActionResearchDataItems.Add(item);
        await db.SaveChangesAsync(ct);
        return (await DataDtosAsync([cycle.Id], ct)).Single(d => d.Id == item.Id);
    }

    public async Task<ActionResearchDataItemDto> UpdateDataAsync(
        Guid id,
        Guid cycleId,
        Guid dataId,
        SaveActionResearchDataItemDto input,
        CancellationToken ct = default)
    {
        var (_, cycle) = await LoadCycleAsync(id, cycleId, ct);
        var item = await db.ActionResearchDataItems.Where(d => d.CycleId == cycle.Id).GetAsync(dataId, ct);
        if (input.ConcurrencyStamp is { } stamp) db.ExpectConcurrencyStamp(item, stamp);
        Apply(item, cycle, input);
        await db.SaveChangesAsync(ct);
        return (await DataDtosAsync([cycle.Id], ct)).Single(d => d.Id == item.Id);
    }

    public async Task DeleteDataAsync(Guid id, Guid cycleId, Guid dataId, CancellationToken ct = default)
    {
        var (_, cycle) = await LoadCycleAsync(id, cycleId, ct);
        cycle.EnsureOpen();
        var item = await db.ActionResearchDataItems.Where(d => d.CycleId == cycle.Id).GetAsync(dataId, ct);
        db.ActionResearchDataItems.Remove(item);
        await db.SaveChangesAsync(ct);
    }

    private static void Apply(ActionResearchDataItem item, ActionResearchCycle cycle, SaveActionResearchDataItemDto input) =>
        item.Update(cycle, input.Kind, input.Title, input.CollectedOn, input.Summary,
            input.Results.Select(r => new ActionResearchResultRow(r.ClassName, r.Indicator, r.Before, r.After)).ToList());

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    /// <summary>Members change a project (the owner alone its members, closing and publication); readers only read it (403); others do not
    /// see it (404).</summary>
    private async Task<(ActionResearchProject, ActionResearchReadAccess.Caller)> LoadAsync(
        Guid id,
        bool ownerOnly,
        CancellationToken ct,
        bool requireActive = true)
    {
        var caller = await access.CallerAsync(ct);
        var project = await (await access.ProjectsAsync(ct)).Include(p => p.Members).GetAsync(id, ct);
        project.EnsureMember(caller.StaffId);
        if (ownerOnly) project.EnsureOwner(caller.StaffId);
        if (requireActive) project.EnsureActive();
        return (project, caller);
    }

    private async Task<(ActionResearchProject, ActionResearchCycle)> LoadCycleAsync(Guid id, Guid cycleId, CancellationToken ct)
    {
        var (project, _) = await LoadAsync(id, ownerOnly: false, ct);
        var cycle = await db.ActionResearchCycles.Where(c => c.ProjectId == project.Id).GetAsync(cycleId, ct);
        return (project, cycle);
    }

    private static ActionResearchContent Content(ActionResearchContentInput i) =>
        new(i.Title, i.Subject, i.ClassNames, i.Problem, i.ResearchQuestion, i.Hypothesis, i.Strategy, i.Baseline);

    /// <summary>A linked plan must be a Table 7 research plan (a growth-cycle artefact of kind ResearchPlan) that the caller may
    /// read.</summary>
    private async Task EnsureResearchPlanAsync(Guid artefactId, string field, CancellationToken ct)
    {
        if (!await (await growthAccess.ArtefactsAsync(ct)).AnyAsync(
            a => a.Id == artefactId && a.Kind == GrowthArtefactKind.ResearchPlan,
            ct))
            throw new InputValidationException(field, KemelSchoolPDErrorCodes.ActionResearch.UnknownResearchPlan);
    }

    private async Task<List<ActionResearchDataItemDto>> DataDtosAsync(List<Guid> cycleIds, CancellationToken ct)
    {
        var items = await db.ActionResearchDataItems.AsNoTracking().Where(d => cycleIds.Contains(d.CycleId))
            .OrderBy(d => d.CreationTime).ThenBy(d => d.Id).ToListAsync(ct);
        var ids = items.Select(d => d.Id).ToList();
        var files = await db.Attachments.AsNoTracking().Where(a => a.OwnerType == nameof(ActionResearchDataItem) && ids.Contains(a.OwnerId))
            .GroupBy(a => a.OwnerId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return items.Select(d => new ActionResearchDataItemDto(d.Id, d.CycleId, d.Kind, d.Title, d.CollectedOn, d.Summary,
            d.Results.Select(r => new ActionResearchResultRowDto(r.ClassName, r.Indicator, r.Before, r.After)).ToList(),
            files.GetValueOrDefault(d.Id), d.ConcurrencyStamp)).ToList();
    }

    private async Task<List<ActionResearchCycleDto>> CycleDtosAsync(Guid projectId, CancellationToken ct)
    {
        var cycles = await db.ActionResearchCycles.AsNoTracking().Where(c => c.ProjectId == projectId).OrderBy(c => c.Number)
            .ToListAsync(ct);
        var data = await DataDtosAsync(cycles.Select(c => c.Id).ToList(), ct);
        return cycles.Select(c => new ActionResearchCycleDto(c.Id, c.Number, c.Stage, c.Status, c.StepDueOn,
            c.Lessons.Select(l => new ActionResearchLessonDto(l.Date, l.ClassName, l.Topic, l.Note)).ToList(), c.Analysis, c.Adjustment, c
                .Solved,
            c.FinishedAt, data.Where(d => d.CycleId == c.Id).ToList(), c.ConcurrencyStamp)).ToList();
    }

    internal async Task<ActionResearchProjectDto> ToDtoAsync(ActionResearchProject project, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var ids = project.Members.Select(m => m.StaffMemberId).Append(project.OwnerStaffMemberId).Distinct().ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var members = project.Members.Select(m => new ActionResearchMemberDto(m.StaffMemberId, names.GetValueOrDefault(m.StaffMemberId, ""),
                m.StaffMemberId == project.OwnerStaffMemberId, m.ConsentedAt, m.ShareConsentedAt))
            .OrderByDescending(m => m.IsOwner).ThenBy(m => m.FullName, StringComparer.CurrentCulture).ToList();
        // The linked plan shows only to a reader of the artefact (a published project's reader does not learn of a plan they cannot open).
        ActionResearchPlanDto? plan = null;
        if (project.ResearchPlanArtefactId is { } planId)
        {
            var artefact = await (await growthAccess.ArtefactsAsync(ct)).AsNoTracking().FirstOrDefaultAsync(a => a.Id == planId, ct);
            if (artefact is not null)
                plan = new ActionResearchPlanDto(artefact.Id, artefact.CycleId,
                    artefact.Content.Answers.OrderBy(a => a.Number).Select(a => new ActionResearchPlanSectionDto(a.Number, a.Answer))
                        .ToList());
        }
        var isMember = project.IsMember(caller.StaffId);
        var isOwner = project.IsOwner(caller.StaffId);
        var item = project.PublishedAt is null ? null : await LibraryItems(project.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        var canUnpublish = project.PublishedAt is not null
            && PracticeLibraryItem.MayUnpublish(
                item?.PublishedByStaffMemberId,
                caller.StaffId,
                caller.KeepsLibrary,
                project.OwnerStaffMemberId);
        var abilities = new ActionResearchAbilities(isMember && project.IsActive, isOwner && project.IsActive, isMember,
            isOwner && !project.IsActive && project.PublishedAt is null, canUnpublish);
        return new ActionResearchProjectDto(
            project.Id,
            project.Title,
            project.Subject,
            project.ClassNames,
            project.Problem,
            project.ResearchQuestion,
            project.Hypothesis,
            project.Strategy,
            project.Baseline,
            project.OwnerStaffMemberId,
            names.GetValueOrDefault(
                project.OwnerStaffMemberId,
                ""),
            members,
            project.ResearchPlanArtefactId,
            plan,
            project.AcademicYear,
            project.StartedOn,
            project.Status,
            project
                .CurrentCycleNumber,
            project.FinishedAt,
            project.ClosingNote,
            project.PublishedAt,
            item?.SharedWithAllSchools ?? false,
            await CycleDtosAsync(
                project.Id,
                ct),
            abilities,
            project.ConcurrencyStamp);
    }
}
