using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.LessonObservations;

/// <summary>Every school starts with the attestation lesson-observation sheet (seed 001, S1:L167–189), 12 criteria.</summary>
public sealed class ObservationFormSeedContributor(IKemelSchoolPDDbContext db) : IDataSeedContributor
{
    public int Order => 20;

    private static readonly (string Kk, string Ru)[] AttestationCriteria =
    [
        ("Сабақтың күтілетін нәтижелері сабақтың мақсаттарына және МЖМС талаптарына сәйкес келеді",
         "Ожидаемые результаты урока соответствуют целям урока и требованиям ГОСО"),
        ("Сабақтың күтілетін нәтижелері зерттеушілік (шығармашылық) дағдыларды және функционалдық сауаттылықты дамытуға бағытталған",
         "Ожидаемые результаты урока направлены на развитие исследовательских (творческих) навыков и функциональной грамотности"),
        ("Оқушыларды сабақтың күтілетін нәтижелерін талқылауға тарту", "Вовлечение обучающихся в обсуждение ожидаемых результатов урока"),
        ("Тапсырмаларды, ресурстарды білім алушылардың қажеттіліктері мен жеке академиялық қабілеттерін ескере отырып қолдану",
         "Задания и ресурсы подобраны с учётом потребностей и индивидуальных академических возможностей обучающихся"),
        ("Сабақтың (сабақтан тыс іс-әрекеттің) мақсаттарына барлық білім алушылардың жетуіне ықпал ететін оқыту әдістері мен тәсілдері",
         "Методы и приёмы обучения помогают всем обучающимся достичь целей урока (внеурочной деятельности)"),
        ("Цифрлық білім беру ресурстары", "Цифровые образовательные ресурсы"),
        ("Сабақтың әр кезеңінде білім алушылардың ілгерілеуін қадағалау", "Отслеживание продвижения обучающихся на каждом этапе урока"),
        ("Педагог пен білім алушылардың кері байланыс беруіне жағдай жасау", "Условия для обратной связи педагога и обучающихся"),
        ("Әрбір білім алушының (тәрбиеленушінің) танымдық үдерісіне қатысуын педагогтің бақылауы",
         "Контроль педагогом участия каждого обучающегося (воспитанника) в познавательном процессе"),
        ("Білім алушылардың оқу нәтижелері төмен болған жағдайда қолдау көрсету тәсілдерін қолдану",
         "Приёмы поддержки обучающихся с низкими результатами обучения"),
        ("Құндылықтарды дамытуға ықпал ететін ресурстарды пайдалану, диалогқа тарту", "Ресурсы, развивающие ценности; вовлечение в диалог"),
        ("Сабақта білім алушылардың (тәрбиеленушілердің) ізгі ниетті конструктивті өзара әрекеттесуін қамтамасыз ету",
         "Доброжелательное конструктивное взаимодействие обучающихся (воспитанников) на уроке"),
    ];

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is null
            || await db.ObservationForms.AnyAsync(f => f.BuiltInKey == ObservationForm.DefaultFormKey, cancellationToken)) return;
        db.ObservationForms.Add(new ObservationForm("Педагог сабағын бақылау парағы / Лист наблюдения урока", 0, 2,
            AttestationCriteria.Select((c, i) => new ObservationCriterion($"c{i + 1}", c.Kk, c.Ru)), ObservationForm.DefaultFormKey));
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Observations in the demo school: developmental and evaluation, draft and signed, some replied to and shared.</summary>
public sealed class LessonObservationDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 115;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.LessonObservations.AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers
                           join u in db.Users on s.UserId equals u.Id
                           select new
                           {
                               u.UserName, s.Id, UserId = u
            .Id
                           })
            .ToDictionaryAsync(x => x.UserName!, cancellationToken);
        var form = await db.ObservationForms.FirstAsync(f => f.BuiltInKey == ObservationForm.DefaultFormKey, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        LessonObservation Observe(
            string teacher,
            string observer,
            ObservationPurpose purpose,
            int daysAgo,
            string className,
            string subject,
            string focus,
            ObjectivesMatch match,
            bool scored)
        {
            var o = new LessonObservation(staff[teacher].Id, staff[observer].Id, purpose);
            o.Record(today.AddDays(-daysAgo), new LessonDetails(className, subject, null, null), focus,
                [new ObservationNote(5, "Сабақ мақсаты оқушылармен бірге талқыланды."), new ObservationNote(
                    25,
                    "Топтық жұмыс: барлық оқушы қатысты.")],
                "Кері байланыс нақты берілді.", "Саралап оқытуға арналған тапсырмалар аз.", match,
                scored ? form.Id : null, scored ? form.Criteria.Select((c, i) => new CriterionScore(c.Key, i % 3 == 0 ? 1 : 2)) : [], null);
            return o;
        }

        var developmental = Observe(
            "teacher01",
            "mentor1",
            ObservationPurpose.Developmental,
            12,
            "5 А",
            "Қазақ тілі",
            "Оқушылардың белсенділігі",
            ObjectivesMatch.Yes,
            false);
        developmental.Sign(staff["mentor1"].UserId, now.AddDays(-12));
        developmental.Reply("Рахмет, келесі сабақта саралап оқытуды қосамын.", staff["teacher01"].UserId, now.AddDays(-11));
        developmental.ShareWith([staff["deputy"].Id]);
        var evaluation = Observe(
            "teacher02",
            "deputy",
            ObservationPurpose.Evaluation,
            20,
            "7 Б",
            "Математика",
            "Аттестаттауға бақылау",
            ObjectivesMatch.Partly,
            true);
        evaluation.Sign(staff["deputy"].UserId, now.AddDays(-20));
        var draft = Observe(
            "teacher03",
            "director",
            ObservationPurpose.Evaluation,
            2,
            "9 В",
            "Физика",
            "Цифрлық ресурстар",
            ObjectivesMatch.Yes,
            true);
        var colleague = Observe(
            "teacher04",
            "teacher05",
            ObservationPurpose.Developmental,
            5,
            "6 А",
            "Ағылшын тілі",
            "Критериалды бағалау",
            ObjectivesMatch.No,
            false);
        db.LessonObservations.AddRange(developmental, evaluation, draft, colleague);
        await db.SaveChangesAsync(cancellationToken);
    }
}
