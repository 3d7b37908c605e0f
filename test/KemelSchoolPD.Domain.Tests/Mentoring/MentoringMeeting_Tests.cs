using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Mentoring;

namespace KemelSchoolPD.Domain.Tests.Mentoring;

/// <summary>A meeting's own rules: its length, its states, the agenda, the mentee's feedback, private notes and next steps.</summary>
public sealed class MentoringMeeting_Tests
{
    private static readonly DateTime At = new(2026, 10, 5, 4, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Mentor = Guid.NewGuid();
    private static readonly Guid Mentee = Guid.NewGuid();

    private static async Task<MentoringPair> PairAsync() =>
        await new MentoringManager(new AnyStaff()).CreatePairAsync(
            new MentoringPairRequest(MentoringPairKind.Mentor, Mentor, Mentee, new DateOnly(2026, 9, 1), null), MentoringRules
                .Default, null);

    private static MentoringMeetingSchedule Schedule(int minutes = 45, string? link = null) => new(At, minutes, "Тақырып", "204", link);

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(721)]
    public async Task Should_Refuse_A_Negative_Or_Over_Twelve_Hours_Meeting(int minutes)
    {
        var pair = await PairAsync();
        Should.Throw<InputValidationException>(() => new MentoringMeeting(Guid.NewGuid(), pair, Schedule(minutes)))
            .Errors.ShouldHaveSingleItem().Field.ShouldBe(nameof(MentoringMeeting.DurationMinutes));
        new MentoringMeeting(Guid.NewGuid(), pair, Schedule(MentoringConsts.MaxDurationMinutes)).DurationMinutes.ShouldBe(720);
    }

    [Fact]
    public async Task Should_Plan_Only_In_An_Active_Pair_With_A_Real_Link()
    {
        var pair = await PairAsync();
        Should.Throw<InputValidationException>(() => new MentoringMeeting(Guid.NewGuid(), pair, Schedule(link: "javascript:alert(1)")));
        new MentoringMeeting(Guid.NewGuid(), pair, Schedule(link: "https://meet.example.kz/abc")).OnlineLink
            .ShouldBe("https://meet.example.kz/abc");
        pair.End(new DateOnly(2026, 12, 1), null);
        Should.Throw<ConflictException>(() => new MentoringMeeting(Guid.NewGuid(), pair, Schedule())).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.PairEnded);
    }

    [Fact]
    public async Task Should_Be_Held_Once_And_Rated_Only_By_The_Mentee()
    {
        var meeting = new MentoringMeeting(Guid.NewGuid(), await PairAsync(), Schedule());
        Should.Throw<ConflictException>(() => meeting.GiveFeedback(Mentee, 5, null, At)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.MeetingNotHeld);
        meeting.MarkHeld(At.AddHours(1), 50);
        (meeting.Status, meeting.DurationMinutes).ShouldBe((MentoringMeetingStatus.Held, 50));
        Should.Throw<ConflictException>(() => meeting.MarkHeld(At, null));
        Should.Throw<ConflictException>(() => meeting.Reschedule(Schedule()));
        Should.Throw<ForbiddenException>(() => meeting.GiveFeedback(Mentor, 5, null, At)).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeGivesFeedback);
        Should.Throw<InputValidationException>(() => meeting.GiveFeedback(Mentee, 6, null, At));
        meeting.GiveFeedback(Mentee, 4, "  Пайдалы ", At).FeedbackComment.ShouldBe("Пайдалы");
    }

    [Fact]
    public async Task Should_Keep_Agenda_Items_By_Id()
    {
        var meeting = new MentoringMeeting(Guid.NewGuid(), await PairAsync(), Schedule())
            .SetAgenda([new MentoringAgendaItem(Guid.Empty, " Бірінші ", false), new MentoringAgendaItem(Guid.Empty, "Екінші", false)]);
        var first = meeting.Agenda[0];
        first.Text.ShouldBe("Бірінші");
        meeting.SetAgenda([first with { Done = true }]).Agenda.ShouldHaveSingleItem().ShouldBe(first with { Done = true });
        Should.Throw<InputValidationException>(() => meeting.SetAgenda([new MentoringAgendaItem(Guid.Empty, " ", false)]));
        meeting.Cancel("Ауырып қалды");
        Should.Throw<ConflictException>(() => meeting.SetAgenda([]));
    }

    [Fact]
    public async Task Should_Let_Only_Its_Author_Write_A_Private_Note()
    {
        var meeting = new MentoringMeeting(Guid.NewGuid(), await PairAsync(), Schedule());
        Should.Throw<ForbiddenException>(() => new MentoringPrivateNote(Guid.NewGuid(), meeting, Guid.NewGuid()));
        var note = new MentoringPrivateNote(Guid.NewGuid(), meeting, Mentor).Write("Тек өзіме", Mentor, At);
        Should.Throw<ForbiddenException>(() => note.Write("Бөгде", Mentee, At));
        note.Text.ShouldBe("Тек өзіме");
        // A private note is never written to the audit log.
        typeof(Entities.IAuditedEntity).IsAssignableFrom(typeof(MentoringPrivateNote)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Give_A_Next_Step_To_The_Mentor_Or_The_Mentee()
    {
        var meeting = new MentoringMeeting(Guid.NewGuid(), await PairAsync(), Schedule());
        var step = new MentoringNextStep(Guid.NewGuid(), meeting, "Критерийлер", MentoringStepOwner.Mentee, new DateOnly(2026, 10, 12));
        step.OwnerStaffMemberId.ShouldBe(Mentee);
        step.Update(meeting, "Критерийлер", MentoringStepOwner.Mentor, null).OwnerStaffMemberId.ShouldBe(Mentor);
        step.SetDone(true, At).DoneAt.ShouldBe(At);
        step.SetDone(true, At.AddDays(1)).DoneAt.ShouldBe(At);
        step.SetDone(false, At).DoneAt.ShouldBeNull();
    }

    [Fact]
    public void Should_Expect_The_Next_Meeting_By_The_Schools_Rhythm()
    {
        var start = new DateOnly(2026, 9, 1);
        MentoringRules.Default.NextMeetingDue(start, null).ShouldBe(start.AddDays(7));
        (MentoringRules.Default with { CadenceMeetings = 2, CadenceDays = 14 }).NextMeetingDue(start, new DateOnly(2026, 9, 20))
            .ShouldBe(new DateOnly(2026, 9, 27));
    }

    private sealed class AnyStaff : IMentoringPairRepository
    {
        public Task<bool> HasActivePairAsync(Guid menteeStaffMemberId, MentoringPairKind kind, CancellationToken ct)
            => Task.FromResult(false);

        public Task<int> CountActiveAsMentorAsync(Guid mentorStaffMemberId, CancellationToken ct) => Task.FromResult(0);

        public Task<bool> IsActiveStaffAsync(Guid staffMemberId, CancellationToken ct) => Task.FromResult(true);
    }
}
