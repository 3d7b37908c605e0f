using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Mentoring;

namespace KemelSchoolPD.Domain.Tests.Mentoring;

/// <summary>A pair's own rules and the rules across pairs: nobody mentors themselves, one active pair of each kind, the capacity.</summary>
public sealed class MentoringPair_Tests
{
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static readonly Guid Mentor = Guid.NewGuid();
    private static readonly Guid Mentee = Guid.NewGuid();

    private readonly FakeRepository _repository = new();
    private MentoringManager Manager => new(_repository);

    private Task<MentoringPair> CreateAsync(
        MentoringPairKind kind = MentoringPairKind.Mentor,
        Guid? mentor = null,
        Guid? mentee = null,
        int capacity = 3) =>
        Manager.CreatePairAsync(new MentoringPairRequest(kind, mentor ?? Mentor, mentee ?? Mentee, Start, Start.AddYears(1)),
            MentoringRules.Default with { MentorCapacity = capacity }, null);

    [Fact]
    public async Task Should_Refuse_A_Pair_With_Oneself()
    {
        (await Should.ThrowAsync<BusinessException>(() => CreateAsync(mentee: Mentor))).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.SelfPair);
    }

    [Fact]
    public async Task Should_Allow_One_Active_Pair_Of_Each_Kind_Per_Mentee()
    {
        _repository.Pairs.Add(await CreateAsync());
        (await Should.ThrowAsync<ConflictException>(() => CreateAsync(mentor: Guid.NewGuid())))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.Mentoring.ActivePairExists);
        // The two-level form: a curator beside the mentor, and a tutor.
        _repository.Pairs.Add(await CreateAsync(MentoringPairKind.Curator, Guid.NewGuid()));
        _repository.Pairs.Add(await CreateAsync(MentoringPairKind.Tutor, Guid.NewGuid()));

        // An ended pair is history: the mentee may have a new mentor.
        _repository.Pairs[0].End(Start.AddMonths(3), "Ауысты");
        (await CreateAsync(mentor: Guid.NewGuid())).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Keep_The_Mentor_Within_The_Schools_Capacity()
    {
        _repository.Pairs.Add(await CreateAsync(mentee: Guid.NewGuid(), capacity: 2));
        _repository.Pairs.Add(await CreateAsync(mentee: Guid.NewGuid(), capacity: 2));
        (await Should.ThrowAsync<ConflictException>(() => CreateAsync(capacity: 2))).Code
            .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.MentorOverCapacity);
        (await CreateAsync(capacity: 3)).MentorStaffMemberId.ShouldBe(Mentor);
    }

    [Fact]
    public async Task Should_Pair_Only_Active_Staff_Of_The_School()
    {
        _repository.Unknown.Add(Mentee);
        (await Should.ThrowAsync<InputValidationException>(() => CreateAsync()))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.Mentoring.StaffMustBeActive);
    }

    [Fact]
    public async Task Should_End_Once_And_Keep_The_History()
    {
        var pair = await CreateAsync();
        Should.Throw<InputValidationException>(() => pair.End(Start.AddDays(-1), null));
        pair.End(Start.AddDays(30), "  Жыл аяқталды ");
        (pair.IsActive, pair.EndedOn, pair.EndReason).ShouldBe((false, (DateOnly?)Start.AddDays(30), "Жыл аяқталды"));
        Should.Throw<ConflictException>(() => pair.End(Start.AddDays(40), null)).Code.ShouldBe(KemelSchoolPDErrorCodes.Mentoring.PairEnded);
        Should.Throw<ConflictException>(() => pair.SetPlannedEnd(null));
    }

    [Fact]
    public void Should_Not_Plan_An_End_Before_The_Start()
    {
        Should.Throw<InputValidationException>(() => Manager.CreatePairAsync(
            new MentoringPairRequest(MentoringPairKind.Mentor, Mentor, Mentee, Start, Start.AddDays(-1)), MentoringRules
                .Default, null).GetAwaiter().GetResult());
    }

    [Fact]
    public void Should_Check_The_Schools_Settings()
    {
        Should.Throw<InputValidationException>(
            () => new MentoringSettings(Guid.NewGuid(), MentoringRules.Default with { MentorCapacity = 0 }));
        Should.Throw<InputValidationException>(
            () => new MentoringSettings(Guid.NewGuid(), MentoringRules.Default with { CadenceDays = 0 }));
        new MentoringSettings(Guid.NewGuid(), MentoringRules.Default).ToRules().ShouldBe(MentoringRules.Default);
    }

    internal sealed class FakeRepository : IMentoringPairRepository
    {
        public List<MentoringPair> Pairs { get; } = [];
        public HashSet<Guid> Unknown { get; } = [];

        public Task<bool> HasActivePairAsync(Guid menteeStaffMemberId, MentoringPairKind kind, CancellationToken ct) =>
            Task.FromResult(Pairs.Any(p => p.IsActive && p.MenteeStaffMemberId == menteeStaffMemberId && p.Kind == kind));

        public Task<int> CountActiveAsMentorAsync(Guid mentorStaffMemberId, CancellationToken ct) =>
            Task.FromResult(Pairs.Count(p => p.IsActive && p.MentorStaffMemberId == mentorStaffMemberId));

        public Task<bool> IsActiveStaffAsync(Guid staffMemberId, CancellationToken ct) => Task.FromResult(!Unknown.Contains(staffMemberId));
    }
}
