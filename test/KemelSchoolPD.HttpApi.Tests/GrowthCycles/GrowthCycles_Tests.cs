using System.Diagnostics;
using System.Net;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Support;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.GrowthCycles;

/// <summary>
/// Growth cycles through HTTP: a teacher's and an administrator's cycle from opening to the next cycle, transition rules
/// (409), score and form validation (400), who sees what (mentor: shared records only), the school's settings and reference
/// rows, the reflection forms as DOCX, and the list's fixed number of SQL statements. Every test uses its own academic
/// year (the class shares a database).
/// </summary>
public abstract class GrowthCycles_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/growth-cycles";

    [Fact]
    public async Task Should_Run_A_Teachers_Cycle_Through_Every_Stage_Into_The_Next_Cycle()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher10"); // зерттеуші
        var cycle = await OpenAsync(teacher, 2031, EntryDiagnostic("Оқушылардың функционалдық сауаттылығы"));
        cycle.Number.ShouldBe(1);
        cycle.Status.ShouldBe(GrowthCycleStatus.Active);
        cycle.CurrentStage.ShouldBe(GrowthCycleStage.Action);
        cycle.GrowthZone.ShouldBe("Оқушылардың функционалдық сауаттылығы");
        cycle.BaselineArtefactId.ShouldNotBeNull();
        cycle.Stages.Single(s => s.Stage == GrowthCycleStage.Action).Artefacts.ShouldHaveSingleItem().Kind
            .ShouldBe(GrowthArtefactKind.EntryDiagnostic);
        cycle.Stages.Single(s => s.IsCurrent).MissingKinds.ShouldBe([GrowthArtefactKind.LessonTaught]);
        cycle.History.ShouldHaveSingleItem().Move.ShouldBe(GrowthStageMove.Opened);

        // One active cycle per period; no stage skipped; no stage completed without its artefacts; artefacts belong to their stage.
        await (await teacher.PostJsonAsync(Url, new { academicYear = 2031, entryDiagnostic = EntryDiagnostic("Екінші") }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);
        await (await MoveRawAsync(teacher, cycle, GrowthCycleStage.Analysis)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing);
        await (await MoveRawAsync(teacher, cycle, GrowthCycleStage.Reflection)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage);
        await (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new { kind = "ReflectiveNote", content = new { text = "Ерте" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage);

        // 1. Action
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LessonTaught,
            new { date = "2031-10-01", className = "8А", subject = "Математика", learningObjectives = "8.1.2.3 Квадрат теңдеулер" });
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Analysis);
        // 2. Analysis
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LessonSelfAnalysis,
            new { date = "2031-10-02", text = "Нұсқаулықтар түсініксіз болды." });
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LearnerResults,
            new { learnerResults = new[] { new { className = "8А", subject = "Математика", indicator = "БЖБ %", before = 55 } } });
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.FeedbackCollected,
            new { feedback = new[] { new { source = "Learners", summary = "Уақыт жетпеді." } } });
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Reflection);
        // 3. Reflection: two coaching self-analyses (the second is compared with the first), a competence self-assessment, Table 4.
        var first = await AddAsync(teacher, cycle, GrowthArtefactKind.CoachingSelfAnalysis, Coaching(5));
        first.PreviousWheel.ShouldBeNull();
        var second = await AddAsync(teacher, cycle, GrowthArtefactKind.CoachingSelfAnalysis, Coaching(7));
        second.PreviousWheel.ShouldNotBeNull().Select(s => s.Score).ShouldBe(Enumerable.Repeat(5, 8));
        second.PreviousWheelArtefactId.ShouldBe(first.Id);
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.CompetenceSelfAssessment,
            new { competences = new[] { new { code = "04.4", level = 3 }, new { code = "02.1", level = 4 } } });
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.ReflectiveLessonAnalysis,
            new { answers = new[] { new { number = 1, answer = "Теңдеу шешу" }, new { number = 6, answer = "Уақытты бөлу" } } });
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.ExperienceSubstantiation,
            new { answers = new[] { new { number = 1, answer = "Жаңалық" } } });

        // Back to Analysis needs a reason and is kept in the history; forward again needs nothing new.
        (await MoveRawAsync(teacher, cycle, GrowthCycleStage.Analysis)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Analysis, "Нәтижелерді қайта қарау керек");
        cycle.CurrentStage.ShouldBe(GrowthCycleStage.Analysis);
        cycle.History.Last().ShouldSatisfyAllConditions(
            h => h.Move.ShouldBe(GrowthStageMove.Back),
            h => h.Reason.ShouldBe("Нәтижелерді қайта қарау керек"));
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Reflection);
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Design);
        // 4. Design: 4.1 SMART goals, 4.2 planning.
        var goals = await AddAsync(teacher, cycle, GrowthArtefactKind.GoalSetting, new
        {
            goals = new[]
            {
                new { title = "Критериалды бағалауды енгізу", indicator = "БЖБ 65%", deadline = "2032-03-01" },
                new { title = "Оқушылар сұрақтарын көбейту", indicator = "+30%", deadline = "2032-05-01" },
            },
        });
        await AddAsync(teacher, cycle, GrowthArtefactKind.DevelopmentPlanning, new { methods = new[] { "Lesson Study", "Курс" } });
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Approbation);
        // 5. Approbation
        var completeEarly = await teacher.PostJsonAsync($"{Url}/{cycle.Id}/complete", new { concurrencyStamp = cycle.ConcurrencyStamp });
        await completeEarly.ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing);
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.ChangeTrial,
            new { evidenceType = "LessonStudy", date = "2032-02-10", text = "Зерттеу сабағы" });
        var repeat = await AddAsync(teacher, cycle, GrowthArtefactKind.RepeatDiagnostic, new
        {
            learnerResults = new[] { new { className = "8А", subject = "Математика", indicator = "БЖБ %", before = 55, after = 66 } },
            growthZones = new[] { "Оқушылардың сұрақ қою мәдениеті" },
        });
        var achievedFirst = goals.Content.Goals.Select(
            (g, i) => new { id = g.Id, title = g.Title, indicator = g.Indicator, deadline = g.Deadline, achieved = i == 0 }).ToArray();
        (await teacher.PutJsonAsync(
            $"{Url}/{cycle.Id}/artefacts/{goals.Id}",
            new { content = new { goals = achievedFirst }, concurrencyStamp = goals.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        cycle = await teacher.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}");

        var done = await (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/complete", new { concurrencyStamp = cycle.ConcurrencyStamp }))
            .ReadAsync<GrowthCompletionDto>();
        done.Completed.Status.ShouldBe(GrowthCycleStatus.Completed);
        done.Completed.NextCycleId.ShouldBe(done.Next.Id);
        done.Completed.Stages.ShouldAllBe(s => s.IsCompleted);
        done.Next.ShouldSatisfyAllConditions(
            n => n.Number.ShouldBe(2), n => n.Status.ShouldBe(GrowthCycleStatus.Active), n => n.CurrentStage
                .ShouldBe(GrowthCycleStage.Action),
            n => n.PreviousCycleId.ShouldBe(cycle.Id), n => n.GrowthZone.ShouldBe("Оқушылардың сұрақ қою мәдениеті"),
            n => n.BaselineArtefactId.ShouldBe(repeat.Id), n => n.CarriedOverGoals.ShouldHaveSingleItem().Title
                .ShouldBe("Оқушылар сұрақтарын көбейту"));
        await (await MoveRawAsync(teacher, done.Completed, GrowthCycleStage.Action)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.GrowthCycles.NotActive);

        // The current stage's guidance at the teacher's category (Table 1, зерттеуші).
        var guidance = await teacher.GetAsync<GrowthCycleGuidanceDto>($"{Url}/{done.Next.Id}/guidance");
        guidance.Category.ShouldBe(QualificationCategory.Researcher);
        guidance.Items.ShouldContain(g => g.IsBuiltIn && g.TextKk == "Жаңа педагогикалық шешімдерді енгізеді.");
        guidance.RequiredKinds.ShouldBe([GrowthArtefactKind.LessonTaught]);

        // The list shows both cycles with their stage.
        var mine = await teacher.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?academicYear=2031");
        mine.Items.Select(i => (i.Number, i.Status)).ShouldBe([(2, GrowthCycleStatus.Active), (1, GrowthCycleStatus.Completed)]);

        // The reflection forms as Word documents, kk and ru.
        var kk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{second.Id}/document?culture=kk"));
        kk.AllText.ShouldContain("Сабақтың тепе-теңдік дөңгелегі");
        kk.Tables[0].Count.ShouldBe(9);
        kk.Tables[0][1][3].ShouldBe("7");
        kk.Tables[0][1][4].ShouldBe("5");
        var ru = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{second.Id}/document?culture=ru"));
        ru.AllText.ShouldContain("Колесо баланса урока");
        var table4 = cycle.Stages.SelectMany(s => s.Artefacts).Single(a => a.Kind == GrowthArtefactKind.ReflectiveLessonAnalysis);
        var t4 = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{table4.Id}/document?culture=ru"));
        t4.Tables[0].Count.ShouldBe(7);
        t4.Tables[0][1][1].ShouldBe("Какова цель урока?");
        t4.Tables[0][1][2].ShouldBe("Теңдеу шешу");
        var t5 = cycle.Stages.SelectMany(s => s.Artefacts).Single(a => a.Kind == GrowthArtefactKind.ExperienceSubstantiation);
        (await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{t5.Id}/document?culture=kk"))).Tables[0][1][1]
            .ShouldBe("Менің педагогикалық тәжірибемнің жаңалығы неде?");
        await (await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{repeat.Id}/document?culture=kk"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.GrowthCycles.NoDocumentForKind);
    }

    [Fact]
    public async Task Should_Run_An_Administrators_Management_Cycle()
    {
        var deputy = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var cycle = await OpenAsync(deputy, 2032, new
        {
            feedback = new[] {
                new { source = "Parents", summary = "Ақпарат аз" },
                new { source = "Colleagues", summary = "Кеңес кешігеді" } },
            growthZones = new[] { "Бақылаудан кейінгі кері байланыс" },
        }, participantKind: "Administrator");
        cycle.ParticipantKind.ShouldBe(GrowthParticipantKind.Administrator);
        cycle.Stages.Single(s => s.Stage == GrowthCycleStage.Design).AllowedKinds
            .ShouldBe([GrowthArtefactKind.PlanAgreement, GrowthArtefactKind.ResourceAllocation]);
        await (await deputy.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new { kind = "LessonTaught", content = new { text = "x" } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);

        await AddAsync(
            deputy,
            cycle,
            GrowthArtefactKind.LessonObserved,
            new { date = "2032-10-05", className = "5Б", subject = "Тарих", participants = "Бауыржан Қанатұлы Исаев" });
        cycle = await MoveAsync(deputy, cycle, GrowthCycleStage.Analysis);
        await AddAsync(
            deputy,
            cycle,
            GrowthArtefactKind.AnalyticalReport,
            new { reportPeriod = "Quarter1", text = "1-тоқсан бойынша талдамалық анықтама" });
        cycle = await MoveAsync(deputy, cycle, GrowthCycleStage.Reflection);
        await AddAsync(
            deputy,
            cycle,
            GrowthArtefactKind.ReflectiveCouncil,
            new { date = "2032-11-10", text = "Айыптаусыз диалог", participants = "ӘБ жетекшілері" });
        cycle = await MoveAsync(deputy, cycle, GrowthCycleStage.Design);
        await AddAsync(
            deputy,
            cycle,
            GrowthArtefactKind.PlanAgreement,
            new { goals = new[] { new { title = "ЖДЖ-ларды үйлестіру", indicator = "18 жоспар", deadline = "2032-12-20" } } });
        await AddAsync(
            deputy,
            cycle,
            GrowthArtefactKind.ResourceAllocation,
            new { timeAllocation = "Сейсенбі 15:00", mentorAllocation = "2 тәлімгер", trainingAllocation = "Курс" });
        cycle = await MoveAsync(deputy, cycle, GrowthCycleStage.Approbation);
        await AddAsync(deputy, cycle, GrowthArtefactKind.RepeatDiagnostic, new
        {
            feedback = new[] {
            new { source = "Parents", summary = "Жақсарды" } }, growthZones = new[] { "Мониторинг деректерін пайдалану" }
        });
        await AddAsync(deputy, cycle, GrowthArtefactKind.Correction, new { text = "Жоспарлар қайта қаралды" });
        var done = await (await deputy.PostJsonAsync($"{Url}/{cycle.Id}/complete", new { concurrencyStamp = cycle.ConcurrencyStamp }))
            .ReadAsync<GrowthCompletionDto>();
        done.Completed.History.Select(h => h.Stage).ShouldBe(Enum.GetValues<GrowthCycleStage>());
        done.Next.ShouldSatisfyAllConditions(
            n => n.ParticipantKind.ShouldBe(GrowthParticipantKind.Administrator),
            n => n.Number.ShouldBe(cycle.Number + 1),
            n => n.GrowthZone.ShouldBe("Мониторинг деректерін пайдалану"),
            n => n.CarriedOverGoals.ShouldHaveSingleItem());

        // The administration's guidance is Table 2's, whatever the category.
        (await deputy.GetAsync<GrowthCycleGuidanceDto>($"{Url}/{done.Next.Id}/guidance")).Items.ShouldHaveSingleItem().ParticipantKind
            .ShouldBe(GrowthParticipantKind.Administrator);

        // A teacher cannot open a management-practice cycle.
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        await (await teacher.PostJsonAsync(
            Url,
            new { academicYear = 2032, participantKind = "Administrator", entryDiagnostic = EntryDiagnostic("x") }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, CommonErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_Show_A_Mentor_Only_What_Is_Shared_And_Hide_Cycles_From_Others()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var mentorId = await StaffIdAsync(director, "Алма Бекқызы");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06");
        var cycle = await OpenAsync(teacher, 2033, EntryDiagnostic("Оқу сауаттылығы"), mentorId: mentorId);
        var shared = await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LessonTaught,
            new { date = "2033-10-01", className = "6В", subject = "Русский язык", learningObjectives = "6.1" },
            shared: true);
        var privateOne = await AddAsync(teacher, cycle, GrowthArtefactKind.MentoringActivity, new { date = "2033-10-02", title = "Жеке" });

        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2");
        var seen = await mentor.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}");
        seen.Abilities.IsMentorView.ShouldBeTrue();
        seen.Abilities.CanEdit.ShouldBeFalse();
        seen.Stages.SelectMany(s => s.Artefacts).Select(a => a.Id).ShouldBe([seen.BaselineArtefactId!.Value, shared.Id]);
        (await mentor.GetAsync($"{Url}/{cycle.Id}/artefacts/{privateOne.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await mentor.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?academicYear=2033")).Items
            .ShouldContain(i => i.Id == cycle.Id);
        await (await mentor.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "LessonObserved", content = new { date = "2033-10-03", className = "6В", subject = "Русский язык" } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, CommonErrorCodes.Forbidden);

        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        (await other.GetAsync($"{Url}/{cycle.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{Url}/{cycle.Id}/artefacts/{shared.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostJsonAsync($"{Url}/{cycle.Id}/move", new { targetStage = "Analysis", concurrencyStamp = cycle.ConcurrencyStamp }))
            .StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?academicYear=2033")).Items
            .ShouldNotContain(i => i.Id == cycle.Id);

        // The director sees everything and may work any cycle; a stale stamp is a conflict.
        var all = await director.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}");
        all.Stages.SelectMany(s => s.Artefacts).Count().ShouldBe(3);
        cycle = await MoveAsync(director, all, GrowthCycleStage.Analysis);
        (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/move", new { targetStage = "Reflection", concurrencyStamp = all.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await teacher.GetAsync($"{Url}/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await teacher.GetAsync($"{Url}/not-a-guid")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var cancelled = await (await director.PostJsonAsync(
            $"{Url}/{cycle.Id}/cancel",
            new { reason = "Ауысты", concurrencyStamp = cycle.ConcurrencyStamp }))
            .ReadAsync<GrowthCycleDto>();
        cancelled.Status.ShouldBe(GrowthCycleStatus.Cancelled);
    }

    [Fact]
    public async Task Should_Link_The_Participants_Observations_To_A_Diagnostic_And_Show_Each_Reader_Only_What_He_May_See()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacherId = await StaffIdAsync(director, "Бауыржан Қанатұлы");
        var mentorId = await StaffIdAsync(director, "Алма Бекқызы");
        var evaluation = ApiClients.NewObservation(teacherId, "Аттестаттау");
        evaluation["purpose"] = "Evaluation";
        var evaluationId = (await (await director.PostJsonAsync("/api/app/lesson-observations", evaluation)).ReadAsync<JsonElement>(
            HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor2");
        var developmentalId = (await (await mentor.PostJsonAsync(
            "/api/app/lesson-observations",
            ApiClients.NewObservation(teacherId, "Дамыту")))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var othersId = (await (await director.PostJsonAsync(
            "/api/app/lesson-observations",
            ApiClients.NewObservation(await StaffIdAsync(director, "Нұрлан Ержанұлы"), "Басқа")))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // An entry diagnostic may rest on recorded observations alone; the teacher sees both of his.
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher08");
        var cycle = await OpenAsync(
            teacher,
            2036,
            new { observationIds = new[] { evaluationId, developmentalId, evaluationId }, growthZones = new[] { "Саралап оқыту" } },
            mentorId: mentorId);
        var entry = cycle.Stages.SelectMany(s => s.Artefacts).Single(a => a.Kind == GrowthArtefactKind.EntryDiagnostic);
        entry.Content.ObservationIds.ShouldBe([evaluationId, developmentalId]);
        entry.LinkedObservations.Select(o => o.Id).ShouldBe([evaluationId, developmentalId]);
        entry.LinkedObservations[0].Purpose.ShouldBe(KemelSchoolPD.LessonObservations.ObservationPurpose.Evaluation);
        entry.LinkedObservations[1].ObserverName.ShouldStartWith("Алма Бекқызы");

        // The mentor reads the shared diagnostic but does not learn of the evaluation he cannot open.
        var seen = (await mentor.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}")).Stages.SelectMany(s => s.Artefacts)
            .Single(a => a.Id == entry.Id);
        seen.LinkedObservations.Select(o => o.Id).ShouldBe([developmentalId]);

        // Another teacher's observation, or one that does not exist, is refused by position; other kinds drop the links.
        var refused = await (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new
        {
            kind = "LessonObserved", content = new
            {
                date = "2036-10-01", className = "5А", subject = "Тарих", observationIds = new[] {
                othersId,
                Guid.NewGuid(),
                developmentalId }
            },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
        FieldCodes(refused, "content.observationIds[0]").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.UnknownObservation);
        FieldCodes(refused, "content.observationIds[1]").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.UnknownObservation);
        refused.GetProperty("fieldCodes").TryGetProperty("content.observationIds[2]", out _).ShouldBeFalse();
        var lesson = await AddAsync(teacher, cycle, GrowthArtefactKind.LessonTaught,
            new
            {
                date = "2036-10-02", className = "5А", subject = "Тарих", learningObjectives = "5.1", observationIds = new[] {
                developmentalId }
            });
        lesson.Content.ObservationIds.ShouldBeEmpty();
        var tooMany = await (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new
        {
            kind = "LessonObserved", content = new
            {
                date = "2036-10-01", className = "5А", subject = "Тарих", observationIds = Enumerable
                .Range(0, 21)
                .Select(_ => Guid.NewGuid())
            },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
        FieldCodes(tooMany, "content.observationIds").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.TooManyObservations);
    }

    [Fact]
    public async Task Should_Validate_Scores_Forms_And_Answer_In_Kazakh()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher12", culture: "kk");
        // A first cycle needs its entry diagnostic.
        var noDiagnostic = await teacher.PostJsonAsync(Url, new { academicYear = 2034, growthZone = "x" });
        FieldCodes(await noDiagnostic.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed), "entryDiagnostic")
            .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.EntryDiagnosticRequired);
        var unknown = await teacher.PostJsonAsync(
            Url,
            new { academicYear = 2034, competenceCodes = new[] { "77.7" }, entryDiagnostic = EntryDiagnostic("x") });
        FieldCodes(await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed), "competenceCodes")
            .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.UnknownCompetence);

        var cycle = await OpenAsync(teacher, 2034, EntryDiagnostic("Саралап оқыту"));
        var skip = await MoveRawAsync(teacher, cycle, GrowthCycleStage.Design);
        var problem = await skip.ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage);
        problem.GetProperty("title").GetString().ShouldBe("Кезеңді өткізіп жіберуге болмайды: келесі кезең — Нәтижелерді талдау.");
        var missing = await MoveRawAsync(teacher, cycle, GrowthCycleStage.Analysis);
        (await missing.ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing))
            .GetProperty("title").GetString().ShouldNotBeNull().ShouldContain("Өткізілген сабақ");

        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LessonTaught,
            new { date = "2034-10-01", className = "2А", subject = "Математика", learningObjectives = "2.1" });
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Analysis);
        await AddAsync(teacher, cycle, GrowthArtefactKind.LessonSelfAnalysis, new { date = "2034-10-02", text = "t" });
        await AddAsync(
            teacher,
            cycle,
            GrowthArtefactKind.LearnerResults,
            new { learnerResults = new[] { new { className = "2А", indicator = "%", before = 50 } } });
        cycle = await MoveAsync(teacher, cycle, GrowthCycleStage.Reflection);

        // Scores 0–10, exactly 8 sectors, 1–2 growth points, levels 1–5; lesson forms need their fields.
        var badScore = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "CoachingSelfAnalysis", content = Coaching(11, satisfaction: -1) });
        var scoreProblem = await badScore.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
        FieldCodes(scoreProblem, "content.coaching.wheel[0].score").ShouldContain("Validation:Range");
        FieldCodes(scoreProblem, "content.coaching.satisfaction").ShouldContain("Validation:Range");
        var sevenSectors = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "CoachingSelfAnalysis", content = Coaching(5, sectors: 7) });
        FieldCodes(
            await sevenSectors.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
            "content.coaching.wheel")
            .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.WheelNeedsEightSectors);
        var threePoints = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "CoachingSelfAnalysis", content = Coaching(5, growthPoints: 3) });
        FieldCodes(
            await threePoints.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
            "content.coaching.growthPoints")
            .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.TooManyGrowthPoints);
        var badLevel = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "CompetenceSelfAssessment", content = new { competences = new[] { new { code = "01.1", level = 6 } } } });
        FieldCodes(
            await badLevel.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
            "content.competences[0].level")
            .ShouldContain("Validation:Range");
        var badQuestion = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "ReflectiveLessonAnalysis", content = new { answers = new[] { new { number = 7, answer = "a" } } } });
        FieldCodes(
            await badQuestion.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed),
            "content.answers[0].number")
            .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.UnknownTemplateQuestion);
        var edges = await AddAsync(teacher, cycle, GrowthArtefactKind.CoachingSelfAnalysis, Coaching(0));
        edges.Content.Coaching!.Wheel.ShouldAllBe(s => s.Score == 0);
        await AddAsync(teacher, cycle, GrowthArtefactKind.CoachingSelfAnalysis, Coaching(10));

        // The entry diagnostic is the baseline: it cannot be deleted; other artefacts can.
        await (await teacher.DeleteAsync($"{Url}/{cycle.Id}/artefacts/{cycle.BaselineArtefactId}"))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.ArtefactNotEditable);
        (await teacher.DeleteAsync($"{Url}/{cycle.Id}/artefacts/{edges.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await teacher.GetAsync<WheelSectorDefaultsDto>($"{Url}/wheel-sectors")).Sectors
            .ShouldBe(BuiltInGrowthReference.WheelSectors.Select(s => s.Kk));
    }

    [Fact]
    public async Task Should_Let_The_School_Configure_Required_Artefacts_And_Extend_Reference_Data()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director, culture: "ru");
        var settings = await (await director.PutJsonAsync($"{Url}/settings/stages", new
        {
            participantKind = "Teacher", stage = "Action", requiredKinds = new[] { "LessonTaught", "LessonObserved" },
        })).ReadAsync<List<GrowthStageSettingDto>>();
        settings.Single(s => s is { ParticipantKind: GrowthParticipantKind.Teacher, Stage: GrowthCycleStage.Action }).IsCustomized
            .ShouldBeTrue();
        try
        {
            var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
            var cycle = await OpenAsync(teacher, 2035, EntryDiagnostic("Ментор болу"));
            cycle.Stages.Single(s => s.IsCurrent).MissingKinds
                .ShouldBe([GrowthArtefactKind.LessonTaught, GrowthArtefactKind.LessonObserved]);
            await AddAsync(
                teacher,
                cycle,
                GrowthArtefactKind.LessonTaught,
                new { date = "2035-10-01", className = "9А", subject = "География", learningObjectives = "9.1" });
            await (await MoveRawAsync(teacher, cycle, GrowthCycleStage.Analysis)).ShouldBeProblemAsync(
                HttpStatusCode.Conflict,
                KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing);
            await AddAsync(
                teacher,
                cycle,
                GrowthArtefactKind.LessonObserved,
                new { date = "2035-10-02", className = "9А", subject = "География" });
            (await MoveAsync(teacher, cycle, GrowthCycleStage.Analysis)).CurrentStage.ShouldBe(GrowthCycleStage.Analysis);

            var notAllowed = await director.PutJsonAsync(
                $"{Url}/settings/stages",
                new { participantKind = "Teacher", stage = "Action", requiredKinds = new[] { "ReflectiveNote" } });
            FieldCodes(await notAllowed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed), "requiredKinds")
                .ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.RequiredKindNotInStage);
        }
        finally
        {
            var reset = await (await director.PutJsonAsync($"{Url}/settings/stages", new { participantKind = "Teacher", stage = "Action" }))
                .ReadAsync<List<GrowthStageSettingDto>>();
            reset.Single(s => s is { ParticipantKind: GrowthParticipantKind.Teacher, Stage: GrowthCycleStage.Action }).RequiredKinds
                .ShouldBe([GrowthArtefactKind.LessonTaught]);
        }

        // Guidance: Table 1 at a category (Russian reader), plus the school's own row.
        var added = await (await director.PostJsonAsync($"{Url}/guidance", new
        {
            stage = "Design", participantKind = "Teacher", category = "Pedagogue", textKk = "Тәлімгермен апта сайын кездеседі.", textRu = "Еженедельно встречается с наставником.",
        })).ReadAsync<GrowthGuidanceDto>(HttpStatusCode.Created);
        var design = await director.GetAsync<List<GrowthGuidanceDto>>(
            $"{Url}/guidance?stage=Design&participantKind=Teacher&category=Pedagogue");
        design.Select(g => (g.Source, g.Text)).ShouldBe([
            (GrowthGuidanceSource.TeacherActions, "Планирует развитие при поддержке."),
            (GrowthGuidanceSource.IncreasingCompetencies, "Формирует индивидуальный план развития (ИПР) при поддержке наставника."),
            (GrowthGuidanceSource.School, "Еженедельно встречается с наставником."),
        ]);
        (await director.DeleteAsync($"{Url}/guidance/{added.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var builtIn = await director.GetAsync<List<GrowthGuidanceDto>>($"{Url}/guidance");
        builtIn.Count.ShouldBe(55); // Table 1 (25), Table 2 (5), Table 3 (25)
        builtIn.Count(g => g.Source == GrowthGuidanceSource.IncreasingCompetencies).ShouldBe(25);

        // Competences: the standard's nine, plus the school's own, usable in self-assessment; a code is unique.
        var competences = await director.GetAsync<List<GrowthCompetenceDto>>($"{Url}/competences");
        competences.Count(c => c.IsBuiltIn).ShouldBe(9);
        competences.Single(c => c.Code == "04.3").Name.ShouldBe("Рефлексия собственной практики и практики коллег");
        var own = await (await director.PostJsonAsync(
            $"{Url}/competences",
            new { code = "06.1", functionCode = "06", nameKk = "Цифрлық құзыреттілік", nameRu = "Цифровая компетентность" }))
            .ReadAsync<GrowthCompetenceDto>(HttpStatusCode.Created);
        (await director.PostJsonAsync($"{Url}/competences", new { code = "04.3", functionCode = "04", nameKk = "x", nameRu = "x" }))
            .StatusCode
            .ShouldBe(HttpStatusCode.Conflict);
        var teacher12 = await host.SignInAsync(TestData.DemoSchoolBin, "young1");
        (await OpenAsync(teacher12, 2035, EntryDiagnostic("Цифрлық ресурстар"), competenceCodes: ["06.1"])).CompetenceCodes
            .ShouldBe(["06.1"]);
        (await director.DeleteAsync($"{Url}/competences/{own.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var outsider = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11");
        (await outsider.PostJsonAsync($"{Url}/competences", new { code = "06.2", functionCode = "06", nameKk = "x", nameRu = "x" }))
            .StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_Show_The_Demo_Cycles_And_Feed_The_Development_Plan()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var year = AcademicYears.Current(TimeProvider.System);
        var list = await director.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?maxResultCount=100");
        list.Items.ShouldContain(i => i.ParticipantKind == GrowthParticipantKind.Administrator
            && i.CurrentStage == GrowthCycleStage.Analysis
            && i.AcademicYear == year);
        list.Items.ShouldContain(i => i.Status == GrowthCycleStatus.Completed && i.AcademicYear == year - 1);
        list.Items.Where(i => i.AcademicYear == year).Select(i => i.CurrentStage).ShouldContain(GrowthCycleStage.Reflection);
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Mentor);
        var mentees = await mentor.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?academicYear={year}");
        mentees.Items.Select(i => i.ParticipantName).ShouldBe(["Данияр Болатұлы Сейітов", "Ерлан Серікұлы Оспанов"], ignoreOrder: true);

        // The expert at Design has drafted a research plan (Table 7); it prints.
        var expert = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07");
        var designing = (await expert.GetAsync<PagedResultDto<GrowthCycleListItemDto>>($"{Url}?academicYear={year}")).Items
            .ShouldHaveSingleItem();
        designing.CurrentStage.ShouldBe(GrowthCycleStage.Design);
        var research = (await expert.GetAsync<GrowthCycleDto>($"{Url}/{designing.Id}")).Stages
            .Single(s => s.Stage == GrowthCycleStage.Design)
            .Artefacts
            .ShouldHaveSingleItem();
        research.Kind.ShouldBe(GrowthArtefactKind.ResearchPlan);
        (await Docx.ReadAsync(await expert.GetAsync($"{Url}/{designing.Id}/artefacts/{research.Id}/document?culture=kk"))).Tables[0][4][1]
            .ShouldBe("Деректерді талдау әдістері/тәсілдері");

        // A development plan opened by a teacher with a cycle that year is built from its growth zones and self-assessment.
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher03");
        var plan = await (await teacher.PostJsonAsync(
            "/api/app/development-plans",
            new { templateId = BuiltInPlanTemplates.Table18Id, academicYear = year }))
            .ReadAsync<DevelopmentPlanDto>(HttpStatusCode.Created);
        var growth = plan.GrowthCycle.ShouldNotBeNull();
        growth.GrowthZones.ShouldContain("Физикадан зертханалық жұмыстарды ұйымдастыру");
        growth.CompetenceSelfAssessment.ShouldContain(c => c.Competence.StartsWith("01.1") && c.Score == 2 && c.MaxScore == 5);
    }

    // ── The list's SQL statements ──────────────────────────────────────────────────────────────────────────────────

    [Fact]
    public async Task Should_List_Cycles_Of_150_Teachers_In_A_Fixed_Number_Of_Sql_Statements()
    {
        var admin = await host.SignInAsync(null, TestData.HostAdmin);
        var schoolId = await admin.SchoolIdAsync(TestData.SecondSchoolBin);
        var director = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        const string list = $"{Url}?academicYear=2036&maxResultCount=100";

        await SeedCyclesAsync(schoolId, 5);
        await director.GetAsync(list); // warm up (sign-in caches, compiled queries)
        var few = await CountStatementsAsync(() => director.GetAsync<PagedResultDto<GrowthCycleListItemDto>>(list));
        few.Result.TotalCount.ShouldBe(5);
        few.Statements.ShouldBeGreaterThanOrEqualTo(2); // at least the COUNT and the page: the counter does see this host's commands

        await SeedCyclesAsync(schoolId, 145);
        var many = await CountStatementsAsync(() => director.GetAsync<PagedResultDto<GrowthCycleListItemDto>>(list));
        many.Result.TotalCount.ShouldBe(150);
        many.Result.Items.Count.ShouldBe(100);
        many.Result.Items.ShouldAllBe(i => i.CurrentStage == GrowthCycleStage.Action && i.ParticipantName.StartsWith("Жүз елу"));
        many.Statements.ShouldBe(few.Statements);
        many.Statements.ShouldBeLessThanOrEqualTo(8);
    }

    private async Task SeedCyclesAsync(Guid schoolId, int count)
    {
        using var scope = host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        for (var i = 0; i < count; i++)
        {
            var teacher = new StaffMember(Guid
                .CreateVersion7(), new StaffMemberData($"Жүз елу {Guid.NewGuid():N}", "Мұғалім", ["Математика"], new DateOnly(2020, 9, 1),
                5, 5, QualificationCategory.Moderator, new DateOnly(2024, 5, 1), false, null, null, null));
            db.StaffMembers.Add(teacher);
            db.GrowthCycles.Add(new GrowthCycle(
                Guid.CreateVersion7(),
                teacher.Id,
                GrowthParticipantKind.Teacher,
                2036,
                null,
                "Зона",
                ["01.1"],
                1,
                null,
                GrowthActor.System,
                DateTime.UtcNow));
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Counts the SQL commands this host's database runs during <paramref name="action"/> (EF's diagnostic events).</summary>
    private async Task<(T Result, int Statements)> CountStatementsAsync<T>(Func<Task<T>> action)
    {
        var counter = new CommandCounter(host.ConnectionString);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        var result = await action();
        return (result, counter.Count);
    }

    private sealed class CommandCounter(string connectionString) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public int Count => _count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data
                && data.Context?.Database.GetConnectionString() == connectionString)
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }
    }

    // ── Table 3 guidance and Table 7's research plan ───────────────────────────────────────────────────────────────

    [Fact]
    public async Task Should_Show_Table_1_And_Table_3_Guidance_For_The_Participants_Category()
    {
        var moderator = await host.SignInAsync(TestData.DemoSchoolBin, "teacher04", culture: "kk"); // модератор
        var cycle = await AdvanceAsync(
            moderator,
            await OpenAsync(moderator, 2037, EntryDiagnostic("Өз бетінше жоспарлау")),
            GrowthCycleStage.Design);

        var kk = await moderator.GetAsync<GrowthCycleGuidanceDto>($"{Url}/{cycle.Id}/guidance");
        kk.ShouldSatisfyAllConditions(
            g => g.Stage.ShouldBe(GrowthCycleStage.Design),
            g => g.Category.ShouldBe(QualificationCategory.Moderator));
        kk.Items.Select(i => (i.Source, i.Text)).ShouldBe([
            (GrowthGuidanceSource.TeacherActions, "ЖДЖ-ны өздігінен қалыптастырады."),
            (GrowthGuidanceSource.IncreasingCompetencies, "Мақсаттарды өз бетінше қояды және кәсіби дамуын жоспарлайды."),
        ]);
        kk.Items.ShouldAllBe(i => i.IsBuiltIn && i.Category == QualificationCategory.Moderator);
        var ru = await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher04", culture: "ru")).GetAsync<GrowthCycleGuidanceDto>(
            $"{Url}/{cycle.Id}/guidance");
        ru.Items.Single(i => i.Source == GrowthGuidanceSource.IncreasingCompetencies).Text
            .ShouldBe("Самостоятельно ставит цели и планирует своё профессиональное развитие.");

        // A master at Approbation: Table 3 scales successful practices to the republic level.
        var master = await host.SignInAsync(TestData.DemoSchoolBin, "teacher11", culture: "kk");
        var masters = await AdvanceAsync(
            master,
            await OpenAsync(master, 2037, EntryDiagnostic("Тәжірибені тарату")),
            GrowthCycleStage.Approbation);
        var approbation = await master.GetAsync<GrowthCycleGuidanceDto>($"{Url}/{masters.Id}/guidance");
        approbation.Items.Single(i => i.Source == GrowthGuidanceSource.IncreasingCompetencies).ShouldSatisfyAllConditions(
            i => i.Text.ShouldBe("Сәтті практикаларды республикалық деңгейде ауқымдайды (масштабтайды)."),
            i => i.TextRu.ShouldBe("Масштабирует успешные практики на республиканском уровне."));
        approbation.Items.Single(i => i.Source == GrowthGuidanceSource.TeacherActions).Text.ShouldBe("Сәтті практикаларды таратады.");
    }

    [Fact]
    public async Task Should_Keep_A_Research_Plan_At_Design_And_Print_It()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: "ru");
        var cycle = await OpenAsync(teacher, 2037, EntryDiagnostic("Қалыптастырушы бағалау"));

        // Design only: at Action the kind is not allowed (as any kind outside its stage).
        var plan = new
        {
            answers = new[] {
            new { number = 1, answer = "7-сынып оқушыларының уәждемесі төмен" },
            new { number = 2, answer = "Егер кері байланыс жүйелі болса" } }
        };
        await (await teacher.PostJsonAsync($"{Url}/{cycle.Id}/artefacts", new { kind = "ResearchPlan", content = plan }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage);
        cycle = await AdvanceAsync(teacher, cycle, GrowthCycleStage.Design);
        cycle.Stages.Single(s => s.IsCurrent).AllowedKinds.ShouldContain(GrowthArtefactKind.ResearchPlan);

        // At least one section answered, sections 1–6 only.
        var empty = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "ResearchPlan", content = new { answers = new[] { new { number = 1, answer = " " } } } });
        FieldCodes(await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed), "content.answers")
            .ShouldContain(ValidationCodes.Required);
        var seventh = await teacher.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = "ResearchPlan", content = new { answers = new[] { new { number = 7, answer = "a" } } } });
        var problem = await seventh.ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes.ValidationFailed);
        FieldCodes(problem, "content.answers[0].number").ShouldContain(KemelSchoolPDErrorCodes.GrowthCycles.UnknownTemplateQuestion);
        problem.GetProperty("errors").GetProperty("content.answers[0].number")[0].GetString()
            .ShouldBe("В шаблоне нет такого вопроса (1–6).");

        var created = await AddAsync(teacher, cycle, GrowthArtefactKind.ResearchPlan, new
        {
            answers = new[] {
                new { number = 6, answer = "Қорытынды" },
                new { number = 1, answer = "7-сынып оқушыларының уәждемесі төмен" },
                new { number = 3, answer = "" } },
        });
        created.Content.Answers.Select(a => a.Number).ShouldBe([1, 6]);
        var updated = await (await teacher.PutJsonAsync(
            $"{Url}/{cycle.Id}/artefacts/{created.Id}",
            new { content = plan, concurrencyStamp = created.ConcurrencyStamp }))
            .ReadAsync<GrowthArtefactDto>();
        updated.Content.Answers.Select(a => a.Answer).ShouldBe(["7-сынып оқушыларының уәждемесі төмен", "Егер кері байланыс жүйелі болса"]);

        // The DOCX: № | Section | Content, the six sections of Table 7 with the teacher's answers.
        var kk = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{created.Id}/document?culture=kk"));
        kk.AllText.ShouldContain("Зерттеу жоспары (7-кесте)");
        kk.Tables[0].Count.ShouldBe(7);
        kk.Tables[0][0].ShouldBe(["№", "Бөлім", "Мазмұны"]);
        kk.Tables[0].Skip(1).Select(r => r[1]).ShouldBe(["Мәселенің қойылуы", "Болжамды тұжырымдау", "Деректерді жинау әдістері",
            "Деректерді талдау әдістері/тәсілдері", "Нәтижелерді сипаттау", "Қорытындылар"]);
        kk.Tables[0][1][2].ShouldBe("7-сынып оқушыларының уәждемесі төмен");
        kk.Tables[0][2][2].ShouldBe("Егер кері байланыс жүйелі болса");
        kk.Tables[0][6][2].ShouldBeEmpty();
        var ru = await Docx.ReadAsync(await teacher.GetAsync($"{Url}/{cycle.Id}/artefacts/{created.Id}/document?culture=ru"));
        ru.AllText.ShouldContain("План исследования (таблица 7)");
        ru.Tables[0].Skip(1).Select(r => r[1]).ShouldBe(["Постановка проблемы", "Формулировка гипотезы", "Методы сбора данных",
            "Методы/подходы анализа данных", "Описание результатов", "Выводы"]);
        ru.Tables[0][1][2].ShouldBe("7-сынып оқушыларының уәждемесі төмен");

        // Another teacher neither sees nor prints it.
        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06");
        (await other.GetAsync($"{Url}/{cycle.Id}/artefacts/{created.Id}/document?culture=kk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Adds each stage's required artefacts (default settings) and moves the cycle forward until <paramref
    /// name="target"/>.</summary>
    private static async Task<GrowthCycleDto> AdvanceAsync(HttpClient client, GrowthCycleDto cycle, GrowthCycleStage target)
    {
        while (cycle.CurrentStage < target)
        {
            switch (cycle.CurrentStage)
            {
                case GrowthCycleStage.Action:
                    await AddAsync(
                        client,
                        cycle,
                        GrowthArtefactKind.LessonTaught,
                        new { date = "2037-10-01", className = "7А", subject = "Математика", learningObjectives = "7.1" });
                    break;
                case GrowthCycleStage.Analysis:
                    await AddAsync(client, cycle, GrowthArtefactKind.LessonSelfAnalysis, new { date = "2037-10-02", text = "Талдау" });
                    await AddAsync(
                        client,
                        cycle,
                        GrowthArtefactKind.LearnerResults,
                        new { learnerResults = new[] { new { className = "7А", indicator = "%", before = 50 } } });
                    break;
                case GrowthCycleStage.Reflection:
                    await AddAsync(
                        client,
                        cycle,
                        GrowthArtefactKind.CompetenceSelfAssessment,
                        new { competences = new[] { new { code = "04.4", level = 3 } } });
                    break;
                case GrowthCycleStage.Design:
                    await AddAsync(
                        client,
                        cycle,
                        GrowthArtefactKind.GoalSetting,
                        new { goals = new[] { new { title = "Мақсат", indicator = "70%", deadline = "2038-03-01" } } });
                    await AddAsync(client, cycle, GrowthArtefactKind.DevelopmentPlanning, new { methods = new[] { "Lesson Study" } });
                    break;
            }
            cycle = await MoveAsync(client, cycle, cycle.CurrentStage + 1);
        }
        return cycle;
    }

    [Fact]
    public async Task Should_Log_What_An_Artefacts_Form_Said_Before_And_After_A_Change()
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05");
        var cycle = await OpenAsync(teacher, 2041, EntryDiagnostic("Жазылым"));
        var lesson = await AddAsync(teacher, cycle, GrowthArtefactKind.LessonTaught,
            new { date = "2041-10-01", className = "6Ә", subject = "Қазақ тілі", learningObjectives = "6.2.1 Эссе жоспары" });

        (await teacher.PutJsonAsync($"{Url}/{cycle.Id}/artefacts/{lesson.Id}", new
        {
            content = new { date = "2041-10-01", className = "6Ә", subject = "Қазақ тілі", learningObjectives = "6.2.4 Дәйектеме келтіру" },
            concurrencyStamp = lesson.ConcurrencyStamp,
        })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The form is one stored document: its change is logged with the text before and after (not the type's name twice).
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var log = await director.GetAsync<PagedResultDto<KemelSchoolPD.Auditing.AuditLogDto>>(
            $"/api/app/audit-logs?entityType=GrowthCycleArtefact&entityId={lesson.Id}");
        var content = log.Items.First(e => e.ChangeType == KemelSchoolPD.Auditing.EntityChangeType.Updated).Changes
            .Single(c => c.Property == "Content");
        content.OldValue!.ShouldContain("6.2.1 Эссе жоспары");
        content.NewValue!.ShouldContain("6.2.4 Дәйектеме келтіру");
        content.NewValue!.ShouldNotContain("GrowthArtefactContent");
    }

    // ── Helpers ────────────────────────────────────────────────────────────────────────────────────────────────────

    private static object EntryDiagnostic(string zone) => new
    {
        competences = new[] { new { code = "01.1", level = 2 } },
        observationSummary = "Бақылау парағы: кері байланыс әлсіз",
        feedback = new[] { new { source = "Learners", summary = "Тапсырма түсініксіз" } },
        growthZones = new[] { zone },
    };

    private static object Coaching(int score, int sectors = 8, int? satisfaction = 6, int growthPoints = 1) => new
    {
        date = "2031-10-05", className = "8А", subject = "Математика",
        coaching = new
        {
            contextAnswers = new[] { "Мақсат", "Идея" },
            wheel = Enumerable.Range(1, sectors).Select(i => new { name = $"Сектор {i}", score }).ToArray(),
            satisfaction,
            scalingAnswers = new[] { "Оқушылар белсенді", "+1: критерийлер" },
            coachingAnswers = new[] { "Саналы түрде" },
            growthPoints = Enumerable.Range(1, growthPoints).Select(i => $"Қадам {i}").ToArray(),
        },
    };

    private static async Task<GrowthCycleDto> OpenAsync(
        HttpClient client,
        int year,
        object entryDiagnostic,
        string participantKind = "Teacher",
        Guid? mentorId = null,
        string[]? competenceCodes = null) =>
        await (await client.PostJsonAsync(Url, new
        {
            academicYear = year, participantKind, entryDiagnostic, mentorStaffMemberId = mentorId, competenceCodes = competenceCodes
                ?? ["01.1"],
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);

    private static async Task<GrowthArtefactDto> AddAsync(
        HttpClient client,
        GrowthCycleDto cycle,
        GrowthArtefactKind kind,
        object content,
        bool shared = false) =>
        await (await client.PostJsonAsync(
            $"{Url}/{cycle.Id}/artefacts",
            new { kind = kind.ToString(), sharedWithMentor = shared, content }))
            .ReadAsync<GrowthArtefactDto>(HttpStatusCode.Created);

    private static Task<HttpResponseMessage> MoveRawAsync(
        HttpClient client,
        GrowthCycleDto cycle,
        GrowthCycleStage target,
        string? reason = null) =>
        client.PostJsonAsync(
            $"{Url}/{cycle.Id}/move",
            new { targetStage = target.ToString(), reason, concurrencyStamp = cycle.ConcurrencyStamp });

    private static async Task<GrowthCycleDto> MoveAsync(
        HttpClient client,
        GrowthCycleDto cycle,
        GrowthCycleStage target,
        string? reason = null)
    {
        var current = await client.GetAsync<GrowthCycleDto>($"{Url}/{cycle.Id}");
        return await (await MoveRawAsync(client, current, target, reason)).ReadAsync<GrowthCycleDto>();
    }

    private static async Task<Guid> StaffIdAsync(HttpClient director, string name) =>
        (await director.GetAsync<PagedResultDto<StaffMemberDto>>($"/api/app/staff?filter={Uri.EscapeDataString(name)}")).Items.Single().Id;

    private static IEnumerable<string?> FieldCodes(JsonElement problem, string field) =>
        problem.GetProperty("fieldCodes").GetProperty(field).EnumerateArray().Select(c => c.GetString());
}

public sealed class GrowthCycles_Sqlite_Tests(SqliteHostFixture host) : GrowthCycles_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class GrowthCycles_Postgres_Tests(PostgresHostFixture host) : GrowthCycles_Tests(host), IClassFixture<PostgresHostFixture>;
