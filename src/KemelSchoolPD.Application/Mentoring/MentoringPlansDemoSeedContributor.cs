using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The demo school's mentoring plans: mentor1's agreed year plan for her mentees teacher01 and teacher03, with the first
/// activities done, and teacher01's weekly reflection cards of the last four weeks (confidence rising from 4 to 6, one question
/// to mentor1 answered and one waiting). Idempotent: a school that has a year plan, or cards, is left alone.
/// </summary>
public sealed class MentoringPlansDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 130;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        if (!staff.TryGetValue("mentor1", out var mentor) || !staff.TryGetValue("deputy", out var deputyStaff)
            || !staff.TryGetValue("teacher01", out var mentee)) return;
        if (!await db.MentorYearPlans.AnyAsync(cancellationToken)) await SeedYearPlanAsync(staff, mentor, deputyStaff, cancellationToken);
        if (!await db.ReflectionCards.AnyAsync(cancellationToken)) await SeedCardsAsync(mentee, mentor, cancellationToken);
    }

    private async Task SeedYearPlanAsync(Dictionary<string, Guid> staff, Guid mentor, Guid deputyStaff, CancellationToken cancellationToken)
    {
        var deputy = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == "deputy", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = AcademicYears.Current(clock);
        var first = AcademicYears.FirstDay(year);

        var plan = new MentorYearPlan(Guid.CreateVersion7(), mentor, year,
            "Жас маманның сабақты жоспарлау, сыныпты басқару және қалыптастырушы бағалау дағдыларын дамыту",
            [
                Activity(
                    first.AddDays(14),
                    "Оқу жылына арналған жоспарды бірге құру, күтілетін нәтижелерді келісу",
                    MentorActivityForm.JointPlanning,
                    "Келісілген жеке маршрут"),
                Activity(
                    first.AddDays(30),
                    "Жас маманның сабағына қатысу: сабақ мақсаттарын тұжырымдау",
                    MentorActivityForm.LessonVisit,
                    "Сабақты талдау, ұсынымдар"),
                Activity(
                    first.AddDays(45),
                    "Тәлімгердің сабағын бақылау: кері байланыс беру тәсілдері",
                    MentorActivityForm.MentorLessonObservation,
                    "Кері байланыстың 3 тәсілі"),
                Activity(
                    first.AddDays(75),
                    "Қалыптастырушы бағалау критерийлері бойынша кеңес",
                    MentorActivityForm.Consultation,
                    "Бағалау критерийлерінің үлгісі"),
                Activity(
                    first.AddDays(120),
                    "Бірлесіп сабақ өткізу: топтық жұмысты ұйымдастыру",
                    MentorActivityForm.CoTeaching,
                    "Топтық жұмыстың сценарийі"),
                Activity(
                    first.AddDays(200),
                    "Жас маманның ашық сабағына дайындық",
                    MentorActivityForm.JointPlanning,
                    "Ашық сабақтың жоспары"),
                Activity(
                    first.AddDays(250),
                    "Жылдың қорытындысы: рефлексивті карта бойынша әңгіме",
                    MentorActivityForm.Consultation,
                    "Келесі жылға арналған мақсаттар"),
            ],
            staff.Where(s => s.Key is "teacher01" or "teacher03").Select(s => s.Value));
        plan.Submit(now).Agree(deputyStaff, deputy.Id, now);
        var agreedVersion = new MentorYearPlanVersion(plan, 1, PlanVersionKind.Agreed, null, deputy.Id, deputy.FullName, now);
        var review = new MentorYearPlanReview(plan, PlanReviewDecision.Agreed, null, deputy.Id, deputy.FullName, now);
        var done = plan.Activities.Where(a => a.PlannedDate is { } d && d < DateOnly.FromDateTime(now)).Take(2)
            .Select(a => new MentorActivityProgressUpdate(a.Id, MentorActivityProgress.Done, null, null)).ToList();
        db.MentorYearPlans.Add(plan);
        db.MentorYearPlanReviews.Add(review);
        db.MentorYearPlanVersions.Add(agreedVersion);
        if (done.Count > 0)
        {
            plan.RecordProgress(done);
            db.MentorYearPlanVersions.Add(new MentorYearPlanVersion(
                plan,
                2,
                PlanVersionKind.ChangedAfterAgreement,
                "Қыркүйек–қазан",
                null,
                "Гүлмира Жақсылыққызы Омарова",
                now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedCardsAsync(Guid teacher, Guid mentor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var weeks = Enumerable.Range(1, 4).Select(i => now.AddDays(-7 * (5 - i))).ToList();
        string[] facts = ["Топтық жұмысты алғаш рет ұйымдастырдым; сабақ жоспарын уақытында бітірдім; ата-аналар жиналысын өткіздім",
            "Бағалау критерийлерін оқушылармен бірге құрастырдым; 7А сыныбында тәртіп жақсарды; әріптестің сабағына қатыстым",
            "Кері байланыстың «екі жұлдыз, бір тілек» тәсілін қолдандым; тоқсандық жиынтық бағалауды өткіздім; жоспарды тәлімгермен талқыладым",
            "Ашық сабаққа дайындықты бастадым; оқушылардың сауалнамасын жинадым; уақытты жоспарлау кестесін жасадым"];
        string?[] questions = ["Сабақтың соңында рефлексияға уақыт жетпейді — не істеуге болады?", null, "Ашық сабақта қандай оқу мақсатын таңдаған дұрыс?", null];
        var cards = new List<ReflectionCard>();
        for (var i = 0; i < weeks.Count; i++)
        {
            var card = ReflectionCard.Weekly(
                Guid.CreateVersion7(),
                teacher,
                teacher,
                System.Globalization.ISOWeek.GetYear(weeks[i]),
                System.Globalization.ISOWeek.GetWeekOfYear(weeks[i]));
            var answers = new List<ReflectionCardAnswer>
            {
                new("W.P1", facts[i]),
                new("W.P2", i < 2 ? "Сыныпты басқару" : "Қалыптастырушы бағалау"),
                new("W.D1", "Саралап оқыту, уақытты басқару"),
                new("W.A1", "«Бағдаршам» тәсілі: сейсенбі, 6А; табыс — оқушылардың 80%-ы өз деңгейін белгілейді"),
                new("W.A3", "Күн сайын 23:00-де ұйықтау"),
                new("W.C1", "Тәлімгердің тағы бір сабағына қатысу"),
                new("W.C2", "Сабақ алдында үш терең тыныс және бүгінгі мақсатты дауыстап айту"),
            };
            if (questions[i] is { } question) answers.Add(new ReflectionCardAnswer("W.A2", question));
            card.Fill(
                teacher,
                answers,
                4 + (i + 1) / 2,
                questions[i] is null ? null : mentor,
                questions[i] is null ? null : CardQuestionAddressee.Mentor);
            if (i == 0) card.AnswerQuestion(
                mentor,
                "Рефлексияны сабақтың соңына емес, әр кезеңнің соңына бір минуттан бөліп көріңіз.",
                now);
            cards.Add(card);
        }
        db.ReflectionCards.AddRange(cards);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static MentorPlanActivity Activity(DateOnly date, string topic, MentorActivityForm form, string expected) =>
        new() { Month = date.Month, PlannedDate = date, Topic = topic, Form = form, ExpectedResult = expected };
}
