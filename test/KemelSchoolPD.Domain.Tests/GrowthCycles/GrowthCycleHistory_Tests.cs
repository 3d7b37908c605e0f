using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Domain.Tests.GrowthCycles;

using HistoryEntry = (GrowthCycleStage Stage, GrowthStageMove Move, string? Reason, DateTime At, string? By, DateTime? Completed);

/// <summary>The cycle records its own stage history and decides which artefacts it collects.</summary>
public sealed class GrowthCycleHistory_Tests
{
    private static readonly DateTime Day1 = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly GrowthActor Teacher = new(Guid.NewGuid(), "Айгүл Серікқызы");
    private static readonly GrowthActor Director = new(Guid.NewGuid(), "Директор");

    private static GrowthCycle NewCycle(GrowthParticipantKind kind = GrowthParticipantKind.Teacher) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, 2026, null, "Кері байланыс", ["02.1"], 1, null, Teacher, Day1);

    private static List<HistoryEntry> History(GrowthCycle cycle) =>
        cycle.StageHistory.Select(e => (e.Stage, e.Move, e.Reason, e.EnteredAt, e.EnteredByName, e.CompletedAt)).ToList();

    [Fact]
    public void Should_Record_Who_Moved_The_Cycle_When_Which_Way_And_Why()
    {
        var cycle = NewCycle();
        History(cycle).ShouldBe([(GrowthCycleStage.Action, GrowthStageMove.Opened, null, Day1, Teacher.Name, null)]);
        cycle.StageHistory.Single().CycleId.ShouldBe(cycle.Id);

        cycle.MoveTo(GrowthCycleStage.Analysis, [], "ignored going forward", Teacher, Day1.AddDays(7));
        cycle.MoveTo(GrowthCycleStage.Action, [], "Сабақты қайта өткізу", Director, Day1.AddDays(8));
        cycle.MoveTo(GrowthCycleStage.Analysis, [], null, Teacher, Day1.AddDays(9));

        History(cycle).ShouldBe([
            (GrowthCycleStage.Action, GrowthStageMove.Opened, null, Day1, Teacher.Name, Day1.AddDays(7)),
            // Going back does not complete the stage left.
            (GrowthCycleStage.Analysis, GrowthStageMove.Forward, null, Day1.AddDays(7), Teacher.Name, null),
            (GrowthCycleStage.Action, GrowthStageMove.Back, "Сабақты қайта өткізу", Day1.AddDays(8), Director.Name, Day1.AddDays(9)),
            (GrowthCycleStage.Analysis, GrowthStageMove.Forward, null, Day1.AddDays(9), Teacher.Name, null),
        ]);
        cycle.StageHistory.Select(e => e.EnteredByUserId).ShouldBe([Teacher.UserId, Teacher.UserId, Director.UserId, Teacher.UserId]);
    }

    [Fact]
    public void Should_Not_Record_A_Refused_Move()
    {
        var cycle = NewCycle();
        Should.Throw<ConflictException>(
            () => cycle.MoveTo(GrowthCycleStage.Analysis, [GrowthArtefactKind.LessonTaught], null, Teacher, Day1));
        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Design, [], null, Teacher, Day1));
        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Action, [], null, Teacher, Day1));
        cycle.StageHistory.Count.ShouldBe(1);
        cycle.StageHistory.Single().CompletedAt.ShouldBeNull();
    }

    [Fact]
    public void Should_Complete_The_Last_Stage_On_Completion_And_Leave_It_Open_On_Cancellation()
    {
        var completed = NewCycle();
        foreach (var stage in new[] {
            GrowthCycleStage.Analysis,
            GrowthCycleStage.Reflection,
            GrowthCycleStage.Design,
            GrowthCycleStage.Approbation })
            completed.MoveTo(stage, [], null, Teacher, Day1.AddDays((int)stage));
        completed.Complete([], Guid.NewGuid(), Day1.AddDays(30));
        completed.StageHistory.ShouldAllBe(e => e.CompletedAt != null);
        completed.StageHistory.Last().CompletedAt.ShouldBe(Day1.AddDays(30));

        var cancelled = NewCycle();
        cancelled.Cancel("Ауысып кетті", Director, Day1.AddDays(3));
        History(cancelled).ShouldBe([
            (GrowthCycleStage.Action, GrowthStageMove.Opened, null, Day1, Teacher.Name, null),
            (GrowthCycleStage.Action, GrowthStageMove.Cancelled, "Ауысып кетті", Day1.AddDays(3), Director.Name, null),
        ]);
        (cancelled.Status, cancelled.CompletedAt).ShouldBe((GrowthCycleStatus.Cancelled, Day1.AddDays(3)));
    }

    [Fact]
    public void Should_Keep_Its_Collections_Read_Only_From_Outside()
    {
        var cycle = NewCycle();
        (cycle.StageHistory as ICollection<GrowthCycleStageEntry>)?.IsReadOnly.ShouldBeTrue();
        Should.Throw<NotSupportedException>(() => ((ICollection<GrowthCycleStageEntry>)cycle.StageHistory).Clear());
        typeof(GrowthCycle).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType != typeof(string))
            .Select(p => p.PropertyType.GetGenericTypeDefinition())
            .ShouldAllBe(t => t == typeof(IReadOnlyList<>) || t == typeof(IReadOnlyCollection<>) || t == typeof(Nullable<>));
    }

    [Fact]
    public void Should_Name_The_Next_Stage_And_The_Missing_Kinds_As_Localization_Keys()
    {
        var cycle = NewCycle();
        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Design, [], null, Teacher, Day1)).Values["Stage"]
            .ShouldBeOfType<LocalizableValue>().Keys.ShouldBe(["Enum:GrowthCycleStage.Analysis"]);
        Should.Throw<ConflictException>(() => cycle.MoveTo(
            GrowthCycleStage.Analysis,
            [GrowthArtefactKind.LessonTaught, GrowthArtefactKind.LearnerResults],
            null,
            Teacher,
            Day1))
            .Values["Kinds"].ShouldBeOfType<LocalizableValue>().Keys.ShouldBe(
                ["Enum:GrowthArtefactKind.LessonTaught", "Enum:GrowthArtefactKind.LearnerResults"]);
    }

    [Fact]
    public void Should_Collect_Only_The_Kinds_Of_Its_Participant_And_Current_Stage()
    {
        var administration = NewCycle(GrowthParticipantKind.Administrator);
        Should.Throw<InputValidationException>(() => administration.CollectArtefact(
            Guid.NewGuid(),
            GrowthArtefactKind.LessonTaught,
            new GrowthArtefactContent(),
            false,
            _ => true))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.KindNotForParticipant);

        var cycle = NewCycle();
        var refused = Should.Throw<ConflictException>(
            () => cycle.CollectArtefact(Guid.NewGuid(), GrowthArtefactKind.GoalSetting, new GrowthArtefactContent(), false, _ => true));
        refused.Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.KindNotAllowedInStage);
        refused.Values["Stage"].ShouldBeOfType<LocalizableValue>().Keys.ShouldBe(["Enum:GrowthCycleStage.Action"]);

        // The content is checked against its kind's form on the way in.
        Should.Throw<InputValidationException>(
            () => cycle.CollectArtefact(Guid.NewGuid(), GrowthArtefactKind.LessonTaught, new GrowthArtefactContent(), false, _ => true));
        var lesson = cycle.CollectArtefact(Guid.NewGuid(), GrowthArtefactKind.LessonTaught,
            new GrowthArtefactContent
            {
                Date = new DateOnly(2026, 10, 2),
                ClassName = "7А",
                Subject = "Математика",
                LearningObjectives = "7.2.1.1",
                Methods = ["x"]
            },
            sharedWithMentor: true, _ => true);
        (lesson.CycleId, lesson.Stage, lesson.Kind, lesson.SharedWithMentor).ShouldBe(
            (cycle.Id, GrowthCycleStage.Action, GrowthArtefactKind.LessonTaught, true));

        cycle.EditArtefact(lesson, new GrowthArtefactContent
        {
            Date = new DateOnly(2026, 10, 3),
            ClassName = "7Б",
            Subject = "Математика",
            LearningObjectives = "7.2.1.1"
        },
            sharedWithMentor: false, _ => true).Content.ClassName.ShouldBe("7Б");
        var entry = new GrowthCycleArtefact(
            Guid.NewGuid(),
            cycle.Id,
            GrowthCycleStage.Action,
            GrowthArtefactKind.EntryDiagnostic,
            new GrowthArtefactContent(),
            true);
        Should.Throw<ConflictException>(() => cycle.EnsureCanRemove(entry)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.ArtefactNotEditable);
        cycle.EnsureCanRemove(lesson);
        Should.Throw<EntityNotFoundException>(() => NewCycle().EnsureCanRemove(lesson)); // another cycle's artefact

        cycle.Cancel(null, Director, Day1);
        Should.Throw<ConflictException>(() => cycle.EnsureCanRemove(lesson)).Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.NotActive);
    }
}
