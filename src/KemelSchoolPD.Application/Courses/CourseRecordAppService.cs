using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The course ledger: a teacher requests a course, a deputy approves it (never their own), the teacher attends and completes
/// it with hours, dates, result and certificate; a past course may be recorded in one step. A course the platform runs is
/// assessed per component of the scheme in effect on the assessment date and gets a certificate with a public token or an
/// attendance statement. A record the caller may not read is answered like one that does not exist.
/// </summary>
public sealed class CourseRecordAppService(IKemelSchoolPDDbContext db, CourseReadAccess access, TimeProvider clock)
{
    public async Task<PagedResultDto<CourseRecordDto>> GetListAsync(GetCourseRecordListInput input, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? Guid.Empty;
        var query =
            from r in (await access.RecordsAsync(ct)).AsNoTracking()
            join s in db.StaffMembers on r.StaffMemberId equals s.Id
            join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
            select new { Record = r, Staff = s, Search = s.SearchText + "\n" + p.SearchText };
        var yearStart = input.Year is { } y ? new DateOnly(y, 1, 1) : DateOnly.MinValue;
        var yearEnd = input.Year is { } y2 ? new DateOnly(y2, 12, 31) : DateOnly.MaxValue;
        query = query
            .WhereIf(input.Mine == true || !caller.ViewAll, x => x.Record.StaffMemberId == me)
            .WhereIf(input.StaffMemberId.HasValue, x => x.Record.StaffMemberId == input.StaffMemberId)
            .WhereIf(input.Status.HasValue, x => x.Record.Status == input.Status)
            .WhereIf(
                input.Year.HasValue,
                x => (x.Record.EndDate ?? x.Record.PlannedStart) >= yearStart && (x.Record.EndDate ?? x.Record.PlannedStart) <= yearEnd)
            .WhereSearchMatches(x => x.Search, input.Filter);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(x => x.Record.EndDate ?? x.Record.PlannedStart).ThenBy(x => x.Staff.FullName).PageBy(input)
            .Select(x => x.Record).ToListAsync(ct);
        return new PagedResultDto<CourseRecordDto>(total, await ToDtosAsync(page, caller, ct));
    }

    public async Task<CourseRecordDto> GetAsync(Guid id, CancellationToken ct = default)
    {
        var record = await (await access.RecordsAsync(ct)).AsNoTracking().GetAsync(id, ct);
        return (await ToDtosAsync([record], await access.CallerAsync(ct), ct))[0];
    }

    public async Task<CourseRecordDto> RequestAsync(RequestCourseDto input, CancellationToken ct = default)
    {
        var staffId = await TeacherAsync(input.StaffMemberId, ct);
        var programme = await access.Programmes().GetAsync(input.ProgrammeId, ct);
        var record = new CourseRecord(Guid.CreateVersion7(), staffId, programme, input.PlannedStart, input.Comment);
        db.CourseRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return await GetAsync(record.Id, ct);
    }

    /// <summary>A past course recorded in one step (an external course with its certificate).</summary>
    public async Task<CourseRecordDto> RecordCompletedAsync(RecordCompletedCourseDto input, CancellationToken ct = default)
    {
        var staffId = await TeacherAsync(input.StaffMemberId, ct);
        var programme = await access.Programmes().GetAsync(input.ProgrammeId, ct);
        var record = new CourseRecord(Guid.CreateVersion7(), staffId, programme, input.Completion.StartDate, null);
        record.Complete(programme, Completion(input.Completion), recordedAfterwards: true);
        db.CourseRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return await GetAsync(record.Id, ct);
    }

    public async Task<CourseRecordDto> ApproveAsync(Guid id, CourseRecordActionDto input, CancellationToken ct = default)
    {
        var (record, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.Approve)) throw new ForbiddenException();
        record.Approve(caller.StaffId, Now);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CourseRecordDto> DeclineAsync(Guid id, CourseRecordActionDto input, CancellationToken ct = default)
    {
        var (record, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.Approve)) throw new ForbiddenException();
        record.Decline(caller.StaffId, input.Comment ?? "");
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CourseRecordDto> AttendAsync(Guid id, AttendCourseDto input, CancellationToken ct = default)
    {
        var (record, _) = await LoadOwnOrManagedAsync(id, input.ConcurrencyStamp, ct);
        record.MarkAttended(input.StartDate, input.EndDate);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<CourseRecordDto> CompleteAsync(Guid id, CompleteCourseDto input, CancellationToken ct = default)
    {
        var (record, _) = await LoadOwnOrManagedAsync(id, input.ConcurrencyStamp, ct);
        var programme = await db.CourseProgrammes.GetAsync(record.ProgrammeId, ct);
        if (programme.RunsOnPlatform) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        record.Complete(programme, Completion(input.Completion));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>
    /// The platform's assessment (Courses.Manage, never of one's own course): the scheme version in effect on the assessment
    /// date decides; a version dated later does not apply yet.
    /// </summary>
    public async Task<AssessmentResultDto> AssessAsync(Guid id, AssessCourseDto input, CancellationToken ct = default)
    {
        var (record, caller) = await LoadAsync(id, input.ConcurrencyStamp, ct);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.Manage)) throw new ForbiddenException();
        if (record.StaffMemberId == caller.StaffId) throw new ForbiddenException(KemelSchoolPDErrorCodes.Courses.CannotApproveOwn);
        var programme = await db.CourseProgrammes.GetAsync(record.ProgrammeId, ct);
        var versions = await db.CourseAssessmentSchemes.Where(s => s.ProgrammeId == programme.Id).ToListAsync(ct);
        var scheme = CourseAssessmentScheme.InEffect(versions, input.AssessedOn)
            ?? throw new BusinessException(KemelSchoolPDErrorCodes.Courses.NoScheme);
        var scores = new Dictionary<string, int>();
        foreach (var s in input.Scores)
            if (!scores.TryAdd(s.Key, s.Score)) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.UnknownComponent).WithData(
                "Component",
                s.Key);
        var outcome = record.Assess(programme, scheme, scores, input.AssessedOn, input.StartDate, input.EndDate);
        await db.SaveChangesAsync(ct);
        return new AssessmentResultDto(
            await GetAsync(id, ct),
            outcome.Total,
            outcome.MaxTotal,
            outcome.Passed,
            outcome.Grade,
            outcome.ComponentGrades,
            scheme.EffectiveFrom);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static CourseCompletion Completion(CourseCompletionDto c) =>
        new(c.Hours, c.StartDate, c.EndDate, c.Result, c.CertificateNumber, c.CertificateDate);

    /// <summary>Whose record: the caller's own, or (Courses.Manage) another active staff member of the school.</summary>
    private async Task<Guid> TeacherAsync(Guid? staffMemberId, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        if (staffMemberId is null || staffMemberId == caller.StaffId)
            return caller.StaffId ?? throw new BusinessException(KemelSchoolPDErrorCodes.Courses.NoStaffRecord);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.Manage)) throw new ForbiddenException();
        if (!await db.StaffMembers.AnyAsync(s => s.Id == staffMemberId && !s.IsArchived, ct))
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.StaffNotFound);
        return staffMemberId.Value;
    }

    private async Task<(CourseRecord, CourseReadAccess.Caller)> LoadAsync(Guid id, string stamp, CancellationToken ct)
    {
        var caller = await access.CallerAsync(ct);
        var record = await (await access.RecordsAsync(ct)).GetAsync(id, ct);
        db.ExpectConcurrencyStamp(record, stamp);
        return (record, caller);
    }

    private async Task<(CourseRecord, CourseReadAccess.Caller)> LoadOwnOrManagedAsync(Guid id, string stamp, CancellationToken ct)
    {
        var (record, caller) = await LoadAsync(id, stamp, ct);
        if (!caller.ActsFor(record)) throw new ForbiddenException();
        return (record, caller);
    }

    internal async Task<List<CourseRecordDto>> ToDtosAsync(
        IReadOnlyList<CourseRecord> records,
        CourseReadAccess.Caller caller,
        CancellationToken ct)
    {
        var programmeIds = records.Select(r => r.ProgrammeId).Distinct().ToList();
        var staffIds = records.Select(r => r.StaffMemberId).Distinct().ToList();
        var recordIds = records.Select(r => r.Id).ToList();
        var programmes = await db.CourseProgrammes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var names = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.FullName, ct);
        var plans = await db.PostCoursePlans.AsNoTracking().Where(p => recordIds.Contains(p.CourseRecordId))
            .ToDictionaryAsync(p => p.CourseRecordId, p => p.Id, ct);
        return records.Select(r =>
        {
            var p = programmes[r.ProgrammeId];
            var own = r.StaffMemberId == caller.StaffId;
            var manage = caller.Has(KemelSchoolPDPermissions.Courses.Manage);
            var actsFor = caller.ActsFor(r);
            var abilities = new CourseRecordAbilities(
                CanApprove: !own && caller.Has(KemelSchoolPDPermissions.Courses.Approve) && r.Status == CourseRecordStatus.Requested,
                CanAttend: actsFor && r.AwaitsAttendance,
                CanComplete: actsFor && !p.RunsOnPlatform
                    && r.Status is CourseRecordStatus.Approved or CourseRecordStatus.Attended or CourseRecordStatus.Completed,
                CanAssess: !own && manage && p.RunsOnPlatform
                    && r.Status is not (CourseRecordStatus.Requested or CourseRecordStatus.Declined),
                CanAttach: actsFor,
                CanPlan: own && r.Status == CourseRecordStatus.Completed && r.Passed != false && !plans.ContainsKey(r.Id));
            return new CourseRecordDto(
                r.Id,
                r.StaffMemberId,
                names.GetValueOrDefault(r.StaffMemberId, ""),
                r.ProgrammeId,
                p.Title,
                p.Provider,
                p.Field,
                p.Hours,
                p.RunsOnPlatform,
                r.Status,
                r.PlannedStart,
                r.RequestComment,
                r.ApprovedAt,
                r.DeclineComment,
                r.StartDate,
                r
                    .EndDate,
                r.Hours,
                r.Result,
                r.CertificateNumber,
                r.CertificateDate,
                r.Scores,
                r.AssessedOn,
                r.SchemeId,
                r.TotalScore,
                r.Passed,
                r.Grade,
                r
                    .IssuedDocument,
                own || caller.ViewAll ? r.CertificateToken : null,
                r.CertificateValidUntil,
                plans.TryGetValue(r.Id, out var planId)
                    ? planId
                    : null,
                abilities,
                r.ConcurrencyStamp);
        }).ToList();
    }
}
