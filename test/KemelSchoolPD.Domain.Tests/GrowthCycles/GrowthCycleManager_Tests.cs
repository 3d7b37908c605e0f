using KemelSchoolPD.Exceptions;
using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Domain.Tests.GrowthCycles;

/// <summary>The rules that span cycles: one active cycle per participant and year, numbering, and opening the next cycle.</summary>
public sealed class GrowthCycleManager_Tests
{
    private static readonly DateTime Now = new(2026, 10, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly GrowthActor Teacher = new(Guid.NewGuid(), "Айгүл Серікқызы");
    private static readonly Guid Participant = Guid.NewGuid();

    private readonly FakeRepository _repository = new();
    private GrowthCycleManager Manager => new(_repository);

    private static GrowthArtefactContent Diagnostic(string zone) => new()
    {
        Competences = [new CompetenceLevelEntry { Code = "02.1", Level = 2 }], GrowthZones = [zone],
    };

    private static GrowthCycleOpening Opening(int year = 2026, string? zone = null, GrowthArtefactContent? diagnostic = null) =>
        new(Participant, GrowthParticipantKind.Teacher, year, null, zone, ["02.1"], null, diagnostic);

    private Task<OpenedGrowthCycle> OpenAsync(GrowthCycleOpening opening) => Manager.OpenAsync(opening, _ => true, Teacher, Now);

    [Fact]
    public async Task Should_Open_A_First_Cycle_From_Its_Entry_Diagnostic()
    {
        (await Should.ThrowAsync<InputValidationException>(() => OpenAsync(Opening())))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.EntryDiagnosticRequired);

        var (cycle, entry) = await OpenAsync(Opening(diagnostic: Diagnostic(" Кері байланыс ")));
        (cycle.Number, cycle.PreviousCycleId, cycle.GrowthZone, cycle.Status, cycle.CurrentStage)
            .ShouldBe((1, (Guid?)null, "Кері байланыс", GrowthCycleStatus.Active, GrowthCycleStage.Action));
        entry.ShouldNotBeNull();
        (entry.CycleId, entry.Kind, entry.Stage, entry.SharedWithMentor).ShouldBe(
            (cycle.Id, GrowthArtefactKind.EntryDiagnostic, GrowthCycleStage.Action, true));
        cycle.BaselineArtefactId.ShouldBe(entry.Id);
        cycle.StageHistory.ShouldHaveSingleItem().Move.ShouldBe(GrowthStageMove.Opened);

        // The diagnostic is checked against its form.
        await Should.ThrowAsync<InputValidationException>(() => OpenAsync(Opening(2027, diagnostic: new GrowthArtefactContent())));
    }

    [Fact]
    public async Task Should_Refuse_A_Second_Active_Cycle_In_The_Same_Year()
    {
        var (first, _) = await OpenAsync(Opening(diagnostic: Diagnostic("Кері байланыс")));
        _repository.Cycles.Add(first);
        (await Should.ThrowAsync<ConflictException>(() => OpenAsync(Opening(diagnostic: Diagnostic("Басқа")))))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);
        // Another year is fine, and it continues the participant's numbering.
        var (second, _) = await OpenAsync(Opening(2027, zone: "Жаңа аймақ"));
        (second.Number, second.PreviousCycleId, second.GrowthZone).ShouldBe((2, first.Id, "Жаңа аймақ"));
    }

    [Fact]
    public async Task Should_Start_A_Later_Cycle_From_The_Previous_Repeat_Diagnostic()
    {
        var (first, _) = await OpenAsync(Opening(diagnostic: Diagnostic("Кері байланыс")));
        first.Cancel(null, Teacher, Now);
        _repository.Cycles.Add(first);
        var repeat = new GrowthCycleArtefact(Guid.NewGuid(), first.Id, GrowthCycleStage.Approbation, GrowthArtefactKind.RepeatDiagnostic,
            new GrowthArtefactContent { GrowthZones = ["Сұрақ қою дағдысы"] }, false);
        _repository.Artefacts.Add(repeat);

        var (next, entry) = await OpenAsync(Opening());
        entry.ShouldBeNull();
        (next.Number, next.GrowthZone, next.BaselineArtefactId).ShouldBe((2, "Сұрақ қою дағдысы", (Guid?)repeat.Id));
    }

    [Fact]
    public async Task Should_Complete_A_Cycle_And_Open_The_Next_With_Its_Unachieved_Goals()
    {
        var (cycle, _) = await OpenAsync(Opening(diagnostic: Diagnostic("Кері байланыс")));
        foreach (var stage in new[] {
            GrowthCycleStage.Analysis,
            GrowthCycleStage.Reflection,
            GrowthCycleStage.Design,
            GrowthCycleStage.Approbation })
            cycle.MoveTo(stage, [], null, Teacher, Now);
        _repository.Cycles.Add(cycle);
        _repository.Artefacts.Add(new GrowthCycleArtefact(Guid.NewGuid(), cycle
            .Id, GrowthCycleStage.Design, GrowthArtefactKind.GoalSetting, new GrowthArtefactContent
            {
                Goals = [new SmartGoal { Id = Guid.NewGuid(), Title = "Жетті", Achieved = true }, new SmartGoal {
                Id = Guid.NewGuid(),
                Title = "Жетпеді" }],
            }, false));
        var repeat = new GrowthCycleArtefact(Guid.NewGuid(), cycle.Id, GrowthCycleStage.Approbation, GrowthArtefactKind.RepeatDiagnostic,
            new GrowthArtefactContent { GrowthZones = ["Келесі аймақ"] }, false);
        _repository.Artefacts.Add(repeat);

        await Should.ThrowAsync<ConflictException>(
            () => Manager.CompleteAndOpenNextAsync(cycle, [GrowthArtefactKind.ChangeTrial], null, 2027, Teacher, Now));
        cycle.IsActive.ShouldBeTrue();

        var next = await Manager.CompleteAndOpenNextAsync(cycle, [], null, 2027, Teacher, Now.AddDays(1));
        (cycle.Status, cycle.NextCycleId).ShouldBe((GrowthCycleStatus.Completed, (Guid?)next.Id));
        (next.Number, next.AcademicYear, next.PreviousCycleId, next.GrowthZone, next.BaselineArtefactId, next.ParticipantKind)
            .ShouldBe((2, 2027, (Guid?)cycle.Id, "Келесі аймақ", (Guid?)repeat.Id, GrowthParticipantKind.Teacher));
        next.CarriedOverGoals.ShouldHaveSingleItem().Title.ShouldBe("Жетпеді");
        next.StageHistory.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            e => e.Move.ShouldBe(GrowthStageMove.Opened), e => e.EnteredAt.ShouldBe(Now.AddDays(1)), e => e.EnteredByName
                .ShouldBe(Teacher.Name));
    }

    [Fact]
    public async Task Should_Not_Open_The_Next_Cycle_Into_A_Year_With_Another_Active_One()
    {
        var (cycle, _) = await OpenAsync(Opening(diagnostic: Diagnostic("Кері байланыс")));
        foreach (var stage in new[] {
            GrowthCycleStage.Analysis,
            GrowthCycleStage.Reflection,
            GrowthCycleStage.Design,
            GrowthCycleStage.Approbation })
            cycle.MoveTo(stage, [], null, Teacher, Now);
        _repository.Cycles.Add(cycle);
        var (other, _) = await OpenAsync(Opening(2027, zone: "Басқа"));
        _repository.Cycles.Add(other);

        (await Should.ThrowAsync<ConflictException>(() => Manager.CompleteAndOpenNextAsync(cycle, [], "Келесі", 2027, Teacher, Now)))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists);
        cycle.IsActive.ShouldBeTrue(); // refused before anything changed
        // In its own year the cycle being completed is not "another" active cycle.
        (await Manager.CompleteAndOpenNextAsync(cycle, [], "Келесі", 2026, Teacher, Now)).AcademicYear.ShouldBe(2026);
    }

    private sealed class FakeRepository : IGrowthCycleRepository
    {
        public List<GrowthCycle> Cycles { get; } = [];
        public List<GrowthCycleArtefact> Artefacts { get; } = [];

        public Task<bool> HasActiveCycleAsync(Guid participantStaffMemberId, int academicYear, Guid? exceptCycleId, CancellationToken ct) =>
            Task.FromResult(Cycles.Any(c => c.ParticipantStaffMemberId == participantStaffMemberId && c.AcademicYear == academicYear
                && c.IsActive
                && c.Id != exceptCycleId));

        public Task<GrowthCycle?> FindLatestAsync(Guid participantStaffMemberId, CancellationToken ct) =>
            Task.FromResult(Cycles.Where(c => c.ParticipantStaffMemberId == participantStaffMemberId).MaxBy(c => c.Number));

        public Task<IReadOnlyList<GrowthCycleArtefact>> GetArtefactsAsync(
            Guid cycleId,
            IReadOnlyCollection<GrowthArtefactKind> kinds,
            CancellationToken ct) =>
            Task.FromResult<IReadOnlyList<GrowthCycleArtefact>>(
                Artefacts.Where(a => a.CycleId == cycleId && kinds.Contains(a.Kind)).ToList());
    }
}
