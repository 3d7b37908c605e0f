using System.Net;
using KemelSchoolPD.ActionResearch;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.HttpApi.Tests.Mentoring;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Tests.ActionResearch;

/// <summary>
/// Action Research through HTTP: who reads and who keeps a project (members; readers of every project read only; others 404),
/// the Table 7 plan linked only when the caller reads it, cycles moved step by step with 409 codes, a finished cycle opening the
/// next until solved, data with its rules, the report in kk/ru, publication only with every member's consent (withdrawing it
/// unpublishes), "my work" and notifications, and a cycle attached as evidence to the member's own growth cycle. The class shares
/// one database: each test uses its own demo people.
/// </summary>
public abstract class ActionResearch_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/action-research";
    private const string Bin = TestData.DemoSchoolBin;

    private async Task<Guid> StaffIdAsync(string userName) => (await host.PersonAsync(Bin, userName)).StaffId;

    private static object Content(string title) => new
    {
        title, subject = "Қазақ әдебиеті", classNames = "7 А", problem = "Оқушылар сабақта белсенді емес.",
        researchQuestion = "Драмалық элементтер белсенділікті арттыра ма?", hypothesis = "Сахналау белсенділікті арттырады.",
        strategy = "Әр сабақта сахналау.", baseline = "24 оқушының 9-ы белсенді.",
    };

    private static async Task<ActionResearchProjectDto> CreateAsync(HttpClient owner, string title, params Guid[] members) =>
        await (await owner.PostJsonAsync(Url, new Dictionary<string, object?>
        {
            ["title"] = title, ["problem"] = "Оқушылар сабақта белсенді емес.", ["researchQuestion"]
                = "Драмалық элементтер белсенділікті арттыра ма?",
            ["hypothesis"] = "Сахналау белсенділікті арттырады.", ["strategy"] = "Әр сабақта сахналау.", ["memberStaffMemberIds"] = members,
        })).ReadAsync<ActionResearchProjectDto>(HttpStatusCode.Created);

    /// <summary>A growth cycle of the participant (a year of its own) with a Table 7 research plan artefact, written as the cycle's own
    /// rules would.</summary>
    private async Task<(Guid CycleId, Guid ArtefactId)> ResearchPlanAsync(Guid participant, int year)
    {
        var director = await host.SignInAsync(Bin, TestData.Director);
        var cycle = await (await director.PostJsonAsync("/api/app/growth-cycles", new
        {
            academicYear = year, participantStaffMemberId = participant, growthZone = "Оқушылардың белсенділігі",
            entryDiagnostic = new { observationSummary = "Белсенділік төмен", growthZones = new[] { "Белсенділік" } },
        })).ReadAsync<GrowthCycleDto>(HttpStatusCode.Created);
        var artefactId = Guid.CreateVersion7();
        await host.InSchoolAsync(await host.SchoolIdAsync(Bin), async db =>
        {
            db.GrowthCycleArtefacts
                .Add(new GrowthCycleArtefact(artefactId, cycle.Id, GrowthCycleStage.Design, GrowthArtefactKind.ResearchPlan,
                    new GrowthArtefactContent { Answers = [new TemplateAnswer { Number = 1, Answer = "Белсенділік мәселесі" }] }, false));
            return await db.SaveChangesAsync();
        });
        return (cycle.Id, artefactId);
    }

    [Fact]
    public async Task Should_Run_Cycles_In_Order_Until_Solved_And_Publish_Only_With_Every_Consent()
    {
        var (t05, t06) = (await StaffIdAsync("teacher05"), await StaffIdAsync("teacher06"));
        var owner = await host.SignInAsync(Bin, "teacher05");
        var member = await host.SignInAsync(Bin, "teacher06");
        var outsider = await host.SignInAsync(Bin, "teacher07");
        var director = await host.SignInAsync(Bin, TestData.Director);

        // Bad input at any depth, and a member of another school is unknown.
        (await owner.PostJsonAsync(Url, new { title = "", problem = "a" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var stranger = (await host.PersonAsync(TestData.SecondSchoolBin, "teacher01")).StaffId;
        await (await owner.PostJsonAsync(Url, new Dictionary<string, object?>
        {
            ["title"] = "x", ["problem"] = "x", ["researchQuestion"] = "x", ["hypothesis"] = "x", ["strategy"] = "x", [
                "memberStaffMemberIds"] = new[] { stranger },
        })).ShouldHaveFieldCodeAsync("staffMemberIds", KemelSchoolPDErrorCodes.ActionResearch.StaffMustBeActive);

        var project = await CreateAsync(owner, "Сахналау 7 А", t06);
        (project.Status, project.CurrentCycleNumber, project.Members.Count).ShouldBe((ActionResearchStatus.Active, 1, 2));
        project.Members.Single(m => m.IsOwner).StaffMemberId.ShouldBe(t05);
        var cycle = project.Cycles.ShouldHaveSingleItem();
        (cycle.Number, cycle.Stage, cycle.Status).ShouldBe((1, ActionResearchStage.Apply, ActionResearchCycleStatus.Open));
        var memberUser = (await host.PersonAsync(Bin, "teacher06")).UserId;
        (await host.AllNotificationsAsync()).ShouldContain(
            n => n.RecordId == project.Id && n.Kind == ActionResearchWorkKinds.MemberAdded && n.UserId == memberUser);

        // Readers: members; the director reads but does not keep it; another teacher does not see it.
        (await outsider.GetAsync($"{Url}/{project.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await outsider.GetAsync<PagedResultDto<ActionResearchProjectListItemDto>>($"{Url}?maxResultCount=100")).Items
            .ShouldNotContain(p => p.Id == project.Id);
        (await director.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Abilities.CanEdit.ShouldBeFalse();
        await (await director.PutJsonAsync(
            $"{Url}/{project.Id}",
            new Dictionary<string, object?>(ToDict(Content("x"))) { ["concurrencyStamp"] = project.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.NotAMember);
        (await member.GetAsync<PagedResultDto<ActionResearchProjectListItemDto>>($"{Url}?mine=true&filter=сахналау")).Items
            .ShouldContain(p => p.Id == project.Id);

        // Steps in order, each complete: no skipping, no move without lessons, data, analysis.
        var cycleUrl = $"{Url}/{project.Id}/cycles/{cycle.Id}";
        await (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Analyse" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.CannotSkipStage);
        await (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Collect" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete);
        (await member.PutJsonAsync(
            cycleUrl,
            new { lessons = new[] { new { date = "2026-10-01", className = "" } }, concurrencyStamp = cycle.ConcurrencyStamp }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        cycle = await (await member.PutJsonAsync(cycleUrl, new
        {
            lessons = new[] {
                new { date = "2026-10-01", className = "7 А", topic = "Абай" },
                new { date = "2026-10-03", className = "7 А", topic = "Көксерек" } },
            concurrencyStamp = cycle.ConcurrencyStamp,
        })).ReadAsync<ActionResearchCycleDto>();
        cycle.Lessons.Count.ShouldBe(2);
        (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Collect" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Analyse" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete);
        (await member.PostJsonAsync($"{cycleUrl}/data", new { kind = "PrePostResults", title = "Нәтижелер" })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        (await member.PostJsonAsync($"{cycleUrl}/data", new { kind = "Questionnaire", title = "Сауалнама" })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        var data = await (await member.PostJsonAsync($"{cycleUrl}/data", new
        {
            kind = "PrePostResults", title = "Белсенді оқушылар", results = new[] {
                new { className = "7 А", indicator = "Белсенділер", before = 9, after = 15 } },
        })).ReadAsync<ActionResearchDataItemDto>(HttpStatusCode.Created);
        data.Results.ShouldHaveSingleItem().After.ShouldBe(15m);
        (await outsider.PostJsonAsync($"{cycleUrl}/data", new { kind = "Observation", title = "x", summary = "x" })).StatusCode
            .ShouldBe(HttpStatusCode.NotFound);
        (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Analyse" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Adjust" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete);
        await (await member.PostJsonAsync($"{cycleUrl}/finish", new { solved = false }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.NotInFinalStage);
        cycle = (await member.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Cycles.Single();
        await member.PutJsonAsync(cycleUrl, new
        {
            lessons = cycle.Lessons
                .Select(l => new { date = l.Date, className = l.ClassName, topic = l.Topic }), analysis = "Белсенділер 9-дан 15-ке артты.",
            adjustment = "Шағын топтарда сахналау.", concurrencyStamp = cycle.ConcurrencyStamp,
        });
        (await member.PostJsonAsync($"{cycleUrl}/advance", new { stage = "Adjust" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.NotFinished);

        // Finishing unsolved opens the next cycle; the finished one is kept and no longer changes.
        project = await (await owner.PostJsonAsync($"{cycleUrl}/finish", new { solved = false })).ReadAsync<ActionResearchProjectDto>();
        (project.Status, project.CurrentCycleNumber, project.Cycles.Count).ShouldBe((ActionResearchStatus.Active, 2, 2));
        (project.Cycles[0].Status, project.Cycles[0].Solved, project.Cycles[1].Stage).ShouldBe(
            (ActionResearchCycleStatus.Finished, false, ActionResearchStage.Apply));
        await (await member.PostJsonAsync($"{cycleUrl}/data", new { kind = "Observation", title = "x", summary = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.CycleNotOpen);

        // The report, in Kazakh and Russian, to readers only.
        foreach (var culture in new[] { "kk", "ru" })
        {
            var response = await member.GetAsync($"{Url}/{project.Id}/report?culture={culture}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType
                .ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            (await response.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());
        }
        await (await member.GetAsync($"{Url}/{project.Id}/report?culture=de")).ShouldHaveFieldCodeAsync(
            "culture",
            KemelSchoolPDErrorCodes.ActionResearch.UnsupportedCulture);
        (await outsider.GetAsync($"{Url}/{project.Id}/report?culture=kk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The second cycle solves the problem: the project ends and no third cycle opens.
        var second = project.Cycles[1];
        var secondUrl = $"{Url}/{project.Id}/cycles/{second.Id}";
        second = await (await owner.PutJsonAsync(
            secondUrl,
            new { lessons = new[] { new { date = "2026-11-01", className = "7 А" } }, concurrencyStamp = second.ConcurrencyStamp }))
            .ReadAsync<ActionResearchCycleDto>();
        (await owner.PostJsonAsync($"{secondUrl}/advance", new { stage = "Collect" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.PostJsonAsync(
            $"{secondUrl}/data",
            new { kind = "Observation", title = "Бақылау", summary = "Ұялшақ оқушылар да қатысты." })).StatusCode.ShouldBe(
                HttpStatusCode.Created);
        (await owner.PostJsonAsync($"{secondUrl}/advance", new { stage = "Analyse" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        second = (await owner.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Cycles[1];
        await owner.PutJsonAsync(secondUrl, new
        {
            lessons = second
            .Lessons, analysis = "Бәрі қатысты.", adjustment = "Тәсіл бекітілді.", concurrencyStamp = second.ConcurrencyStamp
        });
        (await owner.PostJsonAsync($"{secondUrl}/advance", new { stage = "Adjust" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        project = await (await owner.PostJsonAsync($"{secondUrl}/finish", new { solved = true })).ReadAsync<ActionResearchProjectDto>();
        (project.Status, project.Cycles.Count, project.Cycles[1].Solved).ShouldBe((ActionResearchStatus.Solved, 2, true));
        await (await owner.PutJsonAsync(
            $"{Url}/{project.Id}",
            new Dictionary<string, object?>(ToDict(Content("y"))) { ["concurrencyStamp"] = project.ConcurrencyStamp }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.ProjectNotActive);

        // Publication: every member's consent, the owner publishes; the members are asked in "my work".
        await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.ConsentMissing);
        (await member.MyWorkAsync(ActionResearchWorkKinds.ConsentRequested)).ShouldContain(i => i.RecordId == project.Id);
        (await owner.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.ConsentMissing);
        await (await director.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.NotAMember);
        (await member.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await member.MyWorkAsync(ActionResearchWorkKinds.ConsentRequested)).ShouldNotContain(i => i.RecordId == project.Id);
        await (await member.PostJsonAsync($"{Url}/{project.Id}/publish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.OnlyOwner);
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { })).ReadAsync<ActionResearchProjectDto>();
        project.PublishedAt.ShouldNotBeNull();
        (await outsider.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Abilities.CanConsent.ShouldBeFalse();
        (await outsider.GetAsync<PagedResultDto<ActionResearchProjectListItemDto>>($"{Url}?published=true&maxResultCount=100")).Items
            .ShouldContain(p => p.Id == project.Id);
        // The school's library of practice holds it, with the members as authors.
        var library = "/api/app/practice-library?maxResultCount=100";
        (await outsider.GetAsync<PagedResultDto<KemelSchoolPD.PracticeLibrary.PracticeLibraryListItemDto>>(library)).Items
            .ShouldContain(i => i.SourceKind == KemelSchoolPD.LessonStudy.PracticeSourceKind.ActionResearch && i.Title == project.Title);

        // A member withdrawing consent takes it out of publication, and out of the library.
        project = await (await member.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = false }))
            .ReadAsync<ActionResearchProjectDto>();
        project.PublishedAt.ShouldBeNull();
        (await outsider.GetAsync<PagedResultDto<KemelSchoolPD.PracticeLibrary.PracticeLibraryListItemDto>>(library)).Items
            .ShouldNotContain(i => i.Title == project.Title);
        (await outsider.GetAsync($"{Url}/{project.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_Link_Only_A_Readable_Table7_Plan_And_Keep_Membership_With_The_Owner()
    {
        var (t08, t09, t10) = (await StaffIdAsync("teacher08"), await StaffIdAsync("teacher09"), await StaffIdAsync("teacher10"));
        var owner = await host.SignInAsync(Bin, "teacher08");
        var member = await host.SignInAsync(Bin, "teacher09");
        var (_, ownPlan) = await ResearchPlanAsync(t08, 2044);
        var (_, othersPlan) = await ResearchPlanAsync(t10, 2044);

        // Another teacher's plan is not the caller's to link (probed in the body), nor a random id.
        foreach (var planId in new[] { othersPlan, Guid.NewGuid() })
            await (await owner.PostJsonAsync(Url, new Dictionary<string, object?>
            {
                ["title"] = "x", ["problem"] = "x", ["researchQuestion"] = "x", ["hypothesis"] = "x", ["strategy"] = "x", [
                    "researchPlanArtefactId"] = planId,
            })).ShouldHaveFieldCodeAsync("researchPlanArtefactId", KemelSchoolPDErrorCodes.ActionResearch.UnknownResearchPlan);
        var project = await CreateAsync(owner, "Кері байланыс", t09);
        project = await (await owner.PutJsonAsync($"{Url}/{project.Id}/research-plan", new { researchPlanArtefactId = ownPlan }))
            .ReadAsync<ActionResearchProjectDto>();
        project.ResearchPlanArtefactId.ShouldBe(ownPlan);
        project.ResearchPlan!.Sections.ShouldHaveSingleItem().Answer.ShouldBe("Белсенділік мәселесі");
        // The member reads the project but not the owner's growth cycle: the plan is linked, its text not shown to them.
        (await member.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).ResearchPlan.ShouldBeNull();
        await (await member.PutJsonAsync($"{Url}/{project.Id}/research-plan", new { researchPlanArtefactId = ownPlan }))
            .ShouldHaveFieldCodeAsync("researchPlanArtefactId", KemelSchoolPDErrorCodes.ActionResearch.UnknownResearchPlan);

        // Membership is the owner's: the owner stays; a member cannot change it.
        await (await owner.PutJsonAsync($"{Url}/{project.Id}/members", new { staffMemberIds = new[] { t09 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.OwnerStaysMember);
        await (await member.PutJsonAsync($"{Url}/{project.Id}/members", new { staffMemberIds = new[] { t08, t09, t10 } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.OnlyOwner);
        project = await (await owner.PutJsonAsync($"{Url}/{project.Id}/members", new { staffMemberIds = new[] { t08, t10 } }))
            .ReadAsync<ActionResearchProjectDto>();
        project.Members.Select(m => m.StaffMemberId).ShouldBe([t08, t10], ignoreOrder: true);
        (await member.GetAsync($"{Url}/{project.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A step with a date is the owner's "my work"; closing the project ends it (and its open cycle).
        var cycle = project.Cycles.Single();
        await owner.PutJsonAsync($"{Url}/{project.Id}/cycles/{cycle.Id}", new
        {
            lessons = Array.Empty<object>(), stepDueOn = DateOnly
            .FromDateTime(DateTime.UtcNow)
            .AddDays(2), concurrencyStamp = cycle.ConcurrencyStamp
        });
        (await owner.MyWorkAsync(ActionResearchWorkKinds.StepDue)).ShouldContain(i => i.RecordId == cycle.Id);
        await (await (await host.SignInAsync(Bin, "teacher10")).PostJsonAsync($"{Url}/{project.Id}/close", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.OnlyOwner);
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/close", new { note = "Мектептен ауыстым." }))
            .ReadAsync<ActionResearchProjectDto>();
        (project.Status, project.Cycles.Single().Status).ShouldBe((ActionResearchStatus.Closed, ActionResearchCycleStatus.Closed));
        (await owner.MyWorkAsync(ActionResearchWorkKinds.StepDue)).ShouldNotContain(i => i.RecordId == cycle.Id);
    }

    [Fact]
    public async Task Should_Attach_An_Analysed_Cycle_As_Evidence_To_The_Members_Own_Growth_Cycle()
    {
        var (t11, t12) = (await StaffIdAsync("teacher11"), await StaffIdAsync("teacher12"));
        var owner = await host.SignInAsync(Bin, "teacher11");
        var (growthId, _) = await ResearchPlanAsync(t11, 2045);
        var (othersGrowthId, _) = await ResearchPlanAsync(t12, 2045);
        var project = await CreateAsync(owner, "Бағалау критерийлері", t12);
        var cycle = project.Cycles.Single();
        var evidenceUrl = $"{Url}/{project.Id}/cycles/{cycle.Id}/evidence";

        // Not analysed yet: nothing to attach.
        await (await owner.PostJsonAsync(evidenceUrl, new { growthCycleId = growthId }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.StageIncomplete);
        await owner.PutJsonAsync(
            $"{Url}/{project.Id}/cycles/{cycle.Id}",
            new { lessons = Array.Empty<object>(), analysis = "Критерийлер түсінікті болды.", concurrencyStamp = cycle.ConcurrencyStamp });

        // The growth cycle is at Action: evidence belongs to Reflection or Approbation.
        await (await owner.PostJsonAsync(evidenceUrl, new { growthCycleId = growthId }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.GrowthCycleStage);
        await host.InSchoolAsync(await host.SchoolIdAsync(Bin), async db =>
        {
            var growth = await db.GrowthCycles.SingleAsync(c => c.Id == growthId);
            growth.MoveTo(GrowthCycleStage.Analysis, [], null, GrowthActor.System, DateTime.UtcNow);
            growth.MoveTo(GrowthCycleStage.Reflection, [], null, GrowthActor.System, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        // A colleague's growth cycle is not the caller's to fill.
        await (await owner.PostJsonAsync(evidenceUrl, new { growthCycleId = othersGrowthId }))
            .ShouldHaveFieldCodeAsync("growthCycleId", KemelSchoolPDErrorCodes.ActionResearch.UnknownGrowthCycle);
        var evidence = await (await owner.PostJsonAsync(evidenceUrl, new { growthCycleId = growthId }))
            .ReadAsync<ActionResearchEvidenceDto>();
        var artefact = await host.InSchoolAsync(
            await host.SchoolIdAsync(Bin),
            db => db.GrowthCycleArtefacts.AsNoTracking().SingleAsync(a => a.Id == evidence.ArtefactId));
        (artefact.CycleId, artefact.Kind, artefact.Stage).ShouldBe(
            (growthId, GrowthArtefactKind.ReflectiveNote, GrowthCycleStage.Reflection));
        artefact.Content.Text!.ShouldContain("Критерийлер түсінікті болды.");
    }

    private static Dictionary<string, object?> ToDict(object anonymous) =>
        anonymous.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(anonymous));

    [Fact]
    public async Task Should_Share_With_All_Schools_Only_With_Everyones_Consent_And_Unpublish_By_The_Owner_The_Publisher_Or_The_Director()
    {
        var t04 = await StaffIdAsync("teacher04");
        var owner = await host.SignInAsync(Bin, "teacher03");
        var member = await host.SignInAsync(Bin, "teacher04");
        var deputy = await host.SignInAsync(Bin, TestData.Deputy);
        var director = await host.SignInAsync(Bin, TestData.Director);
        var other = await host.SignInAsync(TestData.SecondSchoolBin, TestData.Director);
        var title = $"Бөлісу {Guid.NewGuid():N}"[..20];
        const string Library = "/api/app/practice-library";
        var project = await CreateAsync(owner, title, t04);
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/close", new { note = "Нәтиже жеткілікті." }))
            .ReadAsync<ActionResearchProjectDto>();
        await (await owner.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.NotPublished);

        // Sharing with every school needs every member's consent to share, beside the consent to publish.
        await (await owner.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true, shareWithAllSchools = true }))
            .ReadAsync<ActionResearchProjectDto>();
        project = await (await member.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true }))
            .ReadAsync<ActionResearchProjectDto>();
        project.Members.Single(m => m.StaffMemberId == t04).ShareConsentedAt.ShouldBeNull();
        await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { shareWithAllSchools = true }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.ConsentMissing);
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { shareWithAllSchools = false }))
            .ReadAsync<ActionResearchProjectDto>();
        (project.PublishedAt is not null, project.SharedWithAllSchools, project.Abilities.CanUnpublish).ShouldBe((true, false, true));
        (await other.GetStringAsync($"{Library}/shared?filter={Uri.EscapeDataString(title)}")).ShouldNotContain(title);

        // Another member and a deputy may not take it out; the director may, and the project's audit entry says who.
        (await member.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Abilities.CanUnpublish.ShouldBeFalse();
        await (await member.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.CannotUnpublish);
        await (await deputy.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.CannotUnpublish);
        project = await (await director.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { })).ReadAsync<ActionResearchProjectDto>();
        project.PublishedAt.ShouldBeNull();
        project.Members.ShouldAllBe(m => m.ConsentedAt != null);
        (await member.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(title)}")).ShouldNotContain(title);
        var audit = await director.GetAsync<PagedResultDto<KemelSchoolPD.Auditing.AuditLogDto>>(
            $"/api/app/audit-logs?entityType=ActionResearchProject&entityId={project.Id}&maxResultCount=100");
        audit.Items.Where(e => e.UserName == TestData.Director && e.Changes.Any(c => c.Property == "PublishedAt" && c.NewValue == null))
            .ShouldHaveSingleItem();
        await (await director.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.ActionResearch.NotPublished);

        // With everyone's consent to share it reaches the shared catalogue, with no learner data; a withdrawn consent to share takes it out
        // of there only.
        await (await member.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true, shareWithAllSchools = true }))
            .ReadAsync<ActionResearchProjectDto>();
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { shareWithAllSchools = true }))
            .ReadAsync<ActionResearchProjectDto>();
        project.SharedWithAllSchools.ShouldBeTrue();
        var shared = await other.GetAsync<PagedResultDto<KemelSchoolPD.PracticeLibrary.PracticeLibraryListItemDto>>(
            $"{Library}/shared?filter={Uri.EscapeDataString(title)}");
        var sharedId = shared.Items.ShouldHaveSingleItem().Id;
        (await other.GetAsync<KemelSchoolPD.PracticeLibrary.PracticeLibraryItemDto>($"{Library}/shared/{sharedId}")).SchoolName
            .ShouldNotBeNullOrWhiteSpace();
        await (await member.PutJsonAsync($"{Url}/{project.Id}/consent", new { consent = true, shareWithAllSchools = false }))
            .ReadAsync<ActionResearchProjectDto>();
        (await other.GetAsync($"{Library}/shared/{sharedId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await member.GetStringAsync($"{Library}?filter={Uri.EscapeDataString(title)}")).ShouldContain(title);

        // The owner published it this time, and takes it out as its publisher.
        (await (await owner.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { })).ReadAsync<ActionResearchProjectDto>()).PublishedAt
            .ShouldBeNull();

        // An item published before publishers were recorded has none: the owner still takes it out, in the library as on the project.
        project = await (await owner.PostJsonAsync($"{Url}/{project.Id}/publish", new { shareWithAllSchools = false }))
            .ReadAsync<ActionResearchProjectDto>();
        await host.InSchoolAsync(await host.SchoolIdAsync(Bin), db => db.PracticeLibraryItems.Where(i => i.SourceId == project.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.PublishedByStaffMemberId, (Guid?)null)));
        async Task<bool> RowAsync(HttpClient who) =>
            (await who.GetAsync<PagedResultDto<KemelSchoolPD.PracticeLibrary.PracticeLibraryListItemDto>>(
                $"{Library}?filter={Uri.EscapeDataString(title)}"))
            .Items.ShouldHaveSingleItem().CanUnpublish;
        (await RowAsync(owner), await RowAsync(director), await RowAsync(member), await RowAsync(deputy)).ShouldBe(
            (true, true, false, false));
        (await owner.GetAsync<ActionResearchProjectDto>($"{Url}/{project.Id}")).Abilities.CanUnpublish.ShouldBeTrue();
        await (await member.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.ActionResearch.CannotUnpublish);
        (await (await owner.PostJsonAsync($"{Url}/{project.Id}/unpublish", new { })).ReadAsync<ActionResearchProjectDto>()).PublishedAt
            .ShouldBeNull();
    }
}

public sealed class ActionResearch_Sqlite_Tests(SqliteHostFixture host) : ActionResearch_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class ActionResearch_Postgres_Tests(PostgresHostFixture host) :
    ActionResearch_Tests(host),
    IClassFixture<PostgresHostFixture>;
