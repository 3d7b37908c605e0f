using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// Demo route sheets in the demo school, one teacher per level, for the current academic year, with some first-quarter marks
/// so the module shows real content at once. Idempotent: a school that has any route sheet is left as it is.
/// </summary>
public sealed class RouteSheetDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    RouteSheetTemplateAppService templates,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    TimeProvider clock) : IDataSeedContributor
{
    public int Order => 210;

    /// <summary>Teacher, reviewer: one teacher of each level.</summary>
    private static readonly (string Teacher, string Reviewer)[] Sheets =
    [
        ("teacher01", "mentor1"), ("teacher04", "deputy"), ("teacher07", "deputy"), ("teacher09", "mentor2"), ("teacher11", "deputy"),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is null || !configuration.GetValue("Seed:DemoData", true)) return;
        if (!await db.Schools
            .AnyAsync(s => s.Id == currentTenant.Id && s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken)) return;
        if (await db.RouteSheets.IgnoreQueryFilters(["SoftDelete"]).AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers
                           join u in db.Users on s.UserId equals u.Id
                           select new { s.Id, s.Category, u.UserName }).ToListAsync(cancellationToken);
        var year = AcademicYears.Current(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (teacherName, reviewerName) in Sheets)
        {
            var teacher = staff.FirstOrDefault(s => s.UserName == teacherName);
            var reviewer = staff.FirstOrDefault(s => s.UserName == reviewerName);
            if (teacher is null) continue;
            var sheet = new RouteSheet(
                Guid.CreateVersion7(),
                teacher.Id,
                year,
                await templates.ActiveAsync(teacher.Category, cancellationToken),
                reviewer?.Id,
                RouteSheetPeriodKind.Quarters);
            sheet.Mark(RouteSheetMarkRole.Self, 1,
            [
                new(1, RouteSheetMark.Achieved, "Апта сайын сабақтан кейін қысқа рефлексия жазып жүрмін."),
                new(2, RouteSheetMark.Partial, "Курстың бірінші модулі аяқталды."),
                new(3, RouteSheetMark.Partial, null),
            ], null, teacherName, now);
            sheet.Mark(RouteSheetMarkRole.Reviewer, 1,
            [
                new(1, RouteSheetMark.Achieved, "Рефлексия жүйелі жүргізіледі."),
                new(2, RouteSheetMark.Partial, "Екінші модульді тоқсан соңына дейін аяқтау керек."),
            ], null, reviewerName, now);
            db.RouteSheets.Add(sheet);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
