using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The post-course plan: the teacher drafts it after a completed course (1–2 directions, events), submits it (at least the
/// programme's minimum of events), the director approves or returns it (the shared agreement workflow; nobody approves their
/// own), and the teacher records each held event with its evidence and curator, then the results.
/// </summary>
public sealed class PostCoursePlanAppService(
    IKemelSchoolPDDbContext db,
    CourseReadAccess access,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task<PagedResultDto<PostCoursePlanListItemDto>> GetListAsync(
        GetPostCoursePlanListInput input,
        CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var query =
            from p in (await access.PlansAsync(ct)).AsNoTracking()
            join s in db.StaffMembers on p.StaffMemberId equals s.Id
            join r in db.CourseRecords on p.CourseRecordId equals r.Id
            join c in db.CourseProgrammes on r.ProgrammeId equals c.Id
            select new { Plan = p, StaffName = s.FullName, c.Title, Search = s.SearchText + "\n" + c.SearchText };
        query = query
            .WhereIf(input.Mine == true || !caller.ViewAll, x => x.Plan.StaffMemberId == me)
            .WhereIf(input.StaffMemberId.HasValue, x => x.Plan.StaffMemberId == input.StaffMemberId)
            .WhereIf(input.Status.HasValue, x => x.Plan.Status == input.Status)
            .WhereSearchMatches(x => x.Search, input.Filter);
        var total = await query.LongCountAsync(ct);
        // The plans waiting for the director come first, then the newest.
        var page = await query.OrderBy(x => x.Plan.Status != DevelopmentPlanStatus.Submitted).ThenByDescending(x => x.Plan.CreationTime)
            .ThenBy(x => x.Plan.Id)
            .PageBy(input)
            .ToListAsync(ct);
        return new PagedResultDto<PostCoursePlanListItemDto>(total, page
            .Select(x => new PostCoursePlanListItemDto(x.Plan.Id, x.Plan.CourseRecordId,
                x.Plan.StaffMemberId, x.StaffName, x.Title, x.Plan.Status, x.Plan.Events.Count, x.Plan.Events
                    .Count(e => e.HeldOn != null), x
                .Plan
                .SubmittedAt))
            .ToList());
    }

    public async Task<PostCoursePlanDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var plan = await (await access.PlansAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return await ToDtoAsync(plan, ct);
    }

    /// <summary>The teacher opens the plan for her own completed course (one plan per course: 409).</summary>
    public async Task<PostCoursePlanDto> CreateAsync(CreatePostCoursePlanDto input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var course = await (await access.RecordsAsync(ct)).GetAsync(input.CourseRecordId, ct);
        if (course.StaffMemberId != caller.StaffId) throw new ForbiddenException();
        var settings = await SettingsAsync(course, ct);
        if (await db.PostCoursePlans.AnyAsync(p => p.CourseRecordId == course
            .Id, ct)) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.PlanExists);
        var plan = new PostCoursePlan(Guid.CreateVersion7(), course, settings, input.Directions, Events(input.Events), input.DiscussedOn);
        db.PostCoursePlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> UpdateAsync(Guid id, UpdatePostCoursePlanDto input, CancellationToken ct = default)
    {
        var (plan, course) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.Edit(await SettingsAsync(course, ct), course, input.Directions, Events(input.Events), input.DiscussedOn);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> SubmitAsync(Guid id, PostCoursePlanActionDto input, CancellationToken ct = default)
    {
        var (plan, course) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.Submit(await SettingsAsync(course, ct), Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> AgreeAsync(Guid id, PostCoursePlanActionDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Agree(caller.StaffId, currentUser.Id, Now);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> ReturnAsync(Guid id, ReturnPostCoursePlanDto input, CancellationToken ct = default)
    {
        var (plan, caller) = await LoadForReviewAsync(id, input.ConcurrencyStamp, ct);
        plan.Return(caller.StaffId, input.Comment);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> RecordEventAsync(Guid id, RecordPostCourseEventDto input, CancellationToken ct = default)
    {
        var (plan, course) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.RecordEvent(
            input.EventId,
            input.HeldOn,
            input.EvidenceLink,
            input.CuratorName,
            input.Note,
            course.EndDate ?? DateOnly.MinValue);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    public async Task<PostCoursePlanDto> RecordOutcomeAsync(Guid id, RecordPostCourseOutcomeDto input, CancellationToken ct = default)
    {
        var (plan, _) = await LoadOwnAsync(id, input.ConcurrencyStamp, ct);
        plan.RecordOutcome(input.Outcome, input.Recommendation);
        await db.SaveChangesAsync(ct);
        return await ToDtoAsync(plan, ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<PostCourseSettings> SettingsAsync(CourseRecord course, CancellationToken ct) =>
        (await db.CourseProgrammes.AsNoTracking().GetAsync(course.ProgrammeId, ct)).PostCourse;

    private static IEnumerable<PostCourseEvent> Events(IEnumerable<PostCourseEventInput> input) => input.Select(e => new PostCourseEvent
    {
        Id = e.Id ?? Guid.Empty, Kind = e.Kind, Title = e.Title, PlannedDate = e.PlannedDate, Level = e.Level,
    });

    /// <summary>Only the teacher changes her plan: another's visible plan is 403, an invisible one 404.</summary>
    private async Task<(PostCoursePlan, CourseRecord)> LoadOwnAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var plan = await (await access.PlansAsync(ct)).GetAsync(id, ct);
        if (plan.StaffMemberId != caller.StaffId) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, stamp);
        var course = await db.CourseRecords.GetAsync(plan.CourseRecordId, ct);
        return (plan, course);
    }

    private async Task<(PostCoursePlan, CourseReadAccess.Caller)> LoadForReviewAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var plan = await (await access.PlansAsync(ct)).GetAsync(id, ct);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.ApprovePlans)) throw new ForbiddenException();
        db.ExpectConcurrencyStamp(plan, stamp);
        return (plan, caller);
    }

    internal async Task<PostCoursePlanDto> ToDtoAsync(PostCoursePlan plan, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var course = await db.CourseRecords.AsNoTracking().GetAsync(plan.CourseRecordId, ct);
        var programme = await db.CourseProgrammes.AsNoTracking().GetAsync(course.ProgrammeId, ct);
        var name = await db.StaffMembers.AsNoTracking().Where(s => s.Id == plan.StaffMemberId).Select(s => s.FullName)
            .FirstOrDefaultAsync(ct) ?? "";
        var own = plan.StaffMemberId == caller.StaffId;
        var abilities = new PostCoursePlanAbilities(
            CanEdit: own && plan.IsEditable,
            CanSubmit: own && plan.IsEditable,
            CanReview: !own && caller.Has(KemelSchoolPDPermissions.Courses.ApprovePlans) && plan.Status == DevelopmentPlanStatus.Submitted,
            CanRecordEvents: own && plan.IsUnderWay);
        return new PostCoursePlanDto(
            plan.Id,
            plan.CourseRecordId,
            plan.StaffMemberId,
            name,
            programme.Title,
            course.EndDate,
            plan.Status,
            plan.Directions,
            plan.Events,
            plan.DiscussedOn,
            plan.SubmittedAt,
            plan.AgreedAt,
            plan.ReturnComment,
            plan.Outcome,
            plan.Recommendation,
            programme
                .PostCourse,
            abilities,
            plan.ConcurrencyStamp);
    }
}
