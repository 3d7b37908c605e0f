using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The school's narrative report on post-course activity for a half year (seed 002 L264: by 1 June for January–May, by 1
/// October for June–September… here the half ends on the due date), in Kazakh or Russian, from the records: each teacher's
/// course, directions, events held with their evidence, and results. Read through the plans' read rule (Courses.Reports).
/// </summary>
public sealed class PostCourseReportDocumentService(
    IKemelSchoolPDDbContext db,
    CourseReadAccess access,
    IDocumentService documents,
    DocumentHeaderProvider headers,
    TimeProvider clock)
{
    public async Task<GeneratedDocument> RenderAsync(
        int? requestedYear,
        int? requestedHalf,
        string? culture,
        CancellationToken ct = default)
    {
        var next = PostCourseReportDates.Upcoming(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), 1).First();
        var year = requestedYear ?? next.Year;
        var half = requestedHalf ?? (requestedYear is null ? next.Half : 1);
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.Courses.UnsupportedCulture);
        if (half is not (1 or 2) || year is < 2000 or > 2100) throw new InputValidationException(
            nameof(half),
            KemelSchoolPDErrorCodes.Courses.InvalidHalf);
        var caller = await access.CallerAsync(ct);
        if (!caller.Has(KemelSchoolPDPermissions.Courses.Reports)) throw new ForbiddenException();
        var due = PostCourseReportDates.DueOn(year, half);
        var from = half == 1 ? PostCourseReportDates.DueOn(year - 1, 2) : PostCourseReportDates.DueOn(year, 1);
        var rows = await (
            from p in (await access.PlansAsync(ct)).AsNoTracking()
            join r in db.CourseRecords on p.CourseRecordId equals r.Id
            join c in db.CourseProgrammes on r.ProgrammeId equals c.Id
            join s in db.StaffMembers on p.StaffMemberId equals s.Id
            orderby s.FullName
            select new { Plan = p, s.FullName, c.Title, c.Hours, r.EndDate, c.PostCourse }).ToListAsync(ct);
        var header = await headers.GetAsync(language, ct);
        var number = 0;
        var teachers = rows.Select(x =>
        {
            var held = x.Plan.Events.Where(e => e.HeldOn is { } d && d >= from && d < due).ToList();
            return new
            {
                Number = ++number,
                Name = x.FullName,
                Course = x.Title,
                CourseEnd = DocumentTexts.Date(x.EndDate),
                Status = header.Enum(x.Plan.Status),
                Directions = string.Join("; ", x.Plan.Directions.Select(d => Direction(x.PostCourse, d, language))),
                Planned = x.Plan.Events.Count,
                Held = held.Count,
                Events = held.Select(e => new
                {
                    Kind = header.Enum(e.Kind), e.Title, Date = DocumentTexts.Date(e.HeldOn), Level = header.Enum(e.Level),
                    Evidence = e.EvidenceLink ?? "", Curator = e.CuratorName ?? "",
                }).ToList(),
                Outcome = x.Plan.Outcome ?? "",
                Recommendation = x.Plan.Recommendation ?? "",
            };
        }).ToList();
        var model = new
        {
            Header = header,
            Report = new
            {
                Year = year, Half = half, From = DocumentTexts.Date(from), To = DocumentTexts.Date(due.AddDays(-1)), DueOn = DocumentTexts
                    .Date(due),
                Plans = rows.Count, Agreed = rows.Count(r => r.Plan.AgreedAt != null), EventsHeld = teachers.Sum(t => t.Held),
            },
            Teachers = teachers,
        };
        return await documents.RenderDocxAsync(CourseConsts.ReportTemplate, header.Culture, model,
            $"{header.Text("Courses:Document." + CourseConsts.ReportTemplate)} {year}-{half}", ct);
    }

    private static string Direction(PostCourseSettings settings, string key, string language)
    {
        var d = settings.Directions.FirstOrDefault(x => x.Key == key);
        return d is null ? key : language == "ru" ? d.Title.Ru : d.Title.Kk;
    }
}
