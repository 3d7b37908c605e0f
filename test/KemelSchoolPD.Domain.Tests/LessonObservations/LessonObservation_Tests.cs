using KemelSchoolPD.Exceptions;
using KemelSchoolPD.LessonObservations;

namespace KemelSchoolPD.Domain.Tests.LessonObservations;

public sealed class LessonObservation_Tests
{
    private static readonly Guid Teacher = Guid.CreateVersion7();
    private static readonly Guid Observer = Guid.CreateVersion7();
    private static readonly Guid Director = Guid.CreateVersion7();
    private static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Lock_A_Signed_Evaluation_And_Unlock_It_Only_By_Reopening_With_The_Reason_Kept()
    {
        var observation = Recorded(ObservationPurpose.Evaluation);
        observation.Sign(Observer, Now);

        observation.IsLocked.ShouldBeTrue();
        Should.Throw<ConflictException>(() => Record(observation, "Кейін"))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.LessonObservations.Locked);
        Should.Throw<ConflictException>(() => observation.Sign(Observer, Now))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.LessonObservations.AlreadySigned);

        observation.Reopen(Director, Now.AddDays(1), "Сынып қате көрсетілген");

        observation.IsLocked.ShouldBeFalse();
        observation.Status.ShouldBe(ObservationStatus.Draft);
        observation.Events.Last()
            .ShouldBe(new ObservationEvent(ObservationEventKind.Reopened, Director, Now.AddDays(1), "Сынып қате көрсетілген"));
        Record(observation, "Түзетілген");
        observation.Focus.ShouldBe("Түзетілген");
    }

    [Fact]
    public void Should_Keep_A_Signed_Developmental_Observation_Editable()
    {
        var observation = Recorded(ObservationPurpose.Developmental);
        observation.Sign(Observer, Now);

        observation.IsLocked.ShouldBeFalse();
        Record(observation, "Толықтырылған");
        observation.Focus.ShouldBe("Толықтырылған");
    }

    [Fact]
    public void Should_Refuse_To_Reopen_What_Is_Not_Signed()
    {
        Should.Throw<ConflictException>(() => Recorded(ObservationPurpose.Evaluation).Reopen(Director, Now, "Себеп"))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.LessonObservations.NotSigned);
    }

    [Fact]
    public void Should_Share_Only_Developmental_Observations_And_Never_With_The_Participants_Themselves()
    {
        var colleague = Guid.CreateVersion7();
        var developmental = Recorded(ObservationPurpose.Developmental);

        developmental.ShareWith([colleague, colleague, Teacher, Observer]);

        developmental.Shares.ShouldBe([new ObservationShare(colleague)]);
        Should.Throw<ConflictException>(() => Recorded(ObservationPurpose.Evaluation).ShareWith([colleague]))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.LessonObservations.EvaluationNotShared);
    }

    [Fact]
    public void Should_Keep_Notes_In_Lesson_Order_And_Refuse_Self_Observation()
    {
        var observation = Recorded(ObservationPurpose.Developmental);
        observation.Notes.Select(n => n.Minute).ShouldBe([3, 30]);

        Should.Throw<BusinessException>(() => new LessonObservation(Teacher, Teacher, ObservationPurpose.Developmental))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.LessonObservations.CannotObserveSelf);
    }

    private static LessonObservation Recorded(ObservationPurpose purpose)
    {
        var observation = new LessonObservation(Teacher, Observer, purpose);
        Record(observation, "Кері байланыс");
        return observation;
    }

    private static void Record(LessonObservation observation, string focus) =>
        observation.Record(new DateOnly(2026, 11, 18), new LessonDetails("5 А", "Математика", null, null), focus,
            [new ObservationNote(30, "Рефлексия"), new ObservationNote(3, "Мақсат")], null, null, ObjectivesMatch.Yes, null, [], null);
}
