using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// An Action Research project in the demo school (seed 004 L2769's example): teacher01 with teacher02 ask how to raise the
/// activity of low-motivated pupils; the first cycle is finished (lessons, a questionnaire, pre/post results, analysis,
/// adjustment) and the second is collecting data. Idempotent: a school that has projects is left alone.
/// </summary>
public sealed class ActionResearchDemoSeedContributor(
    IKemelSchoolPDDbContext db,
    ICurrentTenant currentTenant,
    ActionResearchManager manager,
    TimeProvider clock,
    IConfiguration configuration)
    : IDataSeedContributor
{
    public int Order => 140;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || !configuration.GetValue("Seed:DemoData", true)) return;
        var school = await db.Schools.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Bin == DemoDataSeedContributor.DemoSchoolBin, cancellationToken);
        if (school is null) return;
        using var _ = currentTenant.Change(school.Id, school.Name);
        if (await db.ActionResearchProjects.AnyAsync(cancellationToken)) return;
        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        if (!new[] { "teacher01", "teacher02" }.All(staff.ContainsKey)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);

        var (project, first) = await manager.CreateAsync(staff["teacher01"], new ActionResearchContent(
                "Төмен уәждемелі оқушылардың сабақтағы белсенділігін арттыру", "Қазақ әдебиеті", "7 А, 7 Б",
                "7 А сыныбындағы оқушылардың бір бөлігі әдебиет сабағында белсенділік танытпайды, сұраққа жауап бермейді.",
                "Драмалық элементтер төмен уәждемелі оқушылардың әдебиет сабағындағы белсенділігін арттыра ма?",
                "Егер сабақта рөлдік ойындар мен сахналау қолданылса, онда төмен уәждемелі оқушылардың белсенділігі артады.",
                "Әр сабақта 10 минуттық сахналау және рөлдік оқу.",
                "Бақылау бойынша сабақта 24 оқушының 9-ы ғана белсенді."),
            today.AddDays(-60), [staff["teacher02"]], cancellationToken);
        first.SetLessons([
            new ActionResearchLesson(today.AddDays(-50), "7 А", "Абай өлеңдері", null),
            new ActionResearchLesson(today.AddDays(-45), "7 А", "М. Әуезов «Көксерек»", "Сахналау 12 минут алды."),
        ]);
        var questionnaire = new ActionResearchDataItem(Guid.CreateVersion7(), first);
        questionnaire.Update(first, ActionResearchDataKind.Questionnaire, "Оқушылар сауалнамасы", today.AddDays(-44),
            "24 оқушының 17-сі сахналау сабақты қызықты етті деп жауап берді.", []);
        var results = new ActionResearchDataItem(Guid.CreateVersion7(), first);
        results.Update(first, ActionResearchDataKind.PrePostResults, "Белсенді оқушылар саны", today.AddDays(-43), null,
            [new ActionResearchResultRow("7 А", "Сабақта белсенді оқушылар", 9, 15)]);
        first.Advance(ActionResearchStage.Collect, 0);
        first.Advance(ActionResearchStage.Analyse, 2);
        first.SetAnalysis("Белсенді оқушылар саны 9-дан 15-ке артты, бірақ ұялшақ оқушылар рөл алудан бас тартады.",
            "Келесі айналымда шағын топтарда сахналауды және рөлді таңдау мүмкіндігін енгіземіз.");
        first.Advance(ActionResearchStage.Adjust, 2);
        var second = manager.FinishCycle(project, first, solved: false, now.AddDays(-40))!;
        second.SetLessons([new ActionResearchLesson(today.AddDays(-30), "7 А", "Ы. Алтынсарин әңгімелері", "Шағын топтарда сахналау.")]);
        second.Advance(ActionResearchStage.Collect, 0);
        db.ActionResearchProjects.Add(project);
        db.ActionResearchCycles.AddRange(first, second);
        db.ActionResearchDataItems.AddRange(questionnaire, results);
        await db.SaveChangesAsync(cancellationToken);
    }
}
