using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Mentoring;

namespace KemelSchoolPD.Domain.Tests.Mentoring;

/// <summary>The reflection cards: the seed's questions, the teacher alone writing, the weekly question's addressee, sharing, the read
/// rule.</summary>
public sealed class ReflectionCard_Tests
{
    private static readonly Guid Teacher = Guid.NewGuid();
    private static readonly Guid Mentor = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 12, 5, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Hold_The_Seeds_Four_Blocks_And_Eleven_Questions_In_Each_Card()
    {
        foreach (var questions in new[] { ReflectionCardQuestions.Weekly, ReflectionCardQuestions.YearEnd })
        {
            questions.Count.ShouldBe(11);
            questions.GroupBy(q => q.Block).Select(g => g.Count()).ShouldBe([3, 3, 3, 2]);
            questions.Select(q => q.Key).ShouldBeUnique();
            questions.Single(q => q.HasScore).Block.ShouldBe(ReflectionCardBlock.Conclusion);
            questions.ShouldAllBe(q => q.Kk.Length > 0 && q.Ru.Length > 0 && q.En.Length > 0);
        }
        ReflectionCardQuestions.Weekly[0].Kk.ShouldBe("Осы аптада менің қолымнан не келді (3 нақты факт)?");
        ReflectionCardQuestions.YearEnd[2].Kk.ShouldBe("Ең қиыны не болды және бұл мені неге үйретті?"); // the seed's stray «Что» left out
        ReflectionCardQuestions.AddresseeQuestion.Key.ShouldBe("W.A2");
    }

    [Fact]
    public void Should_Refuse_A_Card_For_Someone_Else()
    {
        Should.Throw<ForbiddenException>(() => ReflectionCard.Weekly(Guid.NewGuid(), Mentor, Teacher, 2026, 49))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
        var card = ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2026, 49);
        Should.Throw<ForbiddenException>(() => card.Fill(Mentor, [], null, null, null)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
        Should.Throw<ForbiddenException>(() => card.ShareWith(Mentor, [])).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.CardForSomeoneElse);
    }

    [Fact]
    public void Should_Place_A_Weekly_Card_In_Its_Iso_Week_And_Academic_Year()
    {
        var card = ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2027, 1);
        card.WeekStart.ShouldBe(new DateOnly(2027, 1, 4));
        card.AcademicYear.ShouldBe(2026);
        card.PeriodKey.ShouldBe(202701);
        Should.Throw<InputValidationException>(() => ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2027, 53))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.InvalidWeek);
        ReflectionCard.YearEnd(Guid.NewGuid(), Teacher, Teacher, 2026).PeriodKey.ShouldBe(2026);
    }

    [Fact]
    public void Should_Keep_Only_The_Cards_Questions_And_A_Score_From_Zero_To_Ten()
    {
        var card = ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2026, 49);
        card.Fill(Teacher, [new("W.C1", "Кеңес"), new("W.P1", "Факт"), new("W.P2", "  ")], 7, null, null);
        card.Answers.Select(a => a.Key).ShouldBe(["W.P1", "W.C1"]);
        card.Score.ShouldBe(7);
        Should.Throw<InputValidationException>(() => card.Fill(Teacher, [new("Y.P1", "Жыл")], null, null, null))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.UnknownQuestion);
        Should.Throw<InputValidationException>(() => card.Fill(Teacher, [], 11, null, null));
    }

    [Fact]
    public void Should_Send_The_Question_To_Its_Addressee_And_Clear_An_Answer_When_It_Changes()
    {
        var card = ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2026, 49);
        Should.Throw<InputValidationException>(() => card.Fill(Teacher, [new("W.P1", "Факт")], null, Mentor, CardQuestionAddressee.Mentor))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.QuestionRequired);
        card.Fill(Teacher, [new("W.A2", "Қалай?")], null, Mentor, CardQuestionAddressee.Mentor);
        card.Question.ShouldBe("Қалай?");
        Should.Throw<ForbiddenException>(() => card.AnswerQuestion(Guid.NewGuid(), "Мен", Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.NotAddressee);
        card.AnswerQuestion(Mentor, "Былай", Now).QuestionAnswer.ShouldBe("Былай");
        card.Fill(Teacher, [new("W.A2", "Қалай?"), new("W.P1", "Факт")], null, Mentor, CardQuestionAddressee.Mentor).QuestionAnswer
            .ShouldBe("Былай");
        card.Fill(Teacher, [new("W.A2", "Басқа сұрақ")], null, Mentor, CardQuestionAddressee.Mentor).QuestionAnswer.ShouldBeNull();
        card.Fill(Teacher, [new("W.A2", "Басқа сұрақ")], null, null, null).AddresseeStaffMemberId.ShouldBeNull();
    }

    [Fact]
    public void Should_Show_A_Card_To_The_Teacher_Her_Mentor_And_Whom_She_Shares_It_With_Only()
    {
        var colleague = Guid.NewGuid();
        var director = Guid.NewGuid();
        var card = ReflectionCard.Weekly(Guid.NewGuid(), Teacher, Teacher, 2026, 49).ShareWith(Teacher, [colleague, colleague]);
        card.Shares.ShouldHaveSingleItem();
        Should.Throw<InputValidationException>(() => card.ShareWith(Teacher, [Teacher]));
        bool Sees(Guid? staff, params Guid[] mentees) => ReflectionCard.VisibleTo(staff, mentees).Compile()(card);
        Sees(Teacher).ShouldBeTrue();
        Sees(Mentor, Teacher).ShouldBeTrue();
        Sees(colleague).ShouldBeTrue();
        Sees(director).ShouldBeFalse();
        Sees(Mentor).ShouldBeFalse(); // a former mentor: no active pair any more
        Sees(null).ShouldBeFalse();
    }

    [Fact]
    public void Should_Keep_A_Campaigns_Deadline_In_Its_Year()
    {
        var campaign = new YearEndCampaign(Guid.NewGuid(), 2026, new DateOnly(2027, 5, 25), Now);
        campaign.IsOpen.ShouldBeTrue();
        Should.Throw<InputValidationException>(() => campaign.SetDeadline(new DateOnly(2027, 9, 1)))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.DeadlineOutsideYear);
        campaign.Close(Now).IsOpen.ShouldBeFalse();
        Should.Throw<ConflictException>(() => campaign.Close(Now));
        campaign.Reopen(new DateOnly(2027, 6, 10)).IsOpen.ShouldBeTrue();
    }
}
