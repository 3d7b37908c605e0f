using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.GrowthCycles;

public sealed class GrowthCycle_Tests
{
    private static readonly DateTime Now = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly GrowthActor Teacher = new(Guid.NewGuid(), "Айгүл Серікқызы");
    private static readonly GrowthActor Director = new(Guid.NewGuid(), "Директор");

    internal static GrowthCycle NewCycle(GrowthParticipantKind kind = GrowthParticipantKind.Teacher, GrowthActor? by = null) =>
        new(
            Guid.NewGuid(),
            Guid.NewGuid(),
            kind,
            2026,
            null,
            "Кері байланыс",
            ["02.1", " 02.1 ", ""],
            1,
            null,
            by ?? GrowthActor.System,
            Now);

    [Fact]
    public void Should_Pass_The_Stages_In_Order_And_Go_Back_Only_With_A_Reason()
    {
        var cycle = NewCycle();
        cycle.CompetenceCodes.ShouldBe(["02.1"]);
        cycle.CurrentStage.ShouldBe(GrowthCycleStage.Action);

        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Reflection, [], null, Teacher, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.CannotSkipStage);
        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Action, [], null, Teacher, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.AlreadyInStage);
        Should.Throw<ConflictException>(
            () => cycle.MoveTo(GrowthCycleStage.Analysis, [GrowthArtefactKind.LessonTaught], null, Teacher, Now))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing);
        cycle.MoveTo(GrowthCycleStage.Analysis, [], null, Teacher, Now).ShouldBe(GrowthStageMove.Forward);
        cycle.MoveTo(GrowthCycleStage.Reflection, [], null, Teacher, Now);

        Should.Throw<InputValidationException>(() => cycle.MoveTo(GrowthCycleStage.Action, [], " ", Teacher, Now));
        cycle.MoveTo(GrowthCycleStage.Action, [GrowthArtefactKind.CompetenceSelfAssessment], "Сабақты қайта өткізу", Teacher, Now)
            .ShouldBe(GrowthStageMove.Back);
        cycle.CurrentStage.ShouldBe(GrowthCycleStage.Action);
    }

    [Fact]
    public void Should_Complete_Only_From_Approbation_With_Its_Artefacts_And_Then_Refuse_Changes()
    {
        var cycle = NewCycle();
        Should.Throw<ConflictException>(() => cycle.Complete([], Guid.NewGuid(), Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.NotInFinalStage);
        foreach (var stage in new[] {
            GrowthCycleStage.Analysis,
            GrowthCycleStage.Reflection,
            GrowthCycleStage.Design,
            GrowthCycleStage.Approbation })
            cycle.MoveTo(stage, [], null, Teacher, Now);
        Should.Throw<ConflictException>(() => cycle.Complete([GrowthArtefactKind.RepeatDiagnostic], Guid.NewGuid(), Now))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.RequiredArtefactsMissing);
        var next = Guid.NewGuid();
        cycle.Complete([], next, Now);
        (cycle.Status, cycle.NextCycleId, cycle.CompletedAt).ShouldBe((GrowthCycleStatus.Completed, next, Now));
        Should.Throw<ConflictException>(() => cycle.MoveTo(GrowthCycleStage.Design, [], "x", Teacher, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.NotActive);
        Should.Throw<ConflictException>(() => cycle.Cancel(null, Director, Now)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.NotActive);
    }

    [Fact]
    public void Should_Give_Teacher_And_Administration_Their_Own_Forms_Per_Stage()
    {
        GrowthStageRules.Allowed(GrowthParticipantKind.Teacher, GrowthCycleStage.Design).ShouldContain(GrowthArtefactKind.GoalSetting);
        GrowthStageRules.Allowed(GrowthParticipantKind.Teacher, GrowthCycleStage.Design)
            .ShouldNotContain(GrowthArtefactKind.ResourceAllocation);
        GrowthStageRules.DefaultRequired(GrowthParticipantKind.Administrator, GrowthCycleStage.Design)
            .ShouldBe([GrowthArtefactKind.PlanAgreement, GrowthArtefactKind.ResourceAllocation]);
        GrowthStageRules.DefaultRequired(GrowthParticipantKind.Teacher, GrowthCycleStage.Approbation)
            .ShouldBe([GrowthArtefactKind.ChangeTrial, GrowthArtefactKind.RepeatDiagnostic]);
        GrowthStageRules.IsAllowedAnywhere(GrowthParticipantKind.Administrator, GrowthArtefactKind.LessonTaught).ShouldBeFalse();
        // The entry diagnostic comes only with opening the cycle.
        GrowthStageRules.IsAllowedAnywhere(GrowthParticipantKind.Teacher, GrowthArtefactKind.EntryDiagnostic).ShouldBeFalse();
        // Every kind but the entry diagnostic is collected somewhere; every required kind is allowed in its stage.
        Enum.GetValues<GrowthArtefactKind>().Where(k => k != GrowthArtefactKind.EntryDiagnostic)
            .ShouldAllBe(k => GrowthStageRules.IsAllowedAnywhere(GrowthParticipantKind.Teacher, k)
                || GrowthStageRules.IsAllowedAnywhere(GrowthParticipantKind.Administrator, k));
        foreach (var kind in Enum.GetValues<GrowthParticipantKind>())
            foreach (var stage in GrowthStageRules.Stages)
                GrowthStageRules.DefaultRequired(kind, stage).ShouldAllBe(k => GrowthStageRules.Allowed(kind, stage).Contains(k));

        var setting = new GrowthStageSetting(Guid.NewGuid(), GrowthParticipantKind.Teacher, GrowthCycleStage.Action);
        setting.SetRequired([GrowthArtefactKind.LessonObserved, GrowthArtefactKind.LessonObserved]).RequiredKinds
            .ShouldBe([GrowthArtefactKind.LessonObserved]);
        Should.Throw<InputValidationException>(() => setting.SetRequired([GrowthArtefactKind.GoalSetting]));
    }

    [Fact]
    public void Should_Load_The_Reference_Data_Of_The_Seeds()
    {
        BuiltInGrowthReference.Competences.Count.ShouldBe(9);
        BuiltInGrowthReference.Competences.Select(c => c.FunctionCode).Distinct().Count().ShouldBe(5);
        BuiltInGrowthReference.Competences.Single(c => c.Code == "04.3").NameKk
            .ShouldBe("Өз тәжірибесін және әріптестер тәжірибесін рефлексиялау");
        // Tables 1 and 3: every stage at every category, for teachers; Table 2: every stage for the administration.
        foreach (var stage in GrowthStageRules.Stages)
        {
            foreach (var table in new[] { GrowthGuidanceSource.TeacherActions, GrowthGuidanceSource.IncreasingCompetencies })
                BuiltInGrowthReference.Guidance.Where(g => g.Stage == stage && g.Source == table)
                    .ShouldAllBe(g => g.ParticipantKind == GrowthParticipantKind.Teacher);
            foreach (var table in new[] { GrowthGuidanceSource.TeacherActions, GrowthGuidanceSource.IncreasingCompetencies })
                BuiltInGrowthReference.Guidance.Where(g => g.Stage == stage && g.Source == table).Select(g => g.Category)
                    .ShouldBe(Enum.GetValues<QualificationCategory>().Cast<QualificationCategory?>(), ignoreOrder: true);
            BuiltInGrowthReference.Guidance.Where(g => g.Stage == stage && g.ParticipantKind == GrowthParticipantKind.Administrator)
                .ShouldHaveSingleItem().Source.ShouldBe(GrowthGuidanceSource.AdministrationActions);
        }
        BuiltInGrowthReference.Guidance.ShouldNotContain(g => g.Source == GrowthGuidanceSource.School);
        BuiltInGrowthReference.Guidance
            .Single(g => g is { Source: GrowthGuidanceSource.IncreasingCompetencies, Stage: GrowthCycleStage.Reflection }
                         && g.Category == QualificationCategory.Master)
            .TextKk.ShouldBe("Білім беруді дамытудың стратегиялық міндеттері мен кәсіби қоғамдастықтың рөлін ұғынады.");
        BuiltInGrowthReference.Guidance.ShouldAllBe(g => g.TextKk.Length > 0 && g.TextRu.Length > 0);
        BuiltInGrowthReference.WheelSectors.Count.ShouldBe(GrowthCycleConsts.WheelSectorCount);
    }
}
