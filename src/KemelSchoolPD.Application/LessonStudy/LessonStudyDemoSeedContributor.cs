using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// A Lesson Study in the demo school: teacher10 (педагог-зерттеуші) facilitates a mathematics group with mentor1 and teacher01.
/// Round 1 was taught in 7 А, observed and discussed; round 2, the re-teach by teacher01 in 7 Ә, is planned for next week.
/// The case pupils are pseudonyms. Idempotent: a school that has groups is left alone.
/// </summary>
public sealed class LessonStudyDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 150;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.LessonStudyGroups.AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id, s.Category })
            .ToDictionaryAsync(x => x.UserName!, cancellationToken);
        if (!new[] { "teacher10", "mentor1", "teacher01" }.All(staff.ContainsKey)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var members = new[] { "teacher10", "mentor1", "teacher01" }.ToDictionary(n => staff[n].Id, n => staff[n].Category);
        var group = new LessonStudyGroup(Guid.CreateVersion7(), new LessonStudyGroupData(
                "Бөлшектерді салыстыруда модельдерді пайдалану",
                "Модельмен жұмыс 7-сынып оқушыларына бөлшектерді салыстыруды түсінуге қалай көмектеседі?",
                "Математика", 7, AcademicYears.Current(clock), LessonStudyGroupOrigin.Association, null, staff["teacher10"].Id,
                "Айгүл Серікқызы Нұрланова", "«Өрлеу» біліктілікті арттыру орталығы"),
            members);
        db.LessonStudyGroups.Add(group);

        var plan = new LessonPlan(
            ["Бөлімі әртүрлі бөлшектерді салыстырады", "Салыстыруды модельмен негіздейді"],
            [
                new LessonStage(Guid.CreateVersion7(), "Қызығушылықты ояту", 5, "Пиццаның бөліктері: қайсысы көп?"),
                new LessonStage(Guid.CreateVersion7(), "Модельмен жұмыс", 20, "Жолақ модельдерімен 2/3 пен 3/4-ті салыстыру, жұпта"),
                new LessonStage(Guid.CreateVersion7(), "Өз бетінше жұмыс", 15, "Үш жұп бөлшекті салыстыру"),
                new LessonStage(Guid.CreateVersion7(), "Рефлексия", 5, "«Бүгін мен түсіндім…»"),
            ]);
        var pupils = new List<CasePupil>
        {
            new(Guid.CreateVersion7(), "Оқушы А", CasePupilReason.HighAttainment, null),
            new(Guid.CreateVersion7(), "Оқушы Б", CasePupilReason.MiddleAttainment, null),
            new(Guid.CreateVersion7(), "Оқушы В", CasePupilReason.LowAttainment, "сөйлеуге ұялады"),
        };
        var predictions = new List<PredictionByPosition>
        {
            new(0, 1, "Модельсіз-ақ ортақ бөлімге келтіреді"), new(1, 1, "Модельді сызады, бірақ жолақтарды тең бөлмейді"),
            new(2, 1, "Жұбының жұмысын бақылап отырады"), new(2, 3, "Жазбаша рефлексия жазады, ауызша айтпайды"),
        };
        var first = new ResearchLesson(Guid.CreateVersion7(), group, null,
            new ResearchLessonData(
                staff["teacher10"].Id,
                "7 А",
                today.AddDays(-14),
                "Оқушылар модельді салыстыруда қалай қолданады",
                plan,
                pupils,
                predictions));
        db.ResearchLessons.Add(first);
        Note(
            group,
            first,
            staff["mentor1"].Id,
            pupils[1].Id,
            plan.Stages[1].Id,
            now.AddDays(-14),
            "Жолақтарды тең бөлмеді, бірақ жұбы түзетті");
        Note(
            group,
            first,
            staff["mentor1"].Id,
            pupils[2].Id,
            plan.Stages[1].Id,
            now.AddDays(-14),
            "Өзі модель сызды, жұбына түсіндірді — күтпеген жайт");
        Note(
            group,
            first,
            staff["teacher01"].Id,
            pupils[0].Id,
            plan.Stages[1].Id,
            now.AddDays(-14),
            "Модельді қажетсіз деп санап, бірден есептеді");
        first.SetInterviews([new PupilInterview(pupils[2].Id, "Жолақпен салыстыру оңай", "Бөлімі әртүрлі болса", "Жұбымның сұрағы")]);
        first.RecordDiscussion("Оқушы В модельмен жұмыста белсенді болды.", "Жұптық жұмыстың нұсқаулығы түсініксіз болды.",
            "Модель әлсіз оқушыларға салыстыруды түсінуге көмектеседі; күшті оқушыларға қосымша тапсырма керек.",
            "Модельмен жұмыс кезеңінде күшті оқушыларға «дәлелде» тапсырмасын беру; нұсқаулықты қадаммен көрсету.");
        first.MarkDiscussed(group, staff["teacher10"].Id, now.AddDays(-13));

        var revised = new LessonPlan(plan.Objectives,
            [plan.Stages[0], plan.Stages[
                1] with { Minutes = 18, Tasks = "Жолақ модельдері, қадамдық нұсқаулық; күштілерге «дәлелде» тапсырмасы" }, plan.Stages[
                    2], plan.Stages[3]]);
        db.ResearchLessons.Add(new ResearchLesson(Guid.CreateVersion7(), group, first,
            new ResearchLessonData(
                staff["teacher01"].Id,
                "7 Ә",
                today.AddDays(7),
                "Қадамдық нұсқаулық жұптық жұмысқа қалай әсер етеді",
                revised,
                pupils,
                predictions)));
        await db.SaveChangesAsync(cancellationToken);
    }

    private void Note(LessonStudyGroup group, ResearchLesson lesson, Guid observer, Guid pupil, Guid stage, DateTime at, string text) =>
        db.ResearchLessonNotes.Add(
            new ResearchLessonNote(Guid.CreateVersion7(), group, lesson, observer).Write(lesson, observer, pupil, stage, at, text, "note"));
}
