using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// Plans of the demo school's teachers in every state (draft, submitted, returned, agreed, in progress, last year's completed
/// one with this year's draft), so the module can be tried at once. Idempotent: a school that has plans is left alone.
/// </summary>
public sealed class DevelopmentPlanDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 110;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.DevelopmentPlans.AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        var director = await db.Users.AsNoTracking().FirstAsync(u => u.UserName == "director", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = AcademicYears.Current(clock);

        var draft = Plan(
            staff["teacher01"],
            year,
            BuiltInPlanTemplates.Table18,
            staff["mentor1"],
            "Функционалдық сауаттылықты дамыту",
            goalCount: 1);
        var submitted = Plan(
            staff["teacher02"],
            year,
            BuiltInPlanTemplates.Table18,
            staff["mentor2"],
            "Оқу сауаттылығын арттыру стратегиялары",
            goalCount: 2)
            .Submit(mentorRequired: true, now);
        var returned = Plan(
            staff["teacher04"],
            year,
            BuiltInPlanTemplates.Table18,
            null,
            "Ағылшын тілі сабағында критериалды бағалау",
            goalCount: 1)
            .Submit(mentorRequired: false, now);
        var returnReview = new DevelopmentPlanReview(
            returned,
            PlanReviewDecision.Returned,
            "Индикатордың мақсатты мәнін нақтылаңыз.",
            director.Id,
            director.FullName,
            now);
        returned.Return();
        var agreed = Plan(
            staff["teacher05"],
            year,
            BuiltInPlanTemplates.Table17,
            null,
            "Бағдарламалауды жобалық оқыту арқылы үйрету",
            goalCount: 2)
            .Submit(mentorRequired: false, now).Agree(director.Id, now);
        var inProgress = Plan(
            staff["teacher07"],
            year,
            BuiltInPlanTemplates.Table18,
            null,
            "Химиядан зерттеушілік дағдыларды дамыту",
            goalCount: 2)
            .Submit(mentorRequired: false, now).Agree(director.Id, now);
        var agreedSnapshot = new DevelopmentPlanVersion(inProgress, 1, PlanVersionKind.Agreed, null, director.Id, director.FullName, now);
        var firstGoal = inProgress.Content.Goals[0];
        inProgress.RecordProgress(new PlanProgressUpdate(
            [new PlanProgressEntry(
                firstGoal.Id,
                PlanProgressStatus.InProgress,
                1,
                [new PlanEvidence {
                    Kind = PlanEvidenceKind.Link,
                    Title = "Ашық сабақ жоспары",
                    Url = "https://kemel.kz/demo/open-lesson" }])],
            null));
        var progressVersion = new DevelopmentPlanVersion(
            inProgress,
            2,
            PlanVersionKind.ChangedAfterAgreement,
            "Бірінші тоқсанның нәтижесі",
            null,
            "Айдана Талғатқызы Мұқанова",
            now);
        var lastYear = Plan(staff["teacher09"], year - 1, BuiltInPlanTemplates.Table18, null, "Биологияда Lesson Study", goalCount: 2)
            .Submit(mentorRequired: false, now.AddYears(-1)).Agree(director.Id, now.AddYears(-1));
        lastYear.RecordProgress(new PlanProgressUpdate(
            [new PlanProgressEntry(lastYear.Content.Goals[0].Id, PlanProgressStatus.Achieved, 2, null)],
            "Мақсаттың бірі орындалды."));
        lastYear.Complete(null, now.AddMonths(-3));
        var carriedOver = lastYear.CreateNextYearDraft(Guid.CreateVersion7(), BuiltInPlanTemplates.Table18);

        db.DevelopmentPlans.AddRange(draft, submitted, returned, agreed, inProgress, lastYear, carriedOver);
        db.DevelopmentPlanReviews.AddRange(returnReview,
            new DevelopmentPlanReview(agreed, PlanReviewDecision.Agreed, null, director.Id, director.FullName, now),
            new DevelopmentPlanReview(inProgress, PlanReviewDecision.Agreed, null, director.Id, director.FullName, now));
        db.DevelopmentPlanVersions.AddRange(agreedSnapshot, progressVersion,
            new DevelopmentPlanVersion(agreed, 1, PlanVersionKind.Agreed, null, director.Id, director.FullName, now),
            new DevelopmentPlanVersion(lastYear, 1, PlanVersionKind.Completed, null, director.Id, director.FullName, now.AddMonths(-3)));
        db.DevelopmentPlanComments.AddRange(
            new DevelopmentPlanComment(
                returned.Id,
                director.Id,
                director.FullName,
                PlanCommentRole.Reviewer,
                returnReview.Comment!,
                null,
                now),
            new DevelopmentPlanComment(
                draft.Id,
                null,
                "Гүлмира Жақсылыққызы Омарова",
                PlanCommentRole.Mentor,
                "Мақсатты мектептің басымдығымен байланыстырайық.",
                null,
                now));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A plan with the template's rows and SMART goals, each goal with one action planned for it.</summary>
    private static DevelopmentPlan Plan(Guid teacherId, int year, PlanTemplateInfo template, Guid? mentorId, string topic, int goalCount)
    {
        var sections = template.LayoutKind == PlanLayoutKind.Sections;
        var content = template.NewContent() with
        {
            Topic = topic,
            DiagnosticResults = "Өзін-өзі бағалау және сабаққа қатысу нәтижелері бойынша.",
            Strengths = "Сабақты жоспарлау, оқушылармен қарым-қатынас.",
            Gaps = "Қалыптастырушы бағалау, зерттеу дағдылары.",
            PriorityDirections = "Мектептің әдістемелік тақырыбы: функционалдық сауаттылық.",
            Resources = "Әдістемелік бірлестік, тәлімгер, онлайн курстар.",
            ProfessionalGoal = sections ? "Оқушылардың функционалдық сауаттылығын арттыратын тәсілдерді меңгеру." : null,
            MotivationalThought = sections ? "Үздіксіз оқитын мұғалім ғана оқушыны оқуға ынталандыра алады." : null,
        };
        var goals = new List<PlanGoal>();
        var items = content.Items.ToList();
        var actionSection = template.LayoutKind == PlanLayoutKind.Quadrants ? "Actions" : "Research";
        for (var i = 0; i < goalCount; i++)
        {
            var goal = new PlanGoal
            {
                Id = Guid.CreateVersion7(), Title = i == 0 ? "Lesson Study циклін өткізу" : "Тәжірибені жариялау",
                Indicator = i == 0 ? "Өткізілген Lesson Study циклдері" : "Жарияланған мақалалар", TargetValue = 2, Unit = "жылына",
                SchoolPriority = "Функционалдық сауаттылық", Deadline = AcademicYears.LastDay(year).AddMonths(-3 + i),
            };
            goals.Add(goal);
            var row = items.FindIndex(it => it.SectionKey == actionSection && it.GoalId is null);
            if (row >= 0)
                items[row] = items[row] with
                {
                    GoalId = goal
                    .Id,
                    ExpectedResult = "Сабақ сапасының артуы",
                    Product = "Сабақ жоспарлары, талдау хаттамасы"
                };
            else items.Add(
                new PlanItem { SectionKey = actionSection, Text = goal.Title, GoalId = goal.Id, Activity = PlanActivityKind.LessonStudy });
        }
        if (template.LayoutKind == PlanLayoutKind.Quadrants)
        {
            items.Add(new PlanItem
            {
                SectionKey = "SelfHelp",
                Text = "Жылына 4 кітап оқу",
                Activity = PlanActivityKind.SelfEducation,
                TargetValue = 4,
                Unit = "кітап"
            });
            items.Add(new PlanItem
            {
                SectionKey = "Indicators",
                Text = "Ғылыми-әдістемелік басылымдарда мақала жариялау",
                Activity = PlanActivityKind.Publication,
                TargetValue = 6,
                Unit = "мақала/жыл"
            });
        }
        return new DevelopmentPlan(
            Guid.CreateVersion7(),
            teacherId,
            year,
            template,
            content with { Goals = goals, Items = items },
            mentorId);
    }
}
