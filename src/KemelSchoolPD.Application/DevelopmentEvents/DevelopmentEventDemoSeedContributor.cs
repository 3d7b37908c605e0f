using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>
/// The demo school's development events (seed 004): a held open lesson and a held master class (with attendance and outcome),
/// a held creative-group session (assessment direction) and the monthly book club from next month on. Idempotent.
/// </summary>
public sealed class DevelopmentEventDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 141;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.DevelopmentEvents.AnyAsync(cancellationToken)) return;
        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        if (!new[] { "deputy", "teacher01", "teacher02", "teacher03", "teacher04", "mentor1" }.All(staff.ContainsKey)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        void Held(
            DevelopmentEventKind kind,
            CreativeGroupDirection? direction,
            string title,
            string organiser,
            int daysAgo,
            int minutes,
            string[] attended,
            string outcome)
        {
            var e = new DevelopmentEvent(Guid.CreateVersion7(), staff[organiser],
                    new DevelopmentEventDetails(
                        kind,
                        direction,
                        title,
                        null,
                        today.AddDays(-daysAgo),
                        null,
                        minutes,
                        "Әдістемелік кабинет"), null)
                .SetParticipants(attended.Select(a => staff[a]).ToList())
                .Record(attended.Select(a => staff[a]).Append(staff[organiser]).ToList(), outcome, today, now);
            db.DevelopmentEvents.Add(e);
        }

        Held(
            DevelopmentEventKind.OpenLesson,
            null,
            "Ашық сабақ: «Бағдаршам» кері байланыс тәсілі",
            "mentor1",
            30,
            45,
            ["teacher01", "teacher02", "teacher03"],
            "Сабақтан кейін ұжымдық талдау өтті: критерийлерді оқушылармен бірге құрастыру оқушылардың белсенділігін арттырды.");
        Held(
            DevelopmentEventKind.MasterClass,
            null,
            "Шеберлік сыныбы: оқу сауаттылығы стратегиялары",
            "teacher04",
            20,
            90,
            ["teacher01", "teacher03"],
            "«Инсерт» және «Кластер» стратегиялары көрсетілді; қатысушылар өз сабағына бір стратегия таңдады.");
        Held(
            DevelopmentEventKind.CreativeGroupSession,
            CreativeGroupDirection.Assessment,
            "Шығармашылық топ: формативті бағалау",
            "teacher04",
            10,
            60,
            ["teacher02", "teacher03"],
            "Бағалау критерийлерінің үлгілері жинақталды.");

        // The monthly book club, from the first day of next month for four months: one series.
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var series = Guid.CreateVersion7();
        foreach (var date in DevelopmentEvent.MonthlyDates(start, start.AddMonths(3)))
            db.DevelopmentEvents.Add(new DevelopmentEvent(Guid.CreateVersion7(), staff["deputy"],
                new DevelopmentEventDetails(
                    DevelopmentEventKind.BookClub,
                    null,
                    "Кітап клубы",
                    "Кәсіби кітапты оқу және талқылау.",
                    date,
                    null,
                    60,
                    "Кітапхана"), series));
        await db.SaveChangesAsync(cancellationToken);
    }
}
