using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Domain.Tests.GrowthCycles;

/// <summary>The form of each artefact kind (moved from the application into the domain with issue 12).</summary>
public sealed class GrowthArtefactRules_Tests
{
    private static readonly string[] Known = ["01.1", "02.1", "04.3"];

    private static GrowthArtefactContent Normalize(GrowthArtefactKind kind, GrowthArtefactContent content) =>
        GrowthArtefactRules.Normalize(kind, content, Known.Contains);

    private static Dictionary<string, string> Errors(GrowthArtefactKind kind, GrowthArtefactContent content) =>
        Should.Throw<InputValidationException>(() => Normalize(kind, content)).Errors.ToDictionary(e => e.Field, e => e.Code);

    [Fact]
    public void Should_Require_The_Fields_Of_Each_Kind_And_Report_Them_All_At_Once()
    {
        Errors(GrowthArtefactKind.LessonTaught, new GrowthArtefactContent()).Keys
            .ShouldBe(["content.date", "content.className", "content.subject", "content.learningObjectives"], ignoreOrder: true);
        Errors(GrowthArtefactKind.LessonSelfAnalysis, new GrowthArtefactContent { Text = " " }).ShouldContainKeyAndValue(
            "content.text",
            ValidationCodes.Required);
        Errors(GrowthArtefactKind.ResourceAllocation, new GrowthArtefactContent()).Keys.ShouldBe(["content.timeAllocation"]);
        Errors(GrowthArtefactKind.EntryDiagnostic, new GrowthArtefactContent()).Keys
            .ShouldBe(["content.competences", "content.growthZones"], ignoreOrder: true);
        // A repeat diagnostic needs evidence but no new growth zone.
        Normalize(GrowthArtefactKind.RepeatDiagnostic, new GrowthArtefactContent { ObservationSummary = "Бақылау" }).GrowthZones
            .ShouldBeEmpty();
        Errors(GrowthArtefactKind.LessonTaught, new GrowthArtefactContent
        {
            Date = new DateOnly(2026, 10, 1), ClassName = new string('x', GrowthCycleConsts.MaxShortTextLength + 1),
            Subject = "Математика", LearningObjectives = "7.2.1.1"
        }).ShouldContainKeyAndValue("content.className", ValidationCodes.MaxLength);
    }

    [Fact]
    public void Should_Check_Competences_Scores_And_The_Coaching_Wheel()
    {
        var errors = Errors(GrowthArtefactKind.CompetenceSelfAssessment, new GrowthArtefactContent
        {
            Competences = [new CompetenceLevelEntry { Code = " 02.1 ", Level = 3 }, new CompetenceLevelEntry { Code = "99.9", Level = 6 }],
        });
        errors.ShouldContainKeyAndValue("content.competences[1].code", KemelSchoolPDErrorCodes.GrowthCycles.UnknownCompetence);
        errors.ShouldContainKeyAndValue("content.competences[1].level", ValidationCodes.Range);
        errors.ShouldNotContainKey("content.competences[0].code"); // trimmed, then known

        var wheel = Errors(GrowthArtefactKind.CoachingSelfAnalysis, new GrowthArtefactContent
        {
            Coaching = new CoachingSelfAnalysis
            {
                Wheel = [new WheelSector { Name = "Сабақ", Score = 11 }],
                Satisfaction = -1,
                GrowthPoints = ["a", "b", "c"]
            },
        });
        wheel.ShouldContainKeyAndValue("content.coaching.wheel", KemelSchoolPDErrorCodes.GrowthCycles.WheelNeedsEightSectors);
        wheel.ShouldContainKeyAndValue("content.coaching.wheel[0].score", ValidationCodes.Range);
        wheel.ShouldContainKeyAndValue("content.coaching.satisfaction", ValidationCodes.Range);
        wheel.ShouldContainKeyAndValue("content.coaching.growthPoints", KemelSchoolPDErrorCodes.GrowthCycles.TooManyGrowthPoints);
    }

    [Fact]
    public void Should_Number_Template_Answers_Within_The_Template_And_Keep_Only_Answered_Ones()
    {
        GrowthArtefactRules.QuestionCount(GrowthArtefactKind.ReflectiveLessonAnalysis).ShouldBe(6);
        GrowthArtefactRules.QuestionCount(GrowthArtefactKind.ResearchPlan).ShouldBe(ResearchPlanTemplate.SectionCount);
        Errors(
            GrowthArtefactKind.ReflectiveLessonAnalysis,
            new GrowthArtefactContent { Answers = [new TemplateAnswer { Number = 7, Answer = "x" }] })
            .ShouldContainKeyAndValue("content.answers[0].number", KemelSchoolPDErrorCodes.GrowthCycles.UnknownTemplateQuestion);
        var content = Normalize(GrowthArtefactKind.ReflectiveLessonAnalysis, new GrowthArtefactContent
        {
            Answers = [new TemplateAnswer { Number = 3, Answer = "үш" }, new TemplateAnswer {
                Number = 1,
                Answer = " " }, new TemplateAnswer { Number = 2, Answer = "екі" }],
        });
        content.Answers.Select(a => a.Number).ShouldBe([2, 3]);
    }

    [Fact]
    public void Should_Make_Goals_Smart_Give_Them_Ids_And_Trim_What_The_Kind_Does_Not_Use()
    {
        var errors = Errors(GrowthArtefactKind.GoalSetting, new GrowthArtefactContent { Goals = [new SmartGoal { Title = "Мақсат" }] });
        errors.Keys.ShouldBe(["content.goals[0].indicator", "content.goals[0].deadline"], ignoreOrder: true);

        var input = new GrowthArtefactContent
        {
            Goals = [new SmartGoal { Title = "Мақсат", Indicator = "30%", Deadline = new DateOnly(2027, 5, 25) }],
            ObservationIds = [Guid.NewGuid()], // only diagnostics and observed lessons link observations
            Coaching = null, GrowthZones = [" Кері байланыс ", ""],
        };
        var content = Normalize(GrowthArtefactKind.GoalSetting, input);
        content.Goals.ShouldHaveSingleItem().Id.ShouldNotBe(Guid.Empty);
        content.ObservationIds.ShouldBeEmpty();
        content.GrowthZones.ShouldBe(["Кері байланыс"]);
        input.Goals[0].Id.ShouldBe(Guid.Empty); // the input is not changed

        var many = new GrowthArtefactContent
        {
            Date = new DateOnly(2026, 10, 1), ClassName = "7А", Subject = "Математика",
            ObservationIds = Enumerable.Range(0, GrowthCycleConsts.MaxLinkedObservations + 1).Select(_ => Guid.NewGuid()).ToList(),
        };
        Errors(GrowthArtefactKind.LessonObserved, many).ShouldContainKeyAndValue(
            "content.observationIds",
            KemelSchoolPDErrorCodes.GrowthCycles.TooManyObservations);
    }
}
