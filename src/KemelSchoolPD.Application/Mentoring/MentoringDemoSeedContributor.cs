using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// Mentoring in the demo school, matching the mentors the cycles and plans already name: mentor1 mentors teacher01 and
/// teacher03, mentor2 mentors teacher02. teacher01's pair has two held meetings (agenda, shared notes, next steps, feedback,
/// one private note of the mentor) and a planned one; teacher02's pair one held meeting. The young specialist young1 is left
/// without a mentor (the director's to-do; the browser test pairs them). Idempotent: a school that has pairs is left alone.
/// </summary>
public sealed class MentoringDemoSeedContributor(
    IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, MentoringManager manager, TimeProvider clock, IConfiguration configuration)
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
        if (await db.MentoringPairs.AnyAsync(cancellationToken)) return;

        var staff = await (from s in db.StaffMembers join u in db.Users on s.UserId equals u.Id select new { u.UserName, s.Id })
            .ToDictionaryAsync(x => x.UserName!, x => x.Id, cancellationToken);
        if (!new[] { "mentor1", "mentor2", "teacher01", "teacher02", "teacher03" }.All(staff.ContainsKey)) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var yearStart = AcademicYears.FirstDay(AcademicYears.Current(clock));
        var startsOn = yearStart <= today.AddDays(-42) ? yearStart : today.AddDays(-42);
        var endsOn = AcademicYears.LastDay(AcademicYears.Current(clock));

        var p1 = await PairAsync(staff["mentor1"], staff["teacher01"], startsOn, endsOn, cancellationToken);
        // teacher01 lets his meetings' topics and ratings enter mentor1's own evidence (teacher03 has not: totals only).
        p1.SetEvidenceConsent(staff["teacher01"], true, now.AddDays(-20));
        await PairAsync(staff["mentor1"], staff["teacher03"], startsOn, endsOn, cancellationToken);
        var p2 = await PairAsync(staff["mentor2"], staff["teacher02"], startsOn, endsOn, cancellationToken);

        var first = Held(p1, now.AddDays(-21), 45, "Сабақ жоспарын бірге талдау",
            ["Өткен аптадағы сабақтар", "Кері байланыс тәсілдері", "Келесі аптаның жоспары"],
            "Кері байланыстың «бағдаршам» тәсілін 7 А сыныбында қолдануға келістік. Бағалау критерийлерін оқушылармен бірге құрастыру керек.",
            usefulness: 5, comment: "Нақты кеңестер өте пайдалы болды.");
        Step(first, "7 А сыныбында «бағдаршам» тәсілін қолдану", MentoringStepOwner.Mentee, today.AddDays(-14), done: true, now);
        Step(first, "Математика сабағына қатысып, кері байланыс беру", MentoringStepOwner.Mentor, today.AddDays(-12), done: true, now);
        var second = Held(p1, now.AddDays(-7), 40, "Сабаққа қатысу қорытындысы",
            ["Сабаққа қатысу нәтижесі", "Бағалау критерийлері", "Келесі қадамдар"],
            "Сабақта оқушылардың белсенділігі артты. Келесі қадам — критерийлерді тапсырма алдында көрсету және рефлексияға 5 минут қалдыру.",
            usefulness: 4, comment: "Рефлексия туралы көбірек айтқым келеді.");
        Step(second, "Бағалау критерийлерін тапсырма алдында тақтаға жазу", MentoringStepOwner.Mentee, today.AddDays(5), done: false, now);
        Step(second, "Рефлексия әдістерінің тізімін дайындау", MentoringStepOwner.Mentor, today.AddDays(3), done: false, now);
        var privateNote = new MentoringPrivateNote(Guid.CreateVersion7(), second, staff["mentor1"])
            .Write(
                "Данияр уақытты жоспарлауда әлі қиналады; келесі жолы асықпай, бір ғана мақсатқа назар аударуды ұсынамын.",
                staff["mentor1"],
                now.AddDays(-7));
        db.MentoringPrivateNotes.Add(privateNote);
        var next = new MentoringMeeting(
            Guid.CreateVersion7(),
            p1,
            new MentoringMeetingSchedule(now.Date.AddDays(3).AddHours(9), 45, "Рефлексия әдістері", "204-кабинет", null))
            .SetAgenda([new MentoringAgendaItem(Guid
                .Empty, "Алдыңғы қадамдардың орындалуы", false), new MentoringAgendaItem(Guid.Empty, "Рефлексия әдістері", false)]);
        db.MentoringMeetings.Add(next);

        Held(p2, now.AddDays(-10), 30, "Оқу сауаттылығы стратегиялары",
            ["Мәтінмен жұмыс стратегиялары", "Даму жоспарының мақсаттары"],
            "«Инсерт» стратегиясын 6 Б сыныбында сынап көру. Даму жоспарындағы мақсаттарды SMART бойынша нақтылау.",
            usefulness: 5, comment: null);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<MentoringPair> PairAsync(Guid mentor, Guid mentee, DateOnly startsOn, DateOnly endsOn, CancellationToken ct)
    {
        var pair = await manager.CreatePairAsync(
            new MentoringPairRequest(MentoringPairKind.Mentor, mentor, mentee, startsOn, endsOn),
            MentoringRules.Default,
            null,
            ct);
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync(ct); // the next pair's capacity check counts this one
        return pair;
    }

    private MentoringMeeting Held(
        MentoringPair pair,
        DateTime at,
        int minutes,
        string topic,
        string[] agenda,
        string sharedNote,
        int usefulness,
        string? comment)
    {
        var meeting = new MentoringMeeting(
            Guid.CreateVersion7(),
            pair,
            new MentoringMeetingSchedule(at, minutes, topic, "Мұғалімдер бөлмесі", null))
            .SetAgenda(agenda.Select(a => new MentoringAgendaItem(Guid.Empty, a, true)).ToList())
            .MarkHeld(at.AddMinutes(minutes), null)
            .GiveFeedback(pair.MenteeStaffMemberId, usefulness, comment, at.AddMinutes(minutes + 5));
        db.MentoringMeetings.Add(meeting);
        db.MentoringSharedNotes.Add(new MentoringSharedNote(Guid.CreateVersion7(), meeting).Write(sharedNote, pair.MentorStaffMemberId));
        return meeting;
    }

    private void Step(MentoringMeeting meeting, string text, MentoringStepOwner owner, DateOnly due, bool done, DateTime now) =>
        db.MentoringNextSteps.Add(new MentoringNextStep(Guid.CreateVersion7(), meeting, text, owner, due).SetDone(done, now));
}
