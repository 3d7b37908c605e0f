using KemelSchoolPD.Agreements;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The mentor's year plan: the mentor drafts it, the director or a deputy agrees it or returns it with a comment (the
/// development plans' <see cref="AgreementWorkflow"/>, with the same version and review records), and after agreement the
/// mentor records each activity's progress, each change a version. A plan the caller may not read is answered like one that
/// does not exist; a mentee reads the plans that concern her and changes nothing.
/// </summary>
public sealed class MentorYearPlanAppService(
    IKemelSchoolPDDbContext db,
    MentorYearPlanReadAccess access,
    IPermissionChecker permissions,
    ICurrentUser currentUser,
    CurrentStaffMember currentStaff,
    MentoringRelations relations,
    TimeProvider clock)
{
    private sealed record Caller(Guid? StaffId, bool ViewAll, bool Review);

    private Caller? _caller;

    public async Task<PagedResultDto<MentorYearPlanListItemDto>> GetListAsync(
        GetMentorYearPlanListInput input,
        CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var mine = input.Mine == true || !caller.ViewAll;
        var query =
            from p in (await access.PlansAsync(ct)).AsNoTracking()
            join m in db.StaffMembers on p.MentorStaffMemberId equals m.Id
            select new { Plan = p, Mentor = m };
        query = query
            .WhereIf(mine, x => x.Plan.MentorStaffMemberId == me || x.Plan.Mentees.Any(e => e.StaffMemberId == me))
            .WhereIf(input.AcademicYear.HasValue, x => x.Plan.AcademicYear == input.AcademicYear)
            .WhereIf(input.Status.HasValue, x => x.Plan.Status == input.Status)
            .WhereIf(input.MentorStaffMemberId.HasValue, x => x.Plan.MentorStaffMemberId == input.MentorStaffMemberId)
            .WhereIf(input.MenteeStaffMemberId.HasValue, x => x.Plan.Mentees.Any(e => e.StaffMemberId == input.MenteeStaffMemberId))
            .WhereSearchMatches(x => x.Mentor.SearchText, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Plan.AcademicYear).ThenBy(x => x.Mentor.FullName).PageBy(input)
            .Select(x => new { x.Plan, MentorName = x.Mentor.FullName }).ToListAsync(ct);
        var planIds = page.Select(x => x.Plan.Id).ToList();
        var mentees = await MenteesOfAsync(planIds, ct);
        return new PagedResultDto<MentorYearPlanListItemDto>(total, page.Select(x => new MentorYearPlanListItemDto(
            x.Plan.Id, x.Plan.MentorStaffMemberId, x.MentorName, x.Plan.AcademicYear, AcademicYears.Label(x.Plan.AcademicYear), x.Plan
                .Status,
            mentees[x.Plan.Id].ToList(), x.Plan.Activities.Count, x.Plan.Activities.Count(a => a.Progress == MentorActivityProgress.Done),
            x.Plan.Revision, x.Plan.SubmittedAt, x.Plan.AgreedAt, x.Plan.ConcurrencyStamp)).ToList());
    }

    public async Task<MentorYearPlanDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var plan = await (await access.PlansAsync(ct)).AsNoTracking().Include(p => p.Mentees).GetAsync(id, ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    /// <summary>The caller drafts their own plan for a year (one per mentor and year: 409).</summary>
    public async Task<MentorYearPlanDto> CreateAsync(CreateMentorYearPlanDto input, CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        var mentorId = caller.StaffId ?? throw new BusinessException(KemelSchoolPDErrorCodes.MentoringPlans.NoStaffRecord);
        await EnsureMenteesAsync(input.MenteeStaffMemberIds, mentorId, ct);
        if (await db.MentorYearPlans.AnyAsync(p => p.MentorStaffMemberId == mentorId && p.AcademicYear == input.AcademicYear, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.MentoringPlans.PlanExists);
        var plan = new MentorYearPlan(
            Guid.CreateVersion7(),
            mentorId,
            input.AcademicYear,
            input.Goal,
            Activities(input.Activities),
            input.MenteeStaffMemberIds);
        db.MentorYearPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<MentorYearPlanDto> UpdateAsync(Guid id, UpdateMentorYearPlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        await EnsureMenteesAsync(
            input.MenteeStaffMemberIds,
            plan.MentorStaffMemberId,
            ct,
            plan.Mentees.Select(m => m.StaffMemberId).ToList());
        plan.Edit(input.Goal, Activities(input.Activities), input.MenteeStaffMemberIds);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<MentorYearPlanDto> SubmitAsync(Guid id, MentorYearPlanActionDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.Submit(Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<MentorYearPlanDto> ReturnAsync(Guid id, ReturnMentorYearPlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Return(caller.StaffId, input.Comment);
        db.MentorYearPlanReviews
            .Add(new MentorYearPlanReview(plan, PlanReviewDecision.Returned, input.Comment, currentUser.Id, currentUser.FullName, Now));
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<MentorYearPlanDto> AgreeAsync(Guid id, MentorYearPlanActionDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Agree(caller.StaffId, currentUser.Id, Now);
        db.MentorYearPlanReviews
            .Add(new MentorYearPlanReview(plan, PlanReviewDecision.Agreed, input.Comment, currentUser.Id, currentUser.FullName, Now));
        await AddVersionAsync(plan, PlanVersionKind.Agreed, input.Comment, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    /// <summary>The mentor records the progress of activities of an agreed plan; every such change is a version.</summary>
    public async Task<MentorYearPlanDto> RecordProgressAsync(Guid id, RecordMentorYearPlanProgressDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.RecordProgress(input.Updates.Select(u => new MentorActivityProgressUpdate(u.ActivityId, u.Progress, u.Note, u.NewDate)));
        await AddVersionAsync(plan, PlanVersionKind.ChangedAfterAgreement, input.Reason, ct);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, caller, ct);
    }

    public async Task<List<PlanVersionDto>> GetVersionsAsync(Guid id, CancellationToken ct = default)
    {
        await (await access.PlansAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await AgreementHistory.VersionsAsync(db.MentorYearPlanVersions, id, ct);
    }

    public async Task<MentorYearPlanVersionDetailDto> GetVersionAsync(Guid id, Guid versionId, CancellationToken ct = default)
    {
        await (await access.PlansAsync(ct)).AsNoTracking().GetAsync(id, ct);
        var (version, kept, changes) = await AgreementHistory.VersionAsync(db.MentorYearPlanVersions, id, versionId, History, ct);
        return new MentorYearPlanVersionDetailDto(version, kept.Goal, kept.MenteeStaffMemberIds, kept.Activities.Select(ToDto).ToList(),
            await NameMenteesAsync(changes, ct));
    }

    public async Task<List<PlanReviewDto>> GetReviewsAsync(Guid id, CancellationToken ct = default)
    {
        await (await access.PlansAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await AgreementHistory.ReviewsAsync(db.MentorYearPlanReviews, id, ct);
    }

    /// <summary>What the mentor changed since the last review: the reviewer reads only that on a resubmitted plan.</summary>
    public async Task<PlanChangesSinceReviewDto> GetChangesSinceLastReviewAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await (await access.PlansAsync(ct)).AsNoTracking().Include(p => p.Mentees).GetAsync(id, ct);
        var since = await AgreementHistory.ChangesSinceLastReviewAsync(
            db.MentorYearPlanReviews,
            id,
            plan.Revision,
            MentorYearPlanSnapshot.Of(plan),
            History,
            ct);
        return since with { Changes = await NameMenteesAsync(since.Changes, ct) };
    }

    /// <summary>Versions and reviews keep mentees by id: a mentee added or removed is named as the school's records name her now.</summary>
    private async Task<List<PlanChangeDto>> NameMenteesAsync(IReadOnlyList<PlanChangeDto> changes, CancellationToken ct)
    {
        var ids = changes.Where(c => c.Area == MentorYearPlanSnapshot.MenteeArea).Select(c => c.EntryId!.Value).ToList();
        if (ids.Count == 0) return changes.ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        return changes.Select(c => c.Area != MentorYearPlanSnapshot.MenteeArea ? c
            : c.Kind == PlanChangeKind.Added ? c with { NewValue = names.GetValueOrDefault(c.EntryId!.Value) }
            : c with { OldValue = names.GetValueOrDefault(c.EntryId!.Value) }).ToList();
    }

    /// <summary>How versions and reviews keep a year plan's contents.</summary>
    private static readonly AgreementContent<MentorYearPlanSnapshot> History =
        new(MentorYearPlanSnapshot.Deserialize, MentorYearPlanSnapshot.Empty, MentorYearPlanSnapshot.Diff);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<Caller> CallerAsync(CancellationToken ct)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(await currentStaff.GetIdAsync(ct), MentorYearPlanReadAccess.ReadsAll(granted),
            granted.Contains(KemelSchoolPDPermissions.MentoringPlans.Review));
    }

    /// <summary>Only the mentor changes their plan: another's visible plan is 403, an invisible one 404.</summary>
    private async Task<(MentorYearPlan, Caller)> LoadOwnAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var plan = await (await access.PlansAsync(ct)).Include(p => p.Mentees).GetAsync(id, ct);
        if (plan.MentorStaffMemberId != caller.StaffId) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, stamp);
        return (plan, caller);
    }

    /// <summary>Reviewers only; the plan itself refuses its own mentor (separation of duties).</summary>
    private async Task<(MentorYearPlan, Caller)> LoadForReviewAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await CallerAsync(ct);
        var plan = await (await access.PlansAsync(ct)).Include(p => p.Mentees).GetAsync(id, ct);
        if (!caller.Review) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, stamp);
        return (plan, caller);
    }

    /// <summary>
    /// Ids in the body: the mentees are other active staff members of the school, each in an active pair with this mentor (the
    /// plan is the mentor's work with their own mentees, not with anyone's). A mentee the plan already names may stay after
    /// the pair has ended: the plan keeps the year's history.
    /// </summary>
    private async Task EnsureMenteesAsync(
        List<Guid> menteeIds,
        Guid mentorId,
        CancellationToken ct,
        IReadOnlyCollection<Guid>? alreadyInPlan = null)
    {
        var ids = menteeIds.Distinct().ToList();
        if (ids.Count == 0) return;
        var found = await db.StaffMembers.CountAsync(s => ids.Contains(s.Id) && !s.IsArchived, ct);
        if (found != ids.Count || ids.Contains(mentorId))
            throw new InputValidationException("menteeStaffMemberIds", KemelSchoolPDErrorCodes.MentoringPlans.MenteeMustBeActiveStaff);
        var added = ids.Except(alreadyInPlan ?? []).ToList();
        if (added.Count == 0) return;
        // The plan is the guiding mentor's (or tutor's) work: an informal curator's mentee is not paired for it.
        var paired = await relations.ActiveMenteeIdsAsync(mentorId, ct);
        if (added.Except(paired).Any())
            throw new InputValidationException("menteeStaffMemberIds", KemelSchoolPDErrorCodes.MentoringPlans.MenteeNotPaired);
    }

    private static IEnumerable<MentorPlanActivity> Activities(
        IEnumerable<MentorPlanActivityInput> input) => input.Select(a => new MentorPlanActivity
        {
            Id = a.Id ?? Guid.Empty, Month = a.Month, Topic = a.Topic, Form = a.Form, PlannedDate = a.PlannedDate, ExpectedResult = a
            .ExpectedResult,
        });

    private async Task AddVersionAsync(MentorYearPlan plan, PlanVersionKind kind, string? reason, CancellationToken ct)
    {
        var number = await AgreementHistory.NextVersionNumberAsync(db.MentorYearPlanVersions, plan.Id, ct);
        db.MentorYearPlanVersions.Add(new MentorYearPlanVersion(plan, number, kind, reason, currentUser.Id, currentUser.FullName, Now));
    }

    private async Task<ILookup<Guid, MentorYearPlanMenteeDto>> MenteesOfAsync(List<Guid> planIds, CancellationToken ct) =>
        (await (from e in db.MentorYearPlans.Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Mentees)
                join s in db.StaffMembers on e.StaffMemberId equals s.Id
                select new { e.PlanId, s.Id, s.FullName }).ToListAsync(ct))
        .OrderBy(x => x.FullName).ToLookup(x => x.PlanId, x => new MentorYearPlanMenteeDto(x.Id, x.FullName));

    internal async Task<MentorYearPlanDto> ToDtoAsync(MentorYearPlan plan, CancellationToken ct)
        => await ToDtoAsync(plan, await CallerAsync(ct), ct);

    private async Task<MentorYearPlanDto> ToDtoAsync(MentorYearPlan plan, Caller caller, CancellationToken ct)
    {
        var ids = plan.Mentees.Select(m => m.StaffMemberId).Append(plan.MentorStaffMemberId).ToList();
        var names = await db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var own = plan.MentorStaffMemberId == caller.StaffId;
        var abilities = new MentorYearPlanAbilities(
            CanEdit: own && plan.IsEditable,
            CanSubmit: own && plan.IsEditable,
            CanReview: caller.Review && !own && plan.Status == DevelopmentPlanStatus.Submitted,
            CanRecordProgress: own && plan.IsUnderWay);
        return new MentorYearPlanDto(plan.Id, plan.MentorStaffMemberId, names.GetValueOrDefault(plan.MentorStaffMemberId, ""), plan
            .AcademicYear,
            AcademicYears.Label(plan.AcademicYear), plan.PeriodStart, plan.PeriodEnd, plan.Status, plan.Goal,
            plan.Mentees.Select(m => new MentorYearPlanMenteeDto(m.StaffMemberId, names.GetValueOrDefault(m.StaffMemberId, "")))
                .OrderBy(m => m.FullName)
                .ToList(),
            plan.Activities.Select(ToDto).ToList(), plan.Revision, plan.SubmittedAt, plan.AgreedAt, plan.AgreedByUserId, plan
                .ReturnComment, abilities,
            plan.CreationTime, plan.LastModificationTime, plan.ConcurrencyStamp);
    }

    internal static MentorPlanActivityDto ToDto(MentorPlanActivity a) =>
        new(a.Id, a.Month, a.Topic, a.Form, a.PlannedDate, a.ExpectedResult, a.Progress, a.ProgressNote);
}
