using KemelSchoolPD.Agreements;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// Individual development plans: the teacher writes their own (a педагог with a mentor), the administration agrees or returns
/// it, progress after agreement is versioned, and completing a plan opens next year's draft. A plan the caller may not see is
/// answered exactly like one that does not exist.
/// </summary>
public sealed class DevelopmentPlanAppService(
    IKemelSchoolPDDbContext db,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    CurrentStaffMember currentStaff,
    PlanTemplateAppService templates,
    IGrowthZoneSource growthZones,
    AttachmentAppService attachments,
    TimeProvider clock)
{
    private sealed record Caller(Guid? StaffId, bool ViewAll, bool Review, bool Assign);

    private Caller? _caller;

    public async Task<PagedResultDto<DevelopmentPlanListItemDto>> GetListAsync(
        GetDevelopmentPlanListInput input,
        CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var mine = input.Mine == true || !caller.ViewAll;
        var query =
            from p in Visible(caller).AsNoTracking()
            join t in db.StaffMembers on p.TeacherStaffMemberId equals t.Id
            join m in db.StaffMembers on p.MentorStaffMemberId equals m.Id into mentors
            from m in mentors.DefaultIfEmpty()
            select new { Plan = p, Teacher = t, MentorName = m.FullName };
        query = query
            .WhereIf(mine, x => x.Plan.TeacherStaffMemberId == caller.StaffId || x.Plan.MentorStaffMemberId == caller.StaffId)
            .WhereIf(input.AcademicYear.HasValue, x => x.Plan.AcademicYear == input.AcademicYear)
            .WhereIf(input.Status.HasValue, x => x.Plan.Status == input.Status)
            .WhereIf(input.TeacherStaffMemberId.HasValue, x => x.Plan.TeacherStaffMemberId == input.TeacherStaffMemberId)
            .WhereIf(
                input.MethodologicalAssociationId.HasValue,
                x => x.Teacher.MethodologicalAssociationId == input.MethodologicalAssociationId)
            .WhereIf(input.Category.HasValue, x => x.Teacher.Category == input.Category)
            .WhereSearchMatches(x => x.Teacher.SearchText, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Plan.AcademicYear).ThenBy(x => x.Teacher.FullName).PageBy(input).ToListAsync(ct);
        var templateNames = await TemplateNamesAsync(page.Select(x => x.Plan.TemplateId), ct);
        return new PagedResultDto<DevelopmentPlanListItemDto>(total, page.Select(x => new DevelopmentPlanListItemDto(
            x.Plan.Id, x.Teacher.Id, x.Teacher.FullName, x.Teacher.Category, x.Plan.AcademicYear, AcademicYears.Label(x.Plan.AcademicYear),
            x.Plan.TemplateId, templateNames[x.Plan.TemplateId].Name, templateNames[x.Plan.TemplateId].Layout, x.Plan.Status,
            x.Plan.MentorStaffMemberId, x.MentorName, x.Plan.Content.Topic, x.Plan.Content.Goals.Count,
            x.Plan.Content.Goals.Count(g => g.Status == PlanProgressStatus.Achieved), x.Plan.Revision, x.Plan.SubmittedAt, x.Plan.AgreedAt,
            x.Plan.ConcurrencyStamp)).ToList());
    }

    public async Task<DevelopmentPlanDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var plan = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> CreateAsync(CreateDevelopmentPlanDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var teacherId = input.TeacherStaffMemberId ?? caller.StaffId
                        ?? throw new BusinessException(KemelSchoolPDErrorCodes.DevelopmentPlans.NoStaffRecord);
        if (teacherId != caller.StaffId && !caller.Assign) throw new ForbiddenException();
        var template = await templates.ResolveAsync(input.TemplateId, ct);
        if (!await db.StaffMembers.AnyAsync(s => s.Id == teacherId && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(input.TeacherStaffMemberId),
                KemelSchoolPDErrorCodes.DevelopmentPlans.TeacherMustBeActiveStaff);
        await EnsureMentorAsync(input.MentorStaffMemberId, teacherId, ct);
        if (await db.DevelopmentPlans.AnyAsync(p => p.TeacherStaffMemberId == teacherId && p.AcademicYear == input.AcademicYear, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.DevelopmentPlans.AlreadyExists);

        var content = input.Content ?? new PlanContent();
        if (content.Items is not { Count: > 0 }) content = content with { Items = template.NewContent().Items };
        await EnsureEvidenceFilesAsync(null, AllEvidence(content), ct);
        await EnsureTeachersCycleAsync(input.GrowthCycleId, teacherId, ct);
        var growthCycleId = input.GrowthCycleId ?? await growthZones.FindCycleAsync(teacherId, input.AcademicYear, ct);
        var plan = new DevelopmentPlan(
            Guid.CreateVersion7(),
            teacherId,
            input.AcademicYear,
            template,
            content,
            input.MentorStaffMemberId,
            growthCycleId);
        db.DevelopmentPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> UpdateAsync(Guid id, UpdateDevelopmentPlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        var template = await templates.FindAsync(plan.TemplateId, ct)
            ?? throw new EntityNotFoundException(typeof(PlanTemplate), plan.TemplateId);
        await EnsureMentorAsync(input.MentorStaffMemberId, plan.TeacherStaffMemberId, ct);
        await EnsureTeachersCycleAsync(input.GrowthCycleId, plan.TeacherStaffMemberId, ct);
        await EnsureEvidenceFilesAsync(plan, AllEvidence(input.Content), ct);
        plan.Edit(input.Content, template, input.MentorStaffMemberId, input.GrowthCycleId);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> SubmitAsync(Guid id, DevelopmentPlanActionDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        var category = await db.StaffMembers.Where(s => s.Id == plan.TeacherStaffMemberId).Select(s => s.Category).FirstAsync(ct);
        plan.Submit(MentorRequired(category), Now);
        AddComment(plan.Id, PlanCommentRole.Teacher, input.Comment);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> ReturnAsync(Guid id, ReturnDevelopmentPlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Return();
        db.DevelopmentPlanReviews
            .Add(new DevelopmentPlanReview(plan, PlanReviewDecision.Returned, input.Comment, currentUser.Id, currentUser.FullName, Now));
        AddComment(plan.Id, PlanCommentRole.Reviewer, input.Comment);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> AgreeAsync(Guid id, DevelopmentPlanActionDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Agree(currentUser.Id, Now);
        db.DevelopmentPlanReviews
            .Add(new DevelopmentPlanReview(plan, PlanReviewDecision.Agreed, input.Comment, currentUser.Id, currentUser.FullName, Now));
        await AddVersionAsync(plan, PlanVersionKind.Agreed, null, ct);
        AddComment(plan.Id, PlanCommentRole.Reviewer, input.Comment);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    /// <summary>Progress after agreement; every such change is kept as a version with its author, time and reason.</summary>
    public async Task<DevelopmentPlanDto> RecordProgressAsync(Guid id, RecordPlanProgressDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        await EnsureEvidenceFilesAsync(plan, input.Entries.SelectMany(e => e.Evidence ?? []), ct);
        plan.RecordProgress(new PlanProgressUpdate(
            input.Entries.Select(e => new PlanProgressEntry(e.Id, e.Status, e.ActualValue, e.Evidence)).ToList(), input.SelfAssessment));
        await AddVersionAsync(plan, PlanVersionKind.ChangedAfterAgreement, input.Reason, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<DevelopmentPlanDto> ReopenAsync(Guid id, ReopenDevelopmentPlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Reopen(input.Reason);
        await AddVersionAsync(plan, PlanVersionKind.Reopened, input.Reason, ct);
        AddComment(plan.Id, PlanCommentRole.Reviewer, input.Reason);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    /// <summary>The teacher (or a reviewer) completes an agreed plan; next year's draft opens with the unfinished goals.</summary>
    public async Task<CompletedDevelopmentPlanDto> CompleteAsync(Guid id, CompleteDevelopmentPlanDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var plan = await Visible(caller).GetAsync(id, ct);
        if (plan.TeacherStaffMemberId != caller.StaffId && !caller.Review) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, input.ConcurrencyStamp);
        plan.Complete(input.SelfAssessment, Now);
        await AddVersionAsync(plan, PlanVersionKind.Completed, null, ct);
        var next = await DevelopmentPlanRollover.NextYearDraftAsync(db, templates, plan, ct);
        await db.SaveChangesAsync(ct);
        return new CompletedDevelopmentPlanDto(await ToDtoAsync(plan, caller, ct), next.Id);
    }

    public async Task<List<PlanVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default)
    {
        await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await AgreementHistory.VersionsAsync(db.DevelopmentPlanVersions, id, ct);
    }

    public async Task<PlanVersionDetailDto> GetVersionAsync(Guid id, Guid versionId, CancellationToken ct = default)
    {
        await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        var (version, content, changes) = await AgreementHistory.VersionAsync(db.DevelopmentPlanVersions, id, versionId, History, ct);
        return new PlanVersionDetailDto(version, content, changes);
    }

    public async Task<List<PlanReviewDto>> GetReviewsAsync(Guid id, CancellationToken ct = default)
    {
        await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await AgreementHistory.ReviewsAsync(db.DevelopmentPlanReviews, id, ct);
    }

    /// <summary>What the teacher changed since the last review: the reviewer reads only that on a resubmitted plan.</summary>
    public async Task<PlanChangesSinceReviewDto> GetChangesSinceLastReviewAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await AgreementHistory.ChangesSinceLastReviewAsync(db.DevelopmentPlanReviews, id, plan.Revision, plan.Content, History, ct);
    }

    public async Task<List<PlanCommentDto>> GetCommentsAsync(Guid id, CancellationToken ct = default)
    {
        await Visible(await CallerAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await db.DevelopmentPlanComments.AsNoTracking().Where(c => c.PlanId == id).OrderBy(c => c.Time).ThenBy(c => c.Id)
            .Select(c => new PlanCommentDto(c.Id, c.AuthorUserId, c.AuthorName, c.Role, c.Text, c.EntryId, c.Time)).ToListAsync(ct);
    }

    public async Task<PlanCommentDto> AddCommentAsync(Guid id, CreatePlanCommentDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var plan = await Visible(caller).AsNoTracking().GetAsync(id, ct);
        var role = plan.TeacherStaffMemberId == caller.StaffId ? PlanCommentRole.Teacher
            : plan.MentorStaffMemberId == caller.StaffId && caller.StaffId is not null ? PlanCommentRole.Mentor
            : PlanCommentRole.Reviewer;
        var comment = new DevelopmentPlanComment(id, currentUser.Id, currentUser.FullName, role, input.Text, input.EntryId, Now);
        db.DevelopmentPlanComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return new PlanCommentDto(
            comment.Id,
            comment.AuthorUserId,
            comment.AuthorName,
            comment.Role,
            comment.Text,
            comment.EntryId,
            comment.Time);
    }

    /// <summary>A plan the caller may read, tracked for no change (used by the document endpoint).</summary>
    public async Task<(DevelopmentPlanDto Plan, StaffMember Teacher)> GetForDocumentAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await GetAsync(id, ct);
        var teacher = await db.StaffMembers.AsNoTracking().FirstAsync(s => s.Id == plan.TeacherStaffMemberId, ct);
        return (plan, teacher);
    }

    /// <summary>A педагог (the entry category) builds the plan with a mentor; from модератор up the teacher builds it alone.</summary>
    public static bool MentorRequired(QualificationCategory category) => category == QualificationCategory.Pedagogue;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Caller> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        var review = granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.Review);
        return _caller = new Caller(staffId, DevelopmentPlanAuditReadRule.ReadsAll(granted), review,
            granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.Assign));
    }

    /// <summary>Everything with ViewAll or Review; otherwise one's own plans and one's mentees'.</summary>
    private IQueryable<DevelopmentPlan> Visible(Caller caller)
        => db.DevelopmentPlans.Where(DevelopmentPlan.VisibleTo(caller.StaffId, caller.ViewAll));

    /// <summary>Only the teacher edits their plan: another's visible plan is 403, an invisible one 404.</summary>
    private async Task<(DevelopmentPlan, Caller)> LoadOwnAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var plan = await Visible(caller).GetAsync(id, ct);
        if (plan.TeacherStaffMemberId != caller.StaffId) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, stamp);
        return (plan, caller);
    }

    /// <summary>Separation of duties: nobody agrees or returns their own plan.</summary>
    private async Task<(DevelopmentPlan, Caller)> LoadForReviewAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var plan = await Visible(caller).GetAsync(id, ct);
        AgreementWorkflow.EnsureNotOwn(
            plan.TeacherStaffMemberId,
            caller.StaffId,
            KemelSchoolPDErrorCodes.DevelopmentPlans.CannotReviewOwnPlan);
        db.ExpectConcurrencyStamp(plan, stamp);
        return (plan, caller);
    }

    /// <summary>An id from the body is checked against what it may point to: here, only the plan's teacher's own cycle.</summary>
    private async Task EnsureTeachersCycleAsync(Guid? growthCycleId, Guid teacherId, CancellationToken ct)
    {
        if (growthCycleId is { } id && !await growthZones.IsTeachersCycleAsync(id, teacherId, ct))
            throw new InputValidationException(
                nameof(DevelopmentPlan.GrowthCycleId),
                KemelSchoolPDErrorCodes.DevelopmentPlans.GrowthCycleNotTeachers);
    }

    /// <summary>
    /// File evidence names an attachment of this same plan (a new plan has none yet): ids in a body are checked. Called before the
    /// plan changes: the files it starts to name are claimed in this save (<see cref="Attachment.MarkInUse"/>), so the daily cleanup
    /// cannot remove one it found unused a moment ago.
    /// </summary>
    private async Task EnsureEvidenceFilesAsync(DevelopmentPlan? plan, IEnumerable<PlanEvidence?> evidence, CancellationToken ct)
    {
        var ids = evidence.Where(e => e is { Kind: PlanEvidenceKind.File, AttachmentId: not null }).Select(e => e!.AttachmentId!.Value)
            .Distinct()
            .ToList();
        if (ids.Count == 0) return;
        HashSet<Guid> found = [];
        if (plan is not null)
        {
            var named = PlanContentRules.FileIds(plan.Content).ToHashSet();
            var starts = ids.Where(i => !named.Contains(i)).ToHashSet();
            found = await attachments.FilesOfAsync(nameof(DevelopmentPlan), plan.Id, ids, starts, ct);
        }
        if (ids.Any(i => !found.Contains(i)))
            throw new InputValidationException("evidence", KemelSchoolPDErrorCodes.Attachments.NotAttachmentOfRecord);
    }

    private static IEnumerable<PlanEvidence?> AllEvidence(PlanContent? content) =>
        content is null ? [] : (content.Goals ?? []).Where(g => g is not null).SelectMany(g => g.Evidence ?? [])
            .Concat((content.Items ?? []).Where(i => i is not null).SelectMany(i => i.Evidence ?? []));

    private async Task EnsureMentorAsync(Guid? mentorId, Guid teacherId, CancellationToken ct)
    {
        if (mentorId is not { } id) return;
        if (id == teacherId || !await db.StaffMembers.AnyAsync(s => s.Id == id && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(DevelopmentPlan.MentorStaffMemberId),
                KemelSchoolPDErrorCodes.DevelopmentPlans.MentorMustBeActiveStaff);
    }

    private async Task AddVersionAsync(DevelopmentPlan plan, PlanVersionKind kind, string? reason, CancellationToken ct)
    {
        var number = await AgreementHistory.NextVersionNumberAsync(db.DevelopmentPlanVersions, plan.Id, ct);
        db.DevelopmentPlanVersions.Add(new DevelopmentPlanVersion(plan, number, kind, reason, currentUser.Id, currentUser.FullName, Now));
    }

    private void AddComment(Guid planId, PlanCommentRole role, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        db.DevelopmentPlanComments.Add(new DevelopmentPlanComment(planId, currentUser.Id, currentUser.FullName, role, text, null, Now));
    }

    private async Task<Dictionary<Guid, (string Name, PlanLayoutKind Layout)>> TemplateNamesAsync(
        IEnumerable<Guid> ids,
        CancellationToken ct)
    {
        var result = new Dictionary<Guid, (string, PlanLayoutKind)>();
        foreach (var id in ids.Distinct())
            if (await templates.FindAsync(id, ct) is { } t) result[id] = (t.Name(PlanTemplateAppService.Culture), t.LayoutKind);
        return result;
    }

    private async Task<DevelopmentPlanDto> ToDtoAsync(DevelopmentPlan plan, Caller caller, CancellationToken ct)
    {
        var people = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Id == plan.TeacherStaffMemberId || s.Id == plan.MentorStaffMemberId)
            .Select(s => new { s.Id, s.FullName, s.Category, s.Subjects }).ToListAsync(ct);
        var teacher = people.First(p => p.Id == plan.TeacherStaffMemberId);
        var mentorName = people.FirstOrDefault(p => p.Id == plan.MentorStaffMemberId)?.FullName;
        var template = await templates.FindAsync(plan.TemplateId, ct)
            ?? throw new EntityNotFoundException(typeof(PlanTemplate), plan.TemplateId);
        var templateStamp = template.IsBuiltIn ? null
            : await db.PlanTemplates.AsNoTracking().Where(t => t.Id == template.Id).Select(t => t.ConcurrencyStamp).FirstOrDefaultAsync(ct);
        var growth = plan.GrowthCycleId is { } cycleId ? await growthZones.GetSummaryAsync(cycleId, ct) : null;
        var own = plan.TeacherStaffMemberId == caller.StaffId;
        var abilities = new DevelopmentPlanAbilities(
            CanEdit: own && plan.IsEditable,
            CanSubmit: own && plan.IsEditable,
            CanReview: caller.Review,
            CanRecordProgress: own && plan.IsUnderWay,
            CanComplete: (own || caller.Review) && plan.IsUnderWay,
            CanComment: true);
        return new DevelopmentPlanDto(
            plan.Id,
            plan.TeacherStaffMemberId,
            teacher.FullName,
            teacher.Category,
            string.Join(", ", teacher.Subjects),
            plan.AcademicYear,
            AcademicYears.Label(plan.AcademicYear),
            plan.PeriodStart,
            plan.PeriodEnd,
            PlanTemplateAppService.ToDto(template, templateStamp),
            plan.Status,
            plan
                .MentorStaffMemberId,
            mentorName,
            MentorRequired(teacher.Category),
            plan.GrowthCycleId,
            growth,
            plan.PreviousPlanId,
            plan.ContentWithTemplateRows(template),
            plan.Revision,
            plan.SubmittedAt,
            plan
                .AgreedAt,
            plan.AgreedByUserId,
            plan.CompletedAt,
            plan.ReopenReason,
            abilities,
            plan.CreationTime,
            plan.LastModificationTime,
            plan.ConcurrencyStamp);
    }

    /// <summary>How versions and reviews keep a plan's contents.</summary>
    private static readonly AgreementContent<PlanContent> History = new(
        PlanContentJson.Deserialize,
        new PlanContent(),
        PlanContentRules.Diff);
}
