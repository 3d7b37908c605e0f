using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The host catalogue's three programmes from the seeds (reference data, added when missing by code), and the demo school's
/// ledger: teacher07's external chemistry course that ended almost three years ago (her clock runs out this year), teacher09's
/// course on the platform passed a year ago with its certificate and an approved post-course plan (one event held), and
/// teacher10's request waiting for the deputy. Idempotent.
/// </summary>
public sealed class CourseDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 140;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null) return;
        await SeedCatalogueAsync(cancellationToken);
        await SeedCalendarAsync(cancellationToken);
        if (!configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.CourseRecords.AnyAsync(cancellationToken)) return;
        await SeedLedgerAsync(cancellationToken);
    }

    private async Task SeedCatalogueAsync(CancellationToken ct)
    {
        // Entries stored before the search column existed get it written once.
        foreach (var p in await db.CourseProgrammes.IgnoreQueryFilters().Where(p => p.SearchText == "").ToListAsync(ct)) p
            .RefreshSearchText();
        var existing = await db.CourseProgrammes.Where(p => p.OwnerTenantId == null && p.Code != null).Select(p => p.Code!).ToListAsync(ct);
        foreach (var entry in CourseCatalogueSeed.All.Where(e => !existing.Contains(e.Code)))
        {
            var programme = new CourseProgramme(Guid.CreateVersion7(), null, entry.Code, entry.Data);
            db.CourseProgrammes.Add(programme);
            foreach (var s in entry.Schemes)
                db.CourseAssessmentSchemes
                    .Add(new CourseAssessmentScheme(Guid.CreateVersion7(), programme.Id, s.EffectiveFrom, s.Components, s.PassMark,
                        s.Rubrics, s.Bands, s.Note));
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The Kazakh calendar's years not yet stored (a year the operator has already kept is left as it is).</summary>
    private async Task SeedCalendarAsync(CancellationToken ct)
    {
        var stored = await db.PublicHolidays.Select(h => h.Date.Year).Distinct().ToListAsync(ct);
        foreach (var (year, days) in PublicHolidaySeed.Years.Where(y => !stored.Contains(y.Key)))
            db.PublicHolidays.AddRange(days.Select(d => new PublicHoliday(Guid.CreateVersion7(), d.Date, d.Kind, d.Kk, d.Ru, d.En)));
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedLedgerAsync(CancellationToken ct)
    {
        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, ct);
        if (!staff.TryGetValue("teacher07", out var t07) || !staff.TryGetValue("teacher09", out var t09)
            || !staff.TryGetValue("teacher10", out var t10)
            || !staff.TryGetValue("deputy", out var deputy)
            || !staff.TryGetValue("director", out var director)) return;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        var platform = await db.CourseProgrammes.FirstAsync(p => p.Code == CourseCatalogueSeed.Seed002, ct);
        var scheme = CourseAssessmentScheme.InEffect(
            await db.CourseAssessmentSchemes.Where(s => s.ProgrammeId == platform.Id).ToListAsync(ct),
            today)!;

        var chemistry = new CourseProgramme(Guid.CreateVersion7(), currentTenant.Id, null, new CourseProgrammeData
        {
            Provider = "«Өрлеу» БАҰО", Title = "Химияны оқытудың заманауи әдістері", Field = "Химия", Hours = 72, Format
                = CourseFormat.Blended,
            FormatSplit = "48+12+12", Languages = ["kk"],
        });
        db.CourseProgrammes.Add(chemistry);
        var start07 = today.AddYears(-3).AddMonths(2);
        var r07 = new CourseRecord(Guid.CreateVersion7(), t07, chemistry, start07, null);
        r07.Complete(
            chemistry,
            new CourseCompletion(72, start07, start07.AddDays(11), "Сертификат алынды", "ӨРЛ-2023-0412", start07.AddDays(11)),
            recordedAfterwards: true);
        db.CourseRecords.Add(r07);

        var start09 = today.AddYears(-1).AddDays(-20);
        var r09 = new CourseRecord(Guid.CreateVersion7(), t09, platform, start09, "Қосымша білім беру бағыты");
        r09.Approve(deputy, now);
        r09.Assess(platform, scheme, new Dictionary<string, int> { ["test"] = 34, ["attendance"] = 10, ["activity"] = 9, ["project"] = 35 },
            start09.AddDays(12), start09, start09.AddDays(12));
        db.CourseRecords.Add(r09);
        var end09 = start09.AddDays(12);
        var plan = new PostCoursePlan(Guid.CreateVersion7(), r09, platform.PostCourse, ["community"],
        [
            new PostCourseEvent {
                Kind = PostCourseEventKind.OpenLesson,
                Title = "«Зерттеу сабағы: биологиядағы жобалық жұмыс» ашық сабағы",
                PlannedDate = end09.AddDays(40) },
            new PostCourseEvent {
                Kind = PostCourseEventKind.MasterClass,
                Title = "Әріптестерге арналған шеберлік сыныбы: қалыптастырушы бағалау",
                PlannedDate = end09.AddDays(120) },
            new PostCourseEvent {
                Kind = PostCourseEventKind.Publication,
                Title = "Әдістемелік мақала: жобалық оқыту тәжірибесі",
                PlannedDate = today.AddDays(20) },
        ], end09.AddDays(10));
        plan.Submit(platform.PostCourse, now);
        plan.Agree(director, null, now);
        plan.RecordEvent(
            plan.Events[0].Id,
            end09.AddDays(41),
            "https://www.instagram.com/p/demo-open-lesson",
            "Курс кураторы А. Серікова",
            null,
            end09);
        db.PostCoursePlans.Add(plan);

        db.CourseRecords.Add(new CourseRecord(Guid.CreateVersion7(), t10, chemistry, today.AddMonths(2), "Пәндік біліктілікті арттыру"));
        await db.SaveChangesAsync(ct);
    }
}
