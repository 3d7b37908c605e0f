using KemelSchoolPD.Agreements;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Mentoring;

namespace KemelSchoolPD.Domain.Tests.Mentoring;

/// <summary>The mentor's year plan: the shared agreement workflow, separation of duties, activities in the year, progress.</summary>
public sealed class MentorYearPlan_Tests
{
    private static readonly DateTime Now = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Mentor = Guid.NewGuid();
    private static readonly Guid Deputy = Guid.NewGuid();

    [Fact]
    public void Should_Order_Activities_By_The_Academic_Year_And_Take_The_Month_From_The_Date()
    {
        var plan = NewPlan(Activity(3, null), Activity(9, new DateOnly(2026, 11, 5)), Activity(9, null));

        plan.Activities.Select(a => a.Month).ShouldBe([9, 11, 3]);
        plan.Activities.ShouldAllBe(a => a.Id != Guid.Empty && a.Progress == MentorActivityProgress.Planned);
        plan.Status.ShouldBe(DevelopmentPlanStatus.Draft);
    }

    [Fact]
    public void Should_Refuse_A_Date_Outside_The_Academic_Year()
    {
        var error = Should.Throw<InputValidationException>(() => NewPlan(Activity(9, new DateOnly(2027, 9, 1))));
        error.Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.DateOutsideYear);
    }

    [Fact]
    public void Should_Go_Through_The_Agreement_Workflow_And_Refuse_The_Mentor_As_Reviewer()
    {
        var plan = NewPlan(Activity(10, null));
        Should.Throw<ConflictException>(() => plan.Agree(Deputy, null, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.WrongStatus);

        plan.Submit(Now);
        Should.Throw<ForbiddenException>(() => plan.Agree(Mentor, null, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        Should.Throw<ForbiddenException>(() => plan.Return(Mentor, "Өзім")).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.CannotReviewOwnPlan);
        Should.Throw<ConflictException>(() => plan.Edit(null, plan.Activities, [])).Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.NotEditable);

        plan.Return(Deputy, "Нақтылаңыз");
        plan.Status.ShouldBe(DevelopmentPlanStatus.Returned);
        plan.ReturnComment.ShouldBe("Нақтылаңыз");
        plan.Edit("Мақсат", plan.Activities, []).Revision.ShouldBe(1);
        plan.Submit(Now).Agree(Deputy, Guid.NewGuid(), Now);
        plan.Status.ShouldBe(DevelopmentPlanStatus.Agreed);
        plan.ReturnComment.ShouldBeNull();
    }

    [Fact]
    public void Should_Refuse_To_Submit_An_Empty_Plan()
    {
        var plan = NewPlan();
        Should.Throw<InputValidationException>(() => plan.Submit(Now)).Errors.ShouldHaveSingleItem().Code
            .ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.NoActivities);
    }

    [Fact]
    public void Should_Record_Progress_Only_After_Agreement_And_Keep_The_Id_Of_An_Edited_Activity()
    {
        var plan = NewPlan(Activity(10, new DateOnly(2026, 10, 14)));
        var id = plan.Activities[0].Id;
        plan.Edit(null, [plan.Activities[0] with { Topic = "Жаңа тақырып" }], []).Activities.ShouldHaveSingleItem().Id.ShouldBe(id);
        Should.Throw<ConflictException>(() => plan.RecordProgress([new(id, MentorActivityProgress.Done, null, null)]));

        plan.Submit(Now).Agree(Deputy, null, Now);
        Should.Throw<InputValidationException>(() => plan.RecordProgress([new(id, MentorActivityProgress.Cancelled, null, null)]))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.NoteRequired);
        Should.Throw<InputValidationException>(() => plan.RecordProgress([new(Guid.NewGuid(), MentorActivityProgress.Done, null, null)]))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.MentoringPlans.UnknownActivity);

        plan.RecordProgress([new(id, MentorActivityProgress.Moved, "Карантин", new DateOnly(2027, 1, 20))]);
        plan.Status.ShouldBe(DevelopmentPlanStatus.InProgress);
        plan.Activities[0].ShouldSatisfyAllConditions(
            a => a.Month.ShouldBe(1),
            a => a.PlannedDate.ShouldBe(new DateOnly(2027, 1, 20)),
            a => a.ProgressNote.ShouldBe("Карантин"));
    }

    [Fact]
    public void Should_Share_The_Workflow_With_The_Development_Plans()
    {
        AgreementWorkflow.Submit(DevelopmentPlanStatus.Returned, "x").ShouldBe(DevelopmentPlanStatus.Submitted);
        Should.Throw<ConflictException>(() => AgreementWorkflow.Agree(DevelopmentPlanStatus.Draft, "code")).Code.ShouldBe("code");
        Should.Throw<ForbiddenException>(() => AgreementWorkflow.EnsureNotOwn(Mentor, Mentor, "own")).Code.ShouldBe("own");
        AgreementWorkflow.EnsureNotOwn(Mentor, null, "own");
    }

    [Fact]
    public void Should_Let_The_Mentees_Read_The_Plan_And_Nobody_Else()
    {
        var mentee = Guid.NewGuid();
        var plan = new MentorYearPlan(Guid.NewGuid(), Mentor, 2026, null, [Activity(9, null)], [mentee, mentee]);
        plan.Mentees.ShouldHaveSingleItem().StaffMemberId.ShouldBe(mentee);
        var rule = (Guid? staff, bool all) => MentorYearPlan.VisibleTo(staff, all).Compile()(plan);
        rule(Mentor, false).ShouldBeTrue();
        rule(mentee, false).ShouldBeTrue();
        rule(Guid.NewGuid(), false).ShouldBeFalse();
        rule(null, false).ShouldBeFalse();
        rule(Guid.NewGuid(), true).ShouldBeTrue();
    }

    private static MentorYearPlan NewPlan(params MentorPlanActivity[] activities)
        => new(Guid.NewGuid(), Mentor, 2026, null, activities, []);

    private static MentorPlanActivity Activity(int month, DateOnly? date) =>
        new() { Month = month, PlannedDate = date, Topic = $"Тақырып {month}", Form = MentorActivityForm.Consultation };
}
