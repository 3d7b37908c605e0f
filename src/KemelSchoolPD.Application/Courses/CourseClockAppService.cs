using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>The course clocks of one teacher (oneself, or anyone with ViewAll) and the school-wide view.</summary>
public sealed class CourseClockAppService(IKemelSchoolPDDbContext db, CourseReadAccess access, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<CourseClockDto> GetMineAsync(CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        var me = caller.StaffId ?? throw new BusinessException(KemelSchoolPDErrorCodes.Courses.NoStaffRecord);
        return (await ClocksAsync([me], ct))[0];
    }

    public async Task<CourseClockDto> GetForAsync(Guid staffMemberId, CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (staffMemberId != caller.StaffId
            && !caller.ViewAll) throw new Exceptions.EntityNotFoundException(typeof(StaffMember), staffMemberId);
        var clocks = await ClocksAsync([staffMemberId], ct);
        return clocks.Count == 0 ? throw new Exceptions.EntityNotFoundException(typeof(StaffMember), staffMemberId) : clocks[0];
    }

    /// <summary>Who is due this calendar year and next, hours by field, certificates expiring within a year, the report dates.</summary>
    public async Task<SchoolCourseOverviewDto> GetSchoolAsync(CancellationToken ct = default)
    {
        var caller = await access.CallerAsync(ct);
        if (!caller.ViewAll) throw new ForbiddenException();
        var ids = await db.StaffMembers.AsNoTracking().Where(s => !s.IsArchived).Select(s => s.Id).ToListAsync(ct);
        var clocks = await ClocksAsync(ids, ct);
        var year = Today.Year;
        var dueThis = clocks.Where(c => c.NextCourseDue is null || c.NextCourseDue.Value.Year <= year).OrderBy(c => c.NextCourseDue)
            .ThenBy(c => c.StaffName)
            .ToList();
        var dueNext = clocks.Where(c => c.NextCourseDue is { } d && d.Year == year + 1).OrderBy(c => c.NextCourseDue).ToList();
        var byField = clocks.SelectMany(c => c.Lines.Where(l => l.Counted).Select(l => (c.StaffMemberId, l.Field, l.Hours)))
            .GroupBy(x => x
                .Field).Select(g => new FieldHoursDto(g.Key, g.Sum(x => x.Hours), g.Select(x => x.StaffMemberId).Distinct().Count()))
            .OrderByDescending(f => f.Hours).ToList();
        var horizon = Today.AddYears(1);
        var expiring = await (
            from r in db.CourseRecords.AsNoTracking()
            where r.CertificateValidUntil != null && r.CertificateValidUntil <= horizon && r.CertificateValidUntil >= Today
            join s in db.StaffMembers on r.StaffMemberId equals s.Id
            join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
            where !s.IsArchived
            orderby r.CertificateValidUntil
            select new ExpiringCertificateDto(r.Id, s.Id, s.FullName, p.Title, r.CertificateValidUntil!.Value)).ToListAsync(ct);
        var reports = PostCourseReportDates.Upcoming(Today, 2).Select(d => new ReportDueDto(d.Year, d.Half, d.DueOn)).ToList();
        return new SchoolCourseOverviewDto(year, dueThis, dueNext, byField, expiring, reports);
    }

    internal async Task<List<CourseClockDto>> ClocksAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct)
    {
        var staff = await db.StaffMembers.AsNoTracking().Where(s => staffIds.Contains(s.Id))
            .Select(s => new { s.Id, s.FullName, s.Category, s.CategoryAssignedOn, s.Subjects, s.Position }).ToListAsync(ct);
        var courses = await (
            from r in db.CourseRecords.AsNoTracking()
            where staffIds.Contains(r.StaffMemberId) && r.Status == CourseRecordStatus.Completed && r.Passed != false && r.Hours > 0
            join p in db.CourseProgrammes on r.ProgrammeId equals p.Id
            select new
            {
                r.StaffMemberId, Course = new CourseClock.Course(p.Id, p.Title, p.Field, r.Hours!.Value, r
                .EndDate)
            }).ToListAsync(ct);
        var byStaff = courses.ToLookup(c => c.StaffMemberId, c => c.Course);
        var skipped = await db.SchoolReferenceSettings.AsNoTracking().Select(s => s.SkippedCategories).FirstOrDefaultAsync(ct) ?? [];
        return staff.OrderBy(s => s.FullName).Select(s =>
        {
            var result = CourseClock.Compute(s.Category, s.CategoryAssignedOn, [.. s.Subjects, s.Position], byStaff[s.Id], Today, skipped);
            return new CourseClockDto(s.Id, s.FullName, s.Category, result.NextCategory, result.LastCourseEnd, result.NextCourseDue, result
                .Overdue,
                result.HoursInPeriod, result.HoursRequired, result.HoursMissing, result.PeriodStart, result.FieldCourseInPeriod,
                result.Lines.Select(l => new CourseHoursLineDto(l.ProgrammeId, l.Title, l.Field, l.Hours, l.EndDate, l.Counted, l.InField))
                    .ToList());
        }).ToList();
    }
}

/// <summary>The school's narrative report on post-course activity: by 1 June (first half) and by 1 October (second half) (seed 002
/// L264).</summary>
public static class PostCourseReportDates
{
    public sealed record Due(int Year, int Half, DateOnly DueOn);

    public static DateOnly DueOn(int year, int half) => half == 1 ? new DateOnly(year, 6, 1) : new DateOnly(year, 10, 1);

    /// <summary>The next reports due on or after today.</summary>
    public static IEnumerable<Due> Upcoming(DateOnly today, int count)
    {
        var found = 0;
        for (var year = today.Year; found < count; year++)
            foreach (var half in new[] { 1, 2 })
            {
                var due = DueOn(year, half);
                if (due < today || found >= count) continue;
                found++;
                yield return new Due(year, half, due);
            }
    }
}
