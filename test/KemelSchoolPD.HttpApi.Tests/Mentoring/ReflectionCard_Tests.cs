using System.Net;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Tests.MyWork;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Tests.Mentoring;

/// <summary>
/// The novice's weekly card and the year-end card through HTTP: only the teacher writes hers (a card for someone else is
/// refused), one card a week (409), private to her, her active mentor and whoever she shares it with (not the director, not
/// another teacher, not through the audit log), the question to the mentor reaching the mentor's "my work" and the answer
/// reaching the teacher, the confidence series, and the May campaign. Each test uses its own weeks and year.
/// </summary>
public abstract class ReflectionCard_Tests(KemelWebApplicationFactory host)
{
    private const string Url = "/api/app/mentoring/cards";
    private const string Campaigns = "/api/app/mentoring/year-end-campaigns";

    [Fact]
    public async Task Should_Keep_A_Weekly_Card_To_The_Teacher_Her_Mentor_And_Whom_She_Shares_It_With()
    {
        var teacher01 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher01");
        var mentor1 = await host.PersonAsync(TestData.DemoSchoolBin, "mentor1");
        var teacher06 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher06");
        await host.EnsurePairAsync(mentor1.StaffId, teacher01.StaffId);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher01");
        var mentor = await host.SignInAsync(TestData.DemoSchoolBin, "mentor1");
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var other = await host.SignInAsync(TestData.DemoSchoolBin, "teacher06");

        var card = await (await teacher.PostJsonAsync(Url, Weekly(2030, 10, mentor1.StaffId, score: 6))).ReadAsync<ReflectionCardDto>(
            HttpStatusCode.Created);
        card.Kind.ShouldBe(ReflectionCardKind.Weekly);
        card.WeekStart.ShouldBe(new DateOnly(2030, 3, 4));
        card.AcademicYear.ShouldBe(2029);
        card.Score.ShouldBe(6);
        card.Addressee!.StaffMemberId.ShouldBe(mentor1.StaffId);
        card.AddresseeKind.ShouldBe(CardQuestionAddressee.Mentor);
        card.Answers.Select(a => a.Key).ShouldBe(["W.P1", "W.A2", "W.C1"]);

        // One card a week; nobody writes a card for someone else; an unknown question is refused.
        await (await teacher.PostJsonAsync(Url, Weekly(2030, 10, null))).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.MentoringPlans.WeeklyCardExists);
        await (await mentor.PostJsonAsync(Url, new
        {
            teacherStaffMemberId = teacher01.StaffId, weekYear = 2030, week = 11, answers = new[] {
            new { key = "W.P1", text = "Мен үшін" } }
        }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
        await (await teacher.PostJsonAsync(Url, new { weekYear = 2030, week = 12, answers = new[] { new { key = "Y.P1", text = "Жыл" } } }))
            .ShouldHaveFieldCodeAsync("answers", KemelSchoolPDErrorCodes.MentoringPlans.UnknownQuestion);
        (await teacher.PostJsonAsync(Url, new { weekYear = 2030, week = 12, score = 11, answers = Array.Empty<object>() }))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        // The mentor reads it and may not change it; the director and another teacher do not see it, not even in the audit log.
        (await mentor.GetAsync<ReflectionCardDto>($"{Url}/{card.Id}")).Abilities.CanEdit.ShouldBeFalse();
        await (await mentor.PutJsonAsync(
            $"{Url}/{card.Id}",
            new { concurrencyStamp = card.ConcurrencyStamp, answers = Array.Empty<object>() }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
        (await director.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // An informal curator supports the teacher but does not read her cards (only her mentor or tutor does).
        await host.EnsurePairAsync(teacher06.StaffId, teacher01.StaffId, MentoringPairKind.Curator);
        (await other.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await director.GetAsync<PagedResultDto<ReflectionCardListItemDto>>(
            $"{Url}?teacherStaffMemberId={teacher01.StaffId}&maxResultCount=100")).Items.ShouldBeEmpty();
        (await director.GetAsync<PagedResultDto<AuditLogDto>>($"/api/app/audit-logs?entityType=ReflectionCard&entityId={card.Id}")).Items
            .ShouldBeEmpty();
        (await (await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy)).GetAsync<PagedResultDto<AuditLogDto>>(
            $"/api/app/audit-logs?entityType=ReflectionCard&entityId={card.Id}"))
            .Items.ShouldBeEmpty();
        // The entries exist: the rule hides them (nobody with the audit log's permission reads the card by default).
        var schoolId = await host.SchoolIdAsync(TestData.DemoSchoolBin);
        (await host.InSchoolAsync(
            schoolId,
            db => db.AuditLogs.CountAsync(a => a.EntityType == nameof(ReflectionCard) && a.EntityId == card.Id.ToString())))
            .ShouldBeGreaterThan(0);
        (await mentor.GetAsync<PagedResultDto<ReflectionCardListItemDto>>(
            $"{Url}?teacherStaffMemberId={teacher01.StaffId}&maxResultCount=100")).Items.ShouldContain(c => c.Id == card.Id);

        // The question reaches the mentor's "my work" (its text stays out of the item), the mentor answers, the teacher is told.
        var work = await mentor.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.CardQuestion}");
        var item = work.Items.Single(i => i.RecordId == card.Id);
        item.Text.ShouldNotContain("критерий");
        (await director.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}/school?maxResultCount=100&kind={ReflectionCardWorkKinds.CardQuestion}"))
            .Items.ShouldNotContain(i => i.RecordId == card.Id);
        var questions = await mentor.GetAsync<List<CardQuestionDto>>($"{Url}/questions?answered=false");
        questions.ShouldContain(q => q.CardId == card.Id && q.Question == "Бағалау критерийлерін қалай құрастырамын?");
        (await director.PostJsonAsync($"{Url}/{card.Id}/answer", new { answer = "Мен" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await mentor.PostJsonAsync($"{Url}/{card.Id}/answer", new { answer = "Оқу мақсатынан бастаңыз" }))
            .ReadAsync<CardQuestionDto>())
            .Answer.ShouldBe("Оқу мақсатынан бастаңыз");
        (await teacher.GetAsync<ReflectionCardDto>($"{Url}/{card.Id}")).QuestionAnswer.ShouldBe("Оқу мақсатынан бастаңыз");
        (await mentor.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.CardQuestion}"))
            .Items.ShouldNotContain(i => i.RecordId == card.Id);
        (await host.AllNotificationsAsync()).ShouldContain(
            n => n.Kind == ReflectionCardWorkKinds.CardQuestionAnswered && n.RecordId == card.Id && n.UserId == teacher01.UserId);
        (await host.AllNotificationsAsync()).ShouldContain(
            n => n.Kind == ReflectionCardWorkKinds.CardQuestionAsked && n.RecordId == card.Id && n.UserId == mentor1.UserId);

        // Shared with a colleague: she reads it too; unshared again, she does not.
        card = await teacher.GetAsync<ReflectionCardDto>($"{Url}/{card.Id}");
        card = await (await teacher.PutJsonAsync(
            $"{Url}/{card.Id}/shares",
            new { concurrencyStamp = card.ConcurrencyStamp, staffMemberIds = new[] { teacher06.StaffId } }))
            .ReadAsync<ReflectionCardDto>();
        card.SharedWith.ShouldHaveSingleItem().StaffMemberId.ShouldBe(teacher06.StaffId);
        (await other.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await teacher.PutJsonAsync(
            $"{Url}/{card.Id}/shares",
            new { concurrencyStamp = card.ConcurrencyStamp, staffMemberIds = new[] { teacher01.StaffId } }))
            .ShouldHaveFieldCodeAsync("staffMemberIds", KemelSchoolPDErrorCodes.MentoringPlans.ShareWithSelf);
        await teacher.PutJsonAsync(
            $"{Url}/{card.Id}/shares",
            new { concurrencyStamp = card.ConcurrencyStamp, staffMemberIds = Array.Empty<Guid>() });
        (await other.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await director.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The confidence series: the teacher's own and, for the mentor, the mentee's; nobody else's.
        await (await teacher.PostJsonAsync(Url, Weekly(2030, 11, null, score: 7))).ReadAsync<ReflectionCardDto>(HttpStatusCode.Created);
        var series = await mentor.GetAsync<ConfidenceSeriesDto>(
            $"{Url}/confidence?teacherStaffMemberId={teacher01.StaffId}&academicYear=2029");
        series.Points.Select(p => (p.Week, p.Score)).ShouldBe([(10, (int?)6), (11, 7)]);
        (await teacher.GetAsync<ConfidenceSeriesDto>($"{Url}/confidence?academicYear=2029")).Points.Count.ShouldBe(2);
        (await director.GetAsync<ConfidenceSeriesDto>($"{Url}/confidence?teacherStaffMemberId={teacher01.StaffId}&academicYear=2029"))
            .Points
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_Send_The_Question_Only_To_An_Active_Mentor_Or_A_Deputy()
    {
        var teacher07 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher07");
        var deputy = await host.PersonAsync(TestData.DemoSchoolBin, TestData.Deputy);
        var teacher06 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher06");
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher07");
        await (await teacher.PostJsonAsync(Url, Weekly(2030, 20, teacher06.StaffId)))
            .ShouldHaveFieldCodeAsync("addresseeStaffMemberId", KemelSchoolPDErrorCodes.MentoringPlans.AddresseeNotDeputy);
        (await teacher.GetAsync<List<CardAddresseeOptionDto>>($"{Url}/addressees")).ShouldContain(
            o => o.StaffMemberId == deputy.StaffId && o.Kind == CardQuestionAddressee.Deputy);
        var card = await (await teacher.PostJsonAsync(Url, Weekly(2030, 20, deputy.StaffId))).ReadAsync<ReflectionCardDto>(
            HttpStatusCode.Created);
        card.AddresseeKind.ShouldBe(CardQuestionAddressee.Deputy);
        var deputyClient = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Deputy);
        // The deputy reads and answers the question, not the card.
        (await deputyClient.GetAsync<List<CardQuestionDto>>($"{Url}/questions")).ShouldContain(
            q => q.CardId == card.Id && q.TeacherStaffMemberId == teacher07.StaffId);
        (await deputyClient.GetAsync($"{Url}/{card.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await deputyClient.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.CardQuestion}"))
            .Items.ShouldContain(i => i.RecordId == card.Id);
        // An addressee without a question is refused.
        await (await teacher.PostJsonAsync(Url, new
        {
            weekYear = 2030, week = 21, addresseeStaffMemberId = deputy.StaffId, answers = new[] {
            new { key = "W.P1", text = "Факт" } }
        }))
            .ShouldHaveFieldCodeAsync("answers", KemelSchoolPDErrorCodes.MentoringPlans.QuestionRequired);
    }

    [Fact]
    public async Task Should_Offer_The_Year_End_Card_During_The_Schools_Campaign()
    {
        var director = await host.SignInAsync(TestData.DemoSchoolBin, TestData.Director);
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher08");
        var card = new
        {
            academicYear = 2035, score = 8, answers = new[] {
            new { key = "Y.P1", text = "Ізденіс" },
            new { key = "Y.C1", text = "Көбірек кері байланыс" } }
        };
        await (await teacher.PostJsonAsync($"{Url}/year-end", card)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.MentoringPlans.CampaignNotOpen);
        (await teacher.PostJsonAsync(Campaigns, new { academicYear = 2035, deadline = "2036-05-25" })).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden);
        await (await director.PostJsonAsync(Campaigns, new { academicYear = 2035, deadline = "2037-05-25" }))
            .ShouldHaveFieldCodeAsync("deadline", KemelSchoolPDErrorCodes.MentoringPlans.DeadlineOutsideYear);
        var campaign = await (await director.PostJsonAsync(Campaigns, new { academicYear = 2035, deadline = "2036-05-25" }))
            .ReadAsync<YearEndCampaignDto>(HttpStatusCode.Created);
        campaign.Status.ShouldBe(YearEndCampaignStatus.Open);
        await (await director.PostJsonAsync(Campaigns, new { academicYear = 2035, deadline = "2036-05-20" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, KemelSchoolPDErrorCodes.MentoringPlans.CampaignExists);

        var due = await teacher.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.YearEndCardDue}");
        due.Items.ShouldContain(i => i.RecordId == campaign.Id && i.DueDate == new DateOnly(2036, 5, 25));
        var created = await (await teacher.PostJsonAsync($"{Url}/year-end", card)).ReadAsync<ReflectionCardDto>(HttpStatusCode.Created);
        created.Kind.ShouldBe(ReflectionCardKind.YearEnd);
        created.Score.ShouldBe(8);
        await (await teacher.PostJsonAsync($"{Url}/year-end", card)).ShouldBeProblemAsync(
            HttpStatusCode.Conflict,
            KemelSchoolPDErrorCodes.MentoringPlans.YearEndCardExists);
        (await teacher.GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.YearEndCardDue}"))
            .Items.ShouldNotContain(i => i.RecordId == campaign.Id);
        var mine = (await teacher.GetAsync<List<YearEndCampaignDto>>(Campaigns)).Single(c => c.Id == campaign.Id);
        mine.HasMyCard.ShouldBeTrue();
        mine.MyCardId.ShouldBe(created.Id);
        // The director counts the cards but does not read them.
        (await director.GetAsync($"{Url}/{created.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        campaign = await (await director.PostJsonAsync(
            $"{Campaigns}/{campaign.Id}/close",
            new { concurrencyStamp = campaign.ConcurrencyStamp })).ReadAsync<YearEndCampaignDto>();
        campaign.Status.ShouldBe(YearEndCampaignStatus.Closed);
        (await (await host.SignInAsync(TestData.DemoSchoolBin, "teacher09")).GetAsync<PagedResultDto<MyWorkItemDto>>(
            $"{WorkTestKit.MyWorkUrl}?maxResultCount=100&kind={ReflectionCardWorkKinds.YearEndCardDue}")).Items.ShouldNotContain(
                i => i.RecordId == campaign.Id);
    }

    [Theory]
    [InlineData("kk", "Осы аптада менің қолымнан не келді (3 нақты факт)?")]
    [InlineData("ru", "Что мне удалось на этой неделе (3 конкретных факта)?")]
    public async Task Should_Give_The_Cards_Questions_As_The_Seed_Words_Them(string culture, string first)
    {
        var teacher = await host.SignInAsync(TestData.DemoSchoolBin, "teacher05", culture: culture);
        var weekly = await teacher.GetAsync<ReflectionCardFormDto>($"{Url}/form?kind=Weekly");
        weekly.Questions.Count.ShouldBe(11);
        weekly.Questions[0].Text.ShouldBe(first);
        weekly.Questions.GroupBy(q => q.Block).Select(g => g.Count()).ShouldBe([3, 3, 3, 2]);
        weekly.Questions.Single(q => q.HasScore).TextKk.ShouldBe("Сенімділік шкаласы (0–10). +1 балл қосу үшін не көмектеседі?");
        weekly.Questions.Single(q => q.IsQuestionToAddressee).TextKk
            .ShouldBe("Тәлімгерге/оқу ісінің меңгерушісіне (завучқа) қоятын бір сұрағым.");
        var yearEnd = await teacher.GetAsync<ReflectionCardFormDto>($"{Url}/form?kind=YearEnd");
        yearEnd.Questions.Count.ShouldBe(11);
        yearEnd.Questions.Single(q => q.HasScore).TextKk.ShouldBe("Жылға қанағаттану шкаласы (0–10). +1 балл қосу үшін не қажет?");
    }

    [Fact]
    public async Task Should_Ask_A_Mentee_For_This_Weeks_Card_In_The_First_Year_Of_Her_Pair()
    {
        var teacher05 = await host.PersonAsync(TestData.DemoSchoolBin, "teacher05");
        var mentor2 = await host.PersonAsync(TestData.DemoSchoolBin, "mentor2");
        await host.EnsurePairAsync(mentor2.StaffId, teacher05.StaffId); // begins 01.09.2026
        try
        {
            // Friday of ISO week 6 of 2027: the card is due on Sunday 14.02, on her own list only.
            var teacher = await host.AtAsync(new DateOnly(2027, 2, 12), "teacher05");
            var item = (await teacher.MyWorkAsync(ReflectionCardWorkKinds.WeeklyCardDue)).ShouldHaveSingleItem();
            item.DueDate.ShouldBe(new DateOnly(2027, 2, 14));
            (await (await host.SignInAsync(TestData.DemoSchoolBin, "mentor2")).MyWorkAsync(ReflectionCardWorkKinds.WeeklyCardDue))
                .ShouldBeEmpty();

            // Filled: nothing waits any more that week.
            (await teacher.PostJsonAsync(Url, Weekly(2027, 6, null))).StatusCode.ShouldBe(HttpStatusCode.Created);
            (await teacher.MyWorkAsync(ReflectionCardWorkKinds.WeeklyCardDue)).ShouldBeEmpty();

            // The next week asks again; a year after the pair began, the weekly card is no longer expected.
            (await (await host.AtAsync(new DateOnly(2027, 2, 19), "teacher05")).MyWorkAsync(ReflectionCardWorkKinds.WeeklyCardDue))
                .ShouldHaveSingleItem();
            (await (await host.AtAsync(new DateOnly(2027, 9, 10), "teacher05")).MyWorkAsync(ReflectionCardWorkKinds.WeeklyCardDue))
                .ShouldBeEmpty();
        }
        finally
        {
            host.Clock.Reset();
        }
    }

    private static object Weekly(int weekYear, int week, Guid? addressee, int? score = null) => new
    {
        weekYear, week, score, addresseeStaffMemberId = addressee,
        answers = new[]
        {
            new { key = "W.C1", text = "Кері байланыс жинау" },
            new { key = "W.P1", text = "Топтық жұмыс, бағалау парағы, ата-аналар жиналысы" },
            new { key = "W.A2", text = "Бағалау критерийлерін қалай құрастырамын?" },
        },
    };
}

public sealed class ReflectionCard_Sqlite_Tests(SqliteHostFixture host) : ReflectionCard_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class ReflectionCard_Postgres_Tests(PostgresHostFixture host) :
    ReflectionCard_Tests(host),
    IClassFixture<PostgresHostFixture>;
