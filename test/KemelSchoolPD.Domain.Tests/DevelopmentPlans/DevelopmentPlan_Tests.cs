using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Domain.Tests.DevelopmentPlans;

public sealed class DevelopmentPlan_Tests
{
    private static readonly DateTime Now = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Start_A_Table18_Plan_With_Every_Form_Of_Work_Of_The_Seed()
    {
        var plan = NewPlan(BuiltInPlanTemplates.Table18.NewContent());

        plan.Content.Items.Count.ShouldBe(32);
        plan.Content.Items.Select(i => i.SectionKey).Distinct().Count().ShouldBe(8);
        plan.Content.Items.First().Text.ShouldBe("Ашық сабақтар");
        // The same row has the same id in every plan (bulk-created drafts rely on it).
        NewPlan(BuiltInPlanTemplates.Table18.NewContent()).Content.Items.Select(i => i.Id).ShouldBe(plan.Content.Items.Select(i => i.Id));
    }

    [Fact]
    public void Should_Refuse_A_Deadline_Outside_The_Academic_Year()
    {
        var content = Smart();
        content = content with { Goals = [content.Goals[0] with { Deadline = new DateOnly(2026, 8, 31) }, content.Goals[1]] };

        var error = Should.Throw<InputValidationException>(() => NewPlan(content));

        error.Errors.ShouldHaveSingleItem().ShouldBe(
            new FieldError("Goals[0].deadline", KemelSchoolPDErrorCodes.DevelopmentPlans.DeadlineOutsidePeriod),
            new FieldErrorComparer());
    }

    [Fact]
    public void Should_Name_What_Makes_A_Goal_Not_Smart()
    {
        var content = Smart();
        content = content with
        {
            Goals = [content.Goals[0] with { Indicator = null }, content.Goals[1]],
            Items = content.Items.Skip(1).ToList(), // the only action of goal 1
        };
        var plan = NewPlan(content);

        var error = Should.Throw<InputValidationException>(() => plan.Submit(mentorRequired: false, Now));

        var field = error.Errors.ShouldHaveSingleItem();
        field.Code.ShouldBe(KemelSchoolPDErrorCodes.DevelopmentPlans.GoalNotSmart);
        field.Args.ShouldHaveSingleItem().ShouldBe("Measurable, Achievable");
    }

    [Fact]
    public void Should_Save_A_Draft_With_An_Action_Still_Empty_And_Ask_For_It_On_Submit()
    {
        var content = Smart();
        content = content with { Items = [content.Items[0] with { Text = "  " }, .. content.Items.Skip(1)] };
        var plan = NewPlan(content); // a draft saves whatever its state

        plan.Content.Items[0].Text.ShouldBe("");
        var error = Should.Throw<InputValidationException>(() => plan.Submit(mentorRequired: false, Now));
        error.Errors.ShouldContain(e => e.Field == "Items[0].text" && e.Code == ValidationCodes.Required);
    }

    [Fact]
    public void Should_Move_Through_Its_Lifecycle_And_Refuse_Wrong_Steps()
    {
        var plan = NewPlan(Smart());

        Should.Throw<ConflictException>(() => plan.Agree(null, Now)).Code.ShouldBe(KemelSchoolPDErrorCodes.DevelopmentPlans.WrongStatus);
        Should.Throw<InputValidationException>(() => plan.Submit(mentorRequired: true, Now)).Errors[0].Code
            .ShouldBe(KemelSchoolPDErrorCodes.DevelopmentPlans.MentorRequired);
        plan.Submit(mentorRequired: false, Now).Status.ShouldBe(DevelopmentPlanStatus.Submitted);
        Should.Throw<ConflictException>(() => plan.Edit(plan.Content, BuiltInPlanTemplates.Table18, null, null)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.DevelopmentPlans.NotEditable);
        plan.Return().Status.ShouldBe(DevelopmentPlanStatus.Returned);
        plan.Edit(plan.Content, BuiltInPlanTemplates.Table18, null, null).Revision.ShouldBe(1);
        plan.Submit(false, Now).Agree(Guid.NewGuid(), Now).Status.ShouldBe(DevelopmentPlanStatus.Agreed);
        plan.RecordProgress(
            new PlanProgressUpdate([new PlanProgressEntry(plan.Content.Goals[0].Id, PlanProgressStatus.Achieved, 2, null)], null))
            .Status.ShouldBe(DevelopmentPlanStatus.InProgress);
        Should.Throw<InputValidationException>(() => plan.Reopen(" "));
        plan.Reopen("Басымдық өзгерді").Status.ShouldBe(DevelopmentPlanStatus.Draft);
        plan.Submit(false, Now).Agree(null, Now).Complete("Қорытынды", Now).Status.ShouldBe(DevelopmentPlanStatus.Completed);
        Should.Throw<ConflictException>(() => plan.Complete(null, Now));
    }

    [Fact]
    public void Should_Carry_Only_Unfinished_Goals_Into_Next_Year()
    {
        var plan = NewPlan(Smart()).Submit(false, Now).Agree(null, Now);
        plan.RecordProgress(
            new PlanProgressUpdate([new PlanProgressEntry(plan.Content.Goals[0].Id, PlanProgressStatus.Achieved, 2, null)], "Жақсы"));
        plan.Complete(null, Now);

        var next = plan.CreateNextYearDraft(Guid.NewGuid(), BuiltInPlanTemplates.Table18);

        next.AcademicYear.ShouldBe(2027);
        next.PreviousPlanId.ShouldBe(plan.Id);
        var goal = next.Content.Goals.ShouldHaveSingleItem();
        goal.Title.ShouldBe("Мақала жариялау");
        goal.CarriedOver.ShouldBeTrue();
        goal.Deadline.ShouldBe(new DateOnly(2028, 5, 1));
        next.Content.DiagnosticResults.ShouldBe("Жақсы"); // last year's self-assessment is this year's starting diagnosis
    }

    [Fact]
    public void Should_List_The_Differences_Field_By_Field()
    {
        var before = NewPlan(Smart()).Content;
        var after = before with
        {
            Topic = "Жаңа тақырып",
            Goals = [before.Goals[1] with { TargetValue = 5 }],
            Items = [.. before.Items, new PlanItem { Id = Guid.NewGuid(), SectionKey = "Research", Text = "Action Research" }],
        };

        var changes = PlanContentRules.Diff(before, after);

        changes.ShouldContain(new PlanContentChange("Header", null, "Topic", PlanChangeKind.Changed, before.Topic, "Жаңа тақырып"));
        changes.ShouldContain(c => c.Area == "Goal" && c.Kind == PlanChangeKind.Removed && c.OldValue == before.Goals[0].Title);
        changes.ShouldContain(new PlanContentChange("Goal", before.Goals[1].Id, "TargetValue", PlanChangeKind.Changed, "1", "5"));
        changes.ShouldContain(c => c.Area == "Item" && c.Kind == PlanChangeKind.Added && c.NewValue == "Action Research");
        changes.Count.ShouldBe(4);
        PlanContentRules.Diff(before, before with { }).ShouldBeEmpty();
    }

    private static DevelopmentPlan NewPlan(PlanContent content) =>
        new(Guid.NewGuid(), Guid.NewGuid(), 2026, BuiltInPlanTemplates.Table18, content);

    private static PlanContent Smart()
    {
        PlanGoal[] goals =
        [
            new() {
                Id = Guid.NewGuid(),
                Title = "Lesson Study өткізу",
                Indicator = "Циклдер",
                TargetValue = 2,
                SchoolPriority = "Сапа",
                Deadline = new DateOnly(2027, 5, 1) },
            new() {
                Id = Guid.NewGuid(),
                Title = "Мақала жариялау",
                Indicator = "Мақалалар",
                TargetValue = 1,
                SchoolPriority = "Тәжірибе",
                Deadline = new DateOnly(2027, 5, 1) },
        ];
        return new PlanContent
        {
            Topic = "Функционалдық сауаттылық",
            Goals = goals,
            Items =
            [
                new PlanItem { SectionKey = "Research", RowKey = "LessonStudy", Text = "Сабақты зерттеу", GoalId = goals[0].Id },
                new PlanItem {
                    SectionKey = "Dissemination",
                    RowKey = "JournalArticles",
                    Text = "Журналдардағы мақалалар",
                    GoalId = goals[1].Id },
            ],
        };
    }

    /// <summary>Field and code only (the arguments are the period's dates).</summary>
    private sealed class FieldErrorComparer : IEqualityComparer<FieldError>
    {
        public bool Equals(FieldError? x, FieldError? y) => x?.Field == y?.Field && x?.Code == y?.Code;

        public int GetHashCode(FieldError obj) => HashCode.Combine(obj.Field, obj.Code);
    }
}
