using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Growth cycles of the demo school at different stages (a педагог with a mentor at Reflection, a first cycle at Action, an
/// expert at Design, a researcher whose first cycle is completed and second one open) and the deputy's management-practice
/// cycle at Analysis. Idempotent: a school that has cycles is left alone.
/// </summary>
public sealed class GrowthCycleDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 120;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.GrowthCycles.AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = AcademicYears.Current(clock);
        var today = DateOnly.FromDateTime(now);

        // teacher01 (педагог) with mentor1, at Reflection.
        var t1 = Open(
            staff["teacher01"],
            GrowthParticipantKind.Teacher,
            year,
            "Сабақта кері байланыс беру сапасы",
            ["02.1"],
            staff["mentor1"],
            Diagnostic(["Сабақта кері байланыс беру сапасы", "Нұсқаулықтардың анықтығы"], 2),
            now.AddDays(-21));
        Artefact(t1, GrowthCycleStage.Action, GrowthArtefactKind.LessonTaught, true, new GrowthArtefactContent
        {
            Date = today.AddDays(
                -20), ClassName = "7А", Subject = "Математика", LearningObjectives = "7.2.1.1 Бір айнымалысы бар сызықтық теңдеулерді шешу",
        });
        Artefact(t1, GrowthCycleStage.Analysis, GrowthArtefactKind.LessonSelfAnalysis, true, new GrowthArtefactContent
        {
            Date = today.AddDays(-19), Text = "Кері байланыс көбіне «жақсы» деген бағамен шектелді; критерийлерге сүйенбедім.",
        });
        Artefact(t1, GrowthCycleStage.Analysis, GrowthArtefactKind.LearnerResults, false, new GrowthArtefactContent
        {
            LearnerResults = [new LearnerResultRow {
                ClassName = "7А",
                Subject = "Математика",
                Indicator = "БЖБ орташа пайызы",
                Before = 58 }],
        });
        Artefact(t1, GrowthCycleStage.Reflection, GrowthArtefactKind.CoachingSelfAnalysis, true, new GrowthArtefactContent
        {
            Date = today.AddDays(-5), ClassName = "7А", Subject = "Математика",
            Coaching = new CoachingSelfAnalysis
            {
                ContextAnswers = ["Теңдеулерді шешу алгоритмін меңгерту"],
                Wheel = BuiltInGrowthReference.WheelSectors.Select((s, i) => new WheelSector { Name = s.Kk, Score = 4 + i % 4 }).ToList(),
                Satisfaction = 6, ScalingAnswers = ["Оқушылар белсенді болды", "Критерийлер бойынша кері байланыс"],
                GrowthPoints = ["Келесі сабақта әр тапсырмаға бағалау критерийлерін жазамын."],
            },
        });
        Walk(t1, now, GrowthCycleStage.Analysis, GrowthCycleStage.Reflection);

        // teacher03 (педагог), first cycle just opened.
        var t3 = Open(
            staff["teacher03"],
            GrowthParticipantKind.Teacher,
            year,
            "Физикадан зертханалық жұмыстарды ұйымдастыру",
            ["01.1"],
            staff["mentor1"],
            Diagnostic(["Физикадан зертханалық жұмыстарды ұйымдастыру"], 2),
            now.AddDays(-7));

        // teacher07 (сарапшы) at Design.
        var t7 = Open(staff["teacher07"], GrowthParticipantKind.Teacher, year, "Химиядан зерттеушілік дағдыларды дамыту", ["04.4"], null,
            Diagnostic(["Химиядан зерттеушілік дағдыларды дамыту"], 3), now.AddDays(-28));
        Artefact(t7, GrowthCycleStage.Action, GrowthArtefactKind.LessonTaught, false, new GrowthArtefactContent
        {
            Date = today.AddDays(-40),
            ClassName = "9Б",
            Subject = "Химия",
            LearningObjectives = "9.3.2.1 Реакция жылдамдығына әсер ететін факторларды зерттеу"
        });
        Artefact(
            t7,
            GrowthCycleStage.Analysis,
            GrowthArtefactKind.LessonSelfAnalysis,
            false,
            new GrowthArtefactContent { Date = today.AddDays(-39), Text = "Гипотеза құру кезеңі қысқа болды." });
        Artefact(t7, GrowthCycleStage.Analysis, GrowthArtefactKind.LearnerResults, false, new GrowthArtefactContent
        {
            LearnerResults = [new LearnerResultRow {
            ClassName = "9Б",
            Subject = "Химия",
            Indicator = "Зерттеу дағдыларының рубрикасы (%)",
            Before = 47 }]
        });
        Artefact(t7, GrowthCycleStage.Reflection, GrowthArtefactKind.CompetenceSelfAssessment, false, new GrowthArtefactContent
        { Competences = [new CompetenceLevelEntry { Code = "04.4", Level = 3 }, new CompetenceLevelEntry { Code = "01.1", Level = 4 }] });
        // Design: the research plan (Table 7) drafted up to its data-analysis methods; results and conclusions come after Approbation.
        Artefact(t7, GrowthCycleStage.Design, GrowthArtefactKind.ResearchPlan, false, new GrowthArtefactContent
        {
            Answers =
            [
                new TemplateAnswer { Number = 1, Answer = "9-сынып оқушылары зертханалық тәжірибеде болжам құруда және қорытынды жасауда қиналады, бұл зерттеушілік дағдылардың рубрикасы бойынша төмен нәтижеге (47%) әкеледі." },
                new TemplateAnswer { Number = 2, Answer = "Егер зертханалық жұмыстарда болжам құру кезеңіне жеке уақыт бөлініп, критерийлер бойынша кері байланыс берілсе, онда зерттеушілік дағдылардың деңгейі артады." },
                new TemplateAnswer { Number = 3, Answer
                    = "Зертханалық жұмыстарды талдау; зерттеу дағдыларының рубрикасы; оқушыларға сауалнама; сабақтарды өзіндік талдау." },
                new TemplateAnswer { Number = 4, Answer
                    = "Енгізуге дейінгі және кейінгі рубрика нәтижелерін салыстыру; орташа пайыздар; оқушылар жауаптарын сапалы талдау." },
            ],
        });
        Walk(t7, now, GrowthCycleStage.Analysis, GrowthCycleStage.Reflection, GrowthCycleStage.Design);

        // teacher09 (зерттеуші): last year's cycle completed, this year's second cycle at Action with a carried-over goal.
        var t9 = Open(staff["teacher09"], GrowthParticipantKind.Teacher, year - 1, "Биологияда Lesson Study", ["04.3"], null,
            Diagnostic(["Биологияда Lesson Study"], 3), now.AddYears(-1).AddDays(-35));
        var goals = new List<SmartGoal>
        {
            new() {
                Id = Guid.CreateVersion7(),
                Title = "Lesson Study тобын құру",
                Indicator = "3 зерттеу сабағы",
                Deadline = AcademicYears.LastDay(year - 1),
                Achieved = true },
            new() {
                Id = Guid.CreateVersion7(),
                Title = "Оқушылардың сұрақ қою дағдысын дамыту",
                Indicator = "Сұрақтар саны 30%-ға өседі",
                Deadline = AcademicYears.LastDay(year - 1) },
        };
        Artefact(t9, GrowthCycleStage.Design, GrowthArtefactKind.GoalSetting, false, new GrowthArtefactContent { Goals = goals });
        var repeat = Artefact(t9, GrowthCycleStage.Approbation, GrowthArtefactKind.RepeatDiagnostic, false, new GrowthArtefactContent
        {
            LearnerResults = [new LearnerResultRow {
                ClassName = "8В",
                Subject = "Биология",
                Indicator = "БЖБ орташа пайызы",
                Before = 61,
                After = 68 }],
            GrowthZones = ["Оқушылардың сұрақ қою дағдысын дамыту"],
        });
        Walk(
            t9,
            now.AddYears(-1),
            GrowthCycleStage.Analysis,
            GrowthCycleStage.Reflection,
            GrowthCycleStage.Design,
            GrowthCycleStage.Approbation);
        var next = new GrowthCycle(Guid.CreateVersion7(), t9.Cycle.ParticipantStaffMemberId, GrowthParticipantKind.Teacher, year, null,
            "Оқушылардың сұрақ қою дағдысын дамыту", ["04.3"], 2, null, GrowthActor.System, now.AddMonths(-2), t9.Cycle, goals.Where(
                g => !g.Achieved))
            .SetBaseline(repeat.Id);
        t9.Cycle.Complete([], next.Id, now.AddMonths(-2));
        db.GrowthCycles.Add(next);

        // The deputy's management-practice cycle at Analysis.
        var deputy = Open(staff[
            "deputy"], GrowthParticipantKind.Administrator, year, "Сабақты бақылаудан кейінгі кері байланыс мәдениеті", ["04.3"], null,
            new GrowthArtefactContent
            {
                Feedback = [new FeedbackEntry { Source = GrowthFeedbackSource.Colleagues, Summary = "Бақылаудан кейінгі әңгіме кешігеді." },
                            new FeedbackEntry {
                                Source = GrowthFeedbackSource.Parents,
                                Summary = "Ата-аналар сабақ сапасы туралы ақпарат сұрайды." }],
                GrowthZones = ["Сабақты бақылаудан кейінгі кері байланыс мәдениеті"],
            }, now.AddDays(-14));
        Artefact(deputy, GrowthCycleStage.Action, GrowthArtefactKind.LessonObserved, false, new GrowthArtefactContent
        { Date = today.AddDays(-10), ClassName = "6А", Subject = "Математика", Participants = "Данияр Болатұлы Сейітов" });
        Walk(deputy, now, GrowthCycleStage.Analysis);

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Seeded(GrowthCycle Cycle);

    /// <summary>A first cycle (seeded directly: the demo states its number and dates), opened at <paramref name="openedAt"/>.</summary>
    private Seeded Open(
        Guid participant,
        GrowthParticipantKind kind,
        int year,
        string zone,
        string[] competences,
        Guid? mentor,
        GrowthArtefactContent diagnostic,
        DateTime openedAt)
    {
        var cycle = new GrowthCycle(
            Guid.CreateVersion7(),
            participant,
            kind,
            year,
            null,
            zone,
            competences,
            1,
            mentor,
            GrowthActor.System,
            openedAt);
        db.GrowthCycles.Add(cycle);
        var entry = new GrowthCycleArtefact(
            Guid.CreateVersion7(),
            cycle.Id,
            GrowthCycleStage.Action,
            GrowthArtefactKind.EntryDiagnostic,
            diagnostic,
            true);
        db.GrowthCycleArtefacts.Add(entry);
        cycle.SetBaseline(entry.Id);
        return new Seeded(cycle);
    }

    private GrowthCycleArtefact Artefact(
        Seeded seeded,
        GrowthCycleStage stage,
        GrowthArtefactKind kind,
        bool shared,
        GrowthArtefactContent content)
    {
        var artefact = new GrowthCycleArtefact(Guid.CreateVersion7(), seeded.Cycle.Id, stage, kind, content, shared);
        db.GrowthCycleArtefacts.Add(artefact);
        return artefact;
    }

    /// <summary>Moves the cycle forward through <paramref name="stages"/>, a week apart, the last one a week before <paramref
    /// name="end"/>.</summary>
    private static void Walk(Seeded seeded, DateTime end, params GrowthCycleStage[] stages)
    {
        for (
            var i = 0;
            i < stages.Length;
            i++) seeded.Cycle.MoveTo(stages[i], [], null, GrowthActor.System, end.AddDays(-7 * (stages.Length - i)));
    }

    private static GrowthArtefactContent Diagnostic(List<string> zones, int level) => new()
    {
        Competences = [new CompetenceLevelEntry { Code = "01.1", Level = level }, new CompetenceLevelEntry {
            Code = "02.1",
            Level = level }],
        ObservationSummary = "Сабақты бақылау парағы бойынша: кері байланыс пен бағалау критерийлері әлсіз.",
        Feedback = [new FeedbackEntry { Source = GrowthFeedbackSource.Learners, Summary = "Тапсырманы қалай бағалайтынын түсінбейміз." }],
        GrowthZones = zones,
    };
}
