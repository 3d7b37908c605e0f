using System.Net;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.PracticeLibrary;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Tests.LessonStudy;

/// <summary>
/// Lesson Study through HTTP: who leads and who reads a group, case pupils that are never a child's name, observation notes that
/// are safe to resend and never overwrite another observer's, the discussion beside the predictions, re-teaching only after the
/// discussion, the report, and publication to the library of practice only with every member's consent, carrying nothing about a
/// pupil into the library, the shared catalogue, another school, notifications or another school's audit log. The class shares one
/// database: each test uses its own demo people.
/// </summary>
public abstract class LessonStudy_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/lesson-study";
    private const string Library = "/api/app/practice-library";
    private const string Bin = TestData.DemoSchoolBin;
    private static readonly string[] Pupils = ["Оқушы А", "А.Б.", "Оқушы В"];

    private async Task<Guid> StaffIdAsync(string userName) => (await host.PersonAsync(Bin, userName)).StaffId;

    private static object GroupBody(string theme, Guid facilitator, params Guid[] members) => new
    {
        theme, researchQuestion = "Модель оқушыларға бөлшектерді салыстыруға қалай көмектеседі?", subject = "Математика", grade = 7, origin = "CreativeGroup",
        facilitatorStaffMemberId = facilitator, memberStaffMemberIds = members,
        knowledgeableOtherName = "Айгүл Нұрланова", knowledgeableOtherOrganisation = "«Өрлеу» орталығы",
    };

    private static object LessonBody(Guid teacher, DateOnly date, string[] pupils, int warmUpMinutes = 5) => new
    {
        teacherStaffMemberId = teacher, className = "7 А", lessonDate = date, observationFocus = "Модельді қалай қолданады",
        plan = new
        {
            objectives = new[] { "Бөлшектерді салыстырады" },
            stages = new[]
            {
                new { title = "Қызығушылықты ояту", minutes = warmUpMinutes, tasks = "Пицца" },
                new { title = "Модельмен жұмыс", minutes = 20, tasks = "Жолақ модельдері" },
            },
        },
        casePupils = pupils.Select((p, i) => new
        {
            pseudonym = p, reason = i == 0 ? "HighAttainment" : i == 1 ? "MiddleAttainment" : "LowAttainment",
            predictions = new[] { new { stageIndex = 0, text = $"Болжам {i}-0" }, new { stageIndex = 1, text = $"Болжам {i}-1" } },
        }).ToArray(),
    };

    private static object Note(Guid id, Guid pupil, Guid stage, string text)
        => new { id, pupilId = pupil, stageId = stage, observedAt = DateTime.UtcNow, text };

    [Fact]
    public async Task Should_Run_A_Lesson_Study_From_Planning_To_The_Library_Without_A_Pupil_Leaving_The_Group()
    {
        var (t11, t05, t06) = (await StaffIdAsync("teacher11"), await StaffIdAsync("teacher05"), await StaffIdAsync("teacher06"));
        var facilitator = await host.SignInAsync(Bin, "teacher11");
        var observer1 = await host.SignInAsync(Bin, "teacher05");
        var observer2 = await host.SignInAsync(Bin, "teacher06");
        var outsider = await host.SignInAsync(Bin, "teacher07");
        var director = await host.SignInAsync(Bin, TestData.Director);
        var theme = $"Модельдер {Guid.NewGuid():N}"[..20];

        // An expert or above leads, and is a member; nobody forms a group they are not in (but the director and deputies).
        await (await observer1.PostJsonAsync($"{Url}/groups", GroupBody(theme, t05, t05, t06)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.LessonStudy.FacilitatorCategory);
        await (await facilitator.PostJsonAsync(
            $"{Url}/groups",
            GroupBody(theme, t11, t05, t06, t11).With("facilitatorStaffMemberId", await StaffIdAsync("teacher12"))))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.LessonStudy.FacilitatorNotMember);
        await (await outsider.PostJsonAsync($"{Url}/groups", GroupBody(theme, t11, t11, t05)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonStudy.CreatorNotMember);
        var group = await (await facilitator.PostJsonAsync($"{Url}/groups", GroupBody(theme, t11, t11, t05, t06)))
            .ReadAsync<LessonStudyGroupDto>(HttpStatusCode.Created);
        (group.Members.Count, group.FacilitatorStaffMemberId, group.KnowledgeableOtherName).ShouldBe((3, t11, "Айгүл Нұрланова"));

        // Members and the administration read it; another teacher does not know it exists; the administration changes nothing.
        (await outsider.GetAsync($"{Url}/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetStringAsync($"{Url}/groups?maxResultCount=100")).ShouldNotContain(theme);
        (await director.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).Abilities.IsMember.ShouldBeFalse();
        await (await director
            .PutJsonAsync($"{Url}/groups/{group.Id}", new Dictionary<string, object?>(ToDictionary(GroupBody(theme, t11, t11, t05, t06)))
            {
                ["concurrencyStamp"] = group
                .ConcurrencyStamp
            })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonStudy.NotAMember);

        // Case pupils are pseudonyms or initials: a full name is refused; the teacher is a member.
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3);
        await (await facilitator.PostJsonAsync(
            $"{Url}/groups/{group.Id}/lessons",
            LessonBody(t05, day, ["Оқушы А", "Айгерім Болатова", "Оқушы В"])))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.LessonStudy.PupilFullName);
        (await (await facilitator.PostJsonAsync(
            $"{Url}/groups/{group.Id}/lessons",
            LessonBody(await StaffIdAsync("teacher07"), day, Pupils)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes
                .ValidationFailed)).ToString().ShouldContain(KemelSchoolPDErrorCodes.LessonStudy.TeacherNotMember);
        var round1 = await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/lessons", LessonBody(t05, day, Pupils)))
            .ReadAsync<ResearchLessonDto>(HttpStatusCode.Created);
        (round1.RoundNumber, round1.CasePupils.Count, round1.Predictions.Count, round1.Plan.TotalMinutes).ShouldBe((1, 3, 6, 25));
        round1.CasePupils.Select(p => p.Pseudonym).ShouldBe(Pupils);

        // The lesson is in the observers' "my work" (not the teacher's), and they were told of it, without any pupil.
        (await observer2.MyWorkAsync(LessonStudyWorkKinds.ObserveLesson)).ShouldContain(i => i.RecordId == round1.Id);
        (await observer1.MyWorkAsync(LessonStudyWorkKinds.ObserveLesson)).ShouldNotContain(i => i.RecordId == round1.Id);
        (await observer2.GetStringAsync("/api/app/notifications?maxResultCount=100")).ShouldContain(theme);

        // Re-teaching waits for the discussion.
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/lessons", LessonBody(t06, day.AddDays(7), Pupils)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.LessonStudy.PreviousRoundNotDiscussed);

        // Notes from two phones: resending is idempotent, another observer's notes are never touched.
        var (a, b, c) = (round1.CasePupils[0].Id, round1.CasePupils[1].Id, round1.CasePupils[2].Id);
        var (s0, s1) = (round1.Plan.Stages[0].Id, round1.Plan.Stages[1].Id);
        var (n1, n2, n3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var batch = new { notes = new[] { Note(n1, a, s0, "Бірден жауап берді"), Note(n2, c, s1, "Жұбына модельді түсіндірді") } };
        (await (await observer1.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", batch)).ReadAsync<SaveLessonStudyNotesResultDto>()).Total
            .ShouldBe(2);
        (await (await observer1.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", batch)).ReadAsync<SaveLessonStudyNotesResultDto>()).Total
            .ShouldBe(2);
        await (await observer2.PostJsonAsync(
            $"{Url}/lessons/{round1.Id}/notes",
            new { notes = new[] { Note(n3, a, s0, "Модельсіз есептеді") } })).ReadAsync<SaveLessonStudyNotesResultDto>();
        await (await observer2.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", new { notes = new[] { Note(n1, a, s0, "Басып жазу") } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.LessonStudy.NoteOfAnotherObserver);
        await (await observer1.PostJsonAsync(
            $"{Url}/lessons/{round1.Id}/notes",
            new { notes = new[] { Note(n1, a, s0, "Бірден дұрыс жауап берді") } })).ReadAsync<SaveLessonStudyNotesResultDto>();
        var notes = await observer1.GetAsync<List<LessonStudyNoteDto>>($"{Url}/lessons/{round1.Id}/notes");
        notes.Count.ShouldBe(3);
        notes.Single(n => n.Id == n1).Text.ShouldBe("Бірден дұрыс жауап берді");
        notes.Single(n => n.Id == n3).Text.ShouldBe("Модельсіз есептеді");
        // A note about a pupil who is not in the lesson, or from someone who is not a member, is refused.
        (await (await observer1.PostJsonAsync(
            $"{Url}/lessons/{round1.Id}/notes",
            new { notes = new[] { Note(Guid.NewGuid(), Guid.NewGuid(), s0, "?") } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, CommonErrorCodes
                .ValidationFailed)).ToString().ShouldContain(KemelSchoolPDErrorCodes.LessonStudy.UnknownPupil);
        await (await director.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", new { notes = new[] { Note(Guid.NewGuid(), a, s0, "?") } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonStudy.ObserverNotMember);
        (await outsider.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", new { notes = new[] { Note(Guid.NewGuid(), a, s0, "?") } }))
            .StatusCode
            .ShouldBe(HttpStatusCode.NotFound);

        // The discussion puts each pupil's predictions beside every observer's notes.
        var discussion = await facilitator.GetAsync<ResearchLessonDiscussionDto>($"{Url}/lessons/{round1.Id}/discussion");
        var first = discussion.Pupils.Single(p => p.Pupil.Id == a).Stages.Single(s => s.StageId == s0);
        first.Prediction.ShouldBe("Болжам 0-0");
        first.Observations.Select(o => o.Text).ShouldBe(["Бірден дұрыс жауап берді", "Модельсіз есептеді"], ignoreOrder: true);
        discussion.Observers.Count.ShouldBe(2);
        await (await facilitator.PutJsonAsync(
            $"{Url}/lessons/{round1.Id}/interviews",
            new { interviews = new[] { new { pupilId = c, learned = "Жолақпен оңай" } } })).ReadAsync<ResearchLessonDto>();

        // Only the facilitator closes it, and only with conclusions.
        await (await facilitator.PostJsonAsync($"{Url}/lessons/{round1.Id}/discussed", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.DiscussionIncomplete);
        await (await observer1.PutJsonAsync($"{Url}/lessons/{round1.Id}/discussion", new
        {
            surprises = "Оқушы В белсенді болды", teaching = "Нұсқаулық түсініксіз", conclusions = "Модель Оқушы В мен А.Б. үшін пайдалы", agreedChanges = "Қадамдық нұсқаулық",
        })).ReadAsync<ResearchLessonDiscussionDto>();
        await (await observer1.PostJsonAsync($"{Url}/lessons/{round1.Id}/discussed", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            KemelSchoolPDErrorCodes.LessonStudy.NotFacilitator);
        (await (await facilitator.PostJsonAsync($"{Url}/lessons/{round1.Id}/discussed", new { })).ReadAsync<ResearchLessonDto>()).Status
            .ShouldBe(ResearchLessonStatus.Discussed);
        await (await observer1.PostJsonAsync($"{Url}/lessons/{round1.Id}/notes", batch)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.RoundDiscussed);

        // Re-teach: a new version of the plan, with the differences to the previous round's.
        var round2 = await (await observer2.PostJsonAsync(
            $"{Url}/groups/{group.Id}/lessons",
            LessonBody(t06, day.AddDays(7), Pupils, warmUpMinutes: 3)))
            .ReadAsync<ResearchLessonDto>(HttpStatusCode.Created);
        (round2.RoundNumber, round2.PreviousRoundId).ShouldBe((2, round1.Id));
        round2.PlanChanges.ShouldHaveSingleItem().Kind.ShouldBe(LessonPlanChangeKind.Changed);

        // The report, in Kazakh and Russian.
        var kk = await Docx.ReadAsync(await facilitator.GetAsync($"{Url}/groups/{group.Id}/report?culture=kk"));
        kk.AllText.ShouldContain(theme);
        kk.AllText.ShouldContain("Болжам 0-0");
        (await Docx.ReadAsync(await director.GetAsync($"{Url}/groups/{group.Id}/report?culture=ru"))).AllText
            .ShouldContain("Модельсіз есептеді");
        (await outsider.GetAsync($"{Url}/groups/{group.Id}/report?culture=kk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Publication needs every member's consent (and sharing everybody's consent to share).
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.ConsentMissing);
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/request-consent", new { })).ReadAsync<LessonStudyGroupDto>();
        (await observer2.MyWorkAsync(LessonStudyWorkKinds.ConsentReport)).ShouldContain(i => i.RecordId == group.Id);
        await (await facilitator.PutJsonAsync($"{Url}/groups/{group.Id}/consent", new { publish = true, shareWithAllSchools = true }))
            .ReadAsync<LessonStudyGroupDto>();
        await (await observer1.PutJsonAsync($"{Url}/groups/{group.Id}/consent", new { publish = true, shareWithAllSchools = true }))
            .ReadAsync<LessonStudyGroupDto>();
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.ConsentMissing);
        await (await observer2.PutJsonAsync($"{Url}/groups/{group.Id}/consent", new { publish = true, shareWithAllSchools = false }))
            .ReadAsync<LessonStudyGroupDto>();
        (await observer2.MyWorkAsync(LessonStudyWorkKinds.ConsentReport)).ShouldNotContain(i => i.RecordId == group.Id);
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { shareWithAllSchools = true }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.LessonStudy.ConsentMissing);
        await (await observer1.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Forbidden,
            KemelSchoolPDErrorCodes.LessonStudy.NotFacilitator);
        await (await observer2.PutJsonAsync($"{Url}/groups/{group.Id}/consent", new { publish = true, shareWithAllSchools = true }))
            .ReadAsync<LessonStudyGroupDto>();
        var item = await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { shareWithAllSchools = true }))
            .ReadAsync<PracticeLibraryItemDto>();
        (item.SourceKind, item.SourceId, item.SharedWithAllSchools).ShouldBe((PracticeSourceKind.LessonStudy, group.Id, true));
        item.Conclusions.ShouldContain("Модель");

        // The library: anyone of the school finds it by subject, grade and theme; no pupil is in it.
        var found = await outsider.GetStringAsync(
            $"{Library}?subject={Uri.EscapeDataString("Математика")}&grade=7&filter={Uri.EscapeDataString(theme)}");
        found.ShouldContain(item.Id.ToString());
        (await outsider.GetStringAsync($"{Library}?grade=5&filter={Uri.EscapeDataString(theme)}")).ShouldNotContain(item.Id.ToString());
        var own = await outsider.GetStringAsync($"{Library}/{item.Id}");
        foreach (var pupil in Pupils) own.ShouldNotContain(pupil);
        (await outsider.GetAsync($"{Url}/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another school reads it only in the shared catalogue, with the school's name and no pupil; never the group or its audit.
        var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        var shared = await other.GetStringAsync($"{Library}/shared?filter={Uri.EscapeDataString(theme)}");
        shared.ShouldContain(item.Id.ToString());
        var sharedItem = await other.GetAsync<PracticeLibraryItemDto>($"{Library}/shared/{item.Id}");
        sharedItem.SchoolName.ShouldNotBeNullOrWhiteSpace();
        var sharedText = await other.GetStringAsync($"{Library}/shared/{item.Id}");
        foreach (var pupil in Pupils) sharedText.ShouldNotContain(pupil);
        (await other.GetAsync($"{Library}/{item.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(theme)}")).ShouldNotContain(item.Id.ToString());
        (await other.GetAsync($"{Url}/groups/{group.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{Url}/lessons/{round1.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherAudit = await other.GetStringAsync("/api/app/audit-logs?maxResultCount=100");
        otherAudit.ShouldNotContain("Оқушы А");
        otherAudit.ShouldNotContain(round1.Id.ToString());

        // No notification of any school carries a pupil.
        (await host.AllNotificationsAsync()).ShouldAllBe(n => !n.Values.Values.Any(v => Pupils.Any(p => v.Contains(p))));
    }

    [Fact]
    public async Task Should_Attach_A_Discussed_Round_To_A_Members_Growth_Cycle()
    {
        var (t09, t08) = (await StaffIdAsync("teacher09"), await StaffIdAsync("teacher08"));
        var facilitator = await host.SignInAsync(Bin, "teacher09");
        var member = await host.SignInAsync(Bin, "teacher08");
        var group = await (await facilitator.PostJsonAsync($"{Url}/groups", GroupBody("Дәлел", t09, t09, t08)))
            .ReadAsync<LessonStudyGroupDto>(HttpStatusCode.Created);
        var round = await (await facilitator.PostJsonAsync(
            $"{Url}/groups/{group.Id}/lessons",
            LessonBody(t08, DateOnly.FromDateTime(DateTime.UtcNow), Pupils)))
            .ReadAsync<ResearchLessonDto>(HttpStatusCode.Created);
        await (await member.PostJsonAsync($"{Url}/lessons/{round.Id}/evidence", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.RoundNotDiscussed);
        await (await facilitator.PutJsonAsync(
            $"{Url}/lessons/{round.Id}/discussion",
            new { conclusions = "Оқушы А модельді қажет етпеді" })).ReadAsync<ResearchLessonDiscussionDto>();
        await (await facilitator.PostJsonAsync($"{Url}/lessons/{round.Id}/discussed", new { })).ReadAsync<ResearchLessonDto>();

        // teacher08 has no active cycle yet.
        await (await member.PostJsonAsync($"{Url}/lessons/{round.Id}/evidence", new { })).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.LessonStudy.NoActiveCycle);
        var director = await host.SignInAsync(Bin, TestData.Director);
        var cycle = await (await director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = 2044, participantStaffMemberId = t08, growthZone = "Модельдер",
            entryDiagnostic = new { observationSummary = "Модельдер аз қолданылады", growthZones = new[] { "Модельдер" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        // At Action the cycle's own rule refuses a Lesson Study trial; at Approbation it takes it, with no pupil in it.
        await (await member.PostJsonAsync($"{Url}/lessons/{round.Id}/evidence", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage);
        await host.InSchoolAsync(await host.SchoolIdAsync(Bin), async db =>
        {
            var open = await db.GrowthCycles.SingleAsync(x => x.Id == cycle.Id);
            foreach (var stage in new[] {
                GrowthCycleStage.Analysis,
                GrowthCycleStage.Reflection,
                GrowthCycleStage.Design,
                GrowthCycleStage.Approbation })
                open.MoveTo(stage, [], null, GrowthActor.System, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var evidence = await (await member.PostJsonAsync($"{Url}/lessons/{round.Id}/evidence", new { }))
            .ReadAsync<LessonStudyEvidenceDto>();
        evidence.CycleId.ShouldBe(cycle.Id);
        var artefact = await host.InSchoolAsync(
            await host.SchoolIdAsync(Bin),
            db => db.GrowthCycleArtefacts.AsNoTracking().SingleAsync(x => x.Id == evidence.ArtefactId));
        (artefact.Kind, artefact.Content.EvidenceType).ShouldBe((GrowthArtefactKind.ChangeTrial, GrowthEvidenceType.LessonStudy));
        artefact.Content.Text!.ShouldContain("модельді қажет етпеді");
        artefact.Content.Text!.ShouldNotContain("Оқушы А");
    }

    [Fact]
    public async Task Should_Unpublish_Only_By_The_Facilitator_A_Publisher_Still_In_The_Group_Or_The_Director_With_An_Audit_Entry()
    {
        var (t09, t12) = (await StaffIdAsync("teacher09"), await StaffIdAsync("teacher12"));
        var facilitator = await host.SignInAsync(Bin, "teacher09");
        var member = await host.SignInAsync(Bin, "teacher12");
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var director = await host.SignInAsync(Bin, TestData.Director);
        var theme = $"Жариялау {Guid.NewGuid():N}"[..20];
        var group = await (await facilitator.PostJsonAsync($"{Url}/groups", GroupBody(theme, t09, t09, t12)))
            .ReadAsync<LessonStudyGroupDto>(HttpStatusCode.Created);
        var round = await (await facilitator.PostJsonAsync(
            $"{Url}/groups/{group.Id}/lessons",
            LessonBody(t12, DateOnly.FromDateTime(DateTime.UtcNow), Pupils)))
            .ReadAsync<ResearchLessonDto>(HttpStatusCode.Created);
        await (await facilitator.PutJsonAsync($"{Url}/lessons/{round.Id}/discussion", new { conclusions = "Модель көмектесті" }))
            .ReadAsync<ResearchLessonDiscussionDto>();
        await (await facilitator.PostJsonAsync($"{Url}/lessons/{round.Id}/discussed", new { })).ReadAsync<ResearchLessonDto>();

        // Nothing to take out before it is published.
        await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.LessonStudy.NotPublished);
        foreach (var who in new[] { facilitator, member })
            await (await who.PutJsonAsync($"{Url}/groups/{group.Id}/consent", new { publish = true, shareWithAllSchools = true }))
                .ReadAsync<LessonStudyGroupDto>();
        var item = await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { shareWithAllSchools = true }))
            .ReadAsync<PracticeLibraryItemDto>();
        (await facilitator.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).Abilities.CanUnpublish.ShouldBeTrue();
        (await member.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).Abilities.CanUnpublish.ShouldBeFalse();

        // Another member and a deputy (who reads every group but does not keep the library) may not; a teacher outside does not see the
        // group.
        await (await member.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonStudy.CannotUnpublish);
        await (await deputy.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.LessonStudy.CannotUnpublish);
        (await (await host.SignInAsync(Bin, "teacher07")).PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await member.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(theme)}")).ShouldContain(item.Id.ToString());

        // The library list says the same to each (its page shows the button by it): the publisher and the director, not another member,
        // the deputy, nor another school's director reading the shared catalogue.
        async Task<PracticeLibraryListItemDto> RowAsync(HttpClient who, string list = "") =>
            (await who.GetAsync<PagedResultDto<PracticeLibraryListItemDto>>($"{Library}{list}?filter={Uri.EscapeDataString(theme)}")).Items
                .ShouldHaveSingleItem();
        (await RowAsync(facilitator)).ShouldSatisfyAllConditions(r => r.CanUnpublish.ShouldBeTrue(), r => r.SourceId.ShouldBe(group.Id));
        (await RowAsync(facilitator, "/shared")).CanUnpublish.ShouldBeTrue();
        (await RowAsync(director)).CanUnpublish.ShouldBeTrue();
        (await RowAsync(member)).CanUnpublish.ShouldBeFalse();
        (await RowAsync(deputy)).CanUnpublish.ShouldBeFalse();
        (await RowAsync(await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director), "/shared")).CanUnpublish.ShouldBeFalse();

        // The director takes it out of the school's library and the shared catalogue; the group's audit entry says who and when.
        (await director.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).Abilities.CanUnpublish.ShouldBeTrue();
        var after = await (await director.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { })).ReadAsync<LessonStudyGroupDto>();
        (after.LibraryItemId, after.Abilities.CanUnpublish).ShouldBe((null, false));
        after.Members.ShouldAllBe(m => m.PublishConsentAt != null);
        (await member.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(theme)}")).ShouldNotContain(item.Id.ToString());
        (await member.GetAsync($"{Library}/{item.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        (await other.GetAsync($"{Library}/shared/{item.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var audit = await director.GetAsync<PagedResultDto<KemelSchoolPD.Auditing.AuditLogDto>>(
            $"/api/app/audit-logs?entityType=LessonStudyGroup&entityId={group.Id}&maxResultCount=100");
        var entry = audit.Items.Where(
            e => e.Changes
                .Any(c => c.Property == "LibraryItemId" && c.OldValue == item.Id.ToString() && c.NewValue == null)).ShouldHaveSingleItem();
        entry.UserName.ShouldBe(TestData.Director);
        await (await director.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.LessonStudy.NotPublished);

        // The consents stay: the facilitator publishes again.
        var again = await (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/publish", new { shareWithAllSchools = false }))
            .ReadAsync<PracticeLibraryItemDto>();
        (await member.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(theme)}")).ShouldContain(again.Id.ToString());

        // She hands the group over to teacher12 and leaves it: no longer reading the group, its publisher has no button and its
        // unpublish answers 404, as to any teacher outside; the new facilitator (who did not publish it) and the director may.
        var stamp = (await facilitator.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).ConcurrencyStamp;
        await (await facilitator.PutJsonAsync($"{Url}/groups/{group.Id}", GroupBody(theme, t12, t12).With("concurrencyStamp", stamp)))
            .ReadAsync<LessonStudyGroupDto>();
        (await RowAsync(facilitator)).CanUnpublish.ShouldBeFalse();
        (await facilitator.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await RowAsync(director)).CanUnpublish.ShouldBeTrue();
        (await RowAsync(member)).CanUnpublish.ShouldBeTrue();
        (await member.GetAsync<LessonStudyGroupDto>($"{Url}/groups/{group.Id}")).Abilities.CanUnpublish.ShouldBeTrue();

        // An item published before publishers were recorded has none: the facilitator still takes it out.
        await host.InSchoolAsync(await host.SchoolIdAsync(Bin), db => db.PracticeLibraryItems.Where(i => i.Id == again.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.PublishedByStaffMemberId, (Guid?)null)));
        (await RowAsync(member)).CanUnpublish.ShouldBeTrue();
        (await RowAsync(deputy)).CanUnpublish.ShouldBeFalse();
        (await (await member.PostJsonAsync($"{Url}/groups/{group.Id}/unpublish", new { })).ReadAsync<LessonStudyGroupDto>()).LibraryItemId
            .ShouldBeNull();
    }

    private static Dictionary<string, object?> ToDictionary(object body) =>
        body.GetType().GetProperties().ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(body));
}

internal static class BodyExtensions
{
    public static Dictionary<string, object?> With(this object body, string name, object? value)
    {
        var dict = body.GetType().GetProperties().ToDictionary(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..], p => p.GetValue(body));
        dict[name] = value;
        return dict;
    }
}

public sealed class LessonStudy_Sqlite_Tests(SqliteHostFixture host) : LessonStudy_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class LessonStudy_Postgres_Tests(PostgresHostFixture host) : LessonStudy_Tests(host), IClassFixture<PostgresHostFixture>;
