using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Mentoring;

namespace KemelSchoolPD.Domain.Tests.Mentoring;

/// <summary>The mentee's consent per pair, the evidence period, and the school's time zone (meeting times typed in it, stored as
/// UTC).</summary>
public sealed class MentoringEvidence_Tests
{
    private static readonly Guid Mentor = Guid.NewGuid();
    private static readonly Guid Mentee = Guid.NewGuid();

    private static async Task<MentoringPair> PairAsync() =>
        await new MentoringManager(new MentoringPair_Tests.FakeRepository()).CreatePairAsync(
            new MentoringPairRequest(MentoringPairKind.Mentor, Mentor, Mentee, new DateOnly(2026, 9, 1), null), MentoringRules
                .Default, null);

    [Fact]
    public async Task Should_Let_Only_The_Mentee_Give_And_Withdraw_Consent_Even_After_The_Pair_Ended()
    {
        var pair = await PairAsync();
        var at = new DateTime(2026, 10, 1, 9, 0, 0, DateTimeKind.Utc);
        foreach (var other in new Guid?[] { Mentor, Guid.NewGuid(), null })
            Should.Throw<ForbiddenException>(() => pair.SetEvidenceConsent(other, true, at)).Code
                .ShouldBe(KemelSchoolPDErrorCodes.Mentoring.OnlyMenteeConsents);
        pair.SetEvidenceConsent(Mentee, true, at).EvidenceConsentAt.ShouldBe(at);
        pair.SetEvidenceConsent(Mentee, true, at.AddDays(1)).EvidenceConsentAt.ShouldBe(at); // given once, kept from then
        pair.End(new DateOnly(2027, 5, 31), null);
        pair.SetEvidenceConsent(Mentee, false, at.AddDays(2)).EvidenceConsentAt.ShouldBeNull();
    }

    [Fact]
    public void Should_Take_A_Period_Of_At_Most_A_Year_In_Order()
    {
        new MentoringEvidencePeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 8, 31)).To.ShouldBe(new DateOnly(2027, 8, 31));
        new MentoringEvidencePeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1)).From.ShouldBe(new DateOnly(2026, 9, 1));
        Should.Throw<InputValidationException>(() => new MentoringEvidencePeriod(new DateOnly(2026, 9, 2), new DateOnly(2026, 9, 1)));
        Should.Throw<InputValidationException>(() => new MentoringEvidencePeriod(new DateOnly(2026, 9, 1), new DateOnly(2027, 9, 3)));
    }

    [Fact]
    public void Should_Read_Times_Without_An_Offset_In_The_Schools_Zone()
    {
        var almaty = SchoolTimeZone.Find(MentoringConsts.DefaultTimeZone);
        // Kazakhstan keeps UTC+5 since 1 March 2024 (winter and summer alike).
        almaty.GetUtcOffset(new DateTime(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(5));
        almaty.GetUtcOffset(new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc)).ShouldBe(TimeSpan.FromHours(5));
        SchoolTimeZone.ToUtc(new DateTime(2026, 12, 10, 10, 0, 0, DateTimeKind.Unspecified), almaty)
            .ShouldBe(new DateTime(2026, 12, 10, 5, 0, 0, DateTimeKind.Utc));
        SchoolTimeZone.ToUtc(new DateTime(2026, 12, 10, 10, 0, 0, DateTimeKind.Utc), almaty)
            .ShouldBe(new DateTime(2026, 12, 10, 10, 0, 0, DateTimeKind.Utc));
        SchoolTimeZone.ToSchool(new DateTime(2026, 12, 10, 21, 0, 0, DateTimeKind.Utc), almaty)
            .ShouldBe(new DateTime(2026, 12, 11, 2, 0, 0));
        SchoolTimeZone.Known("Asia/Tokyo").ShouldBe("Asia/Tokyo");
        SchoolTimeZone.Known(null).ShouldBe(MentoringConsts.DefaultTimeZone);
        Should.Throw<InputValidationException>(() => SchoolTimeZone.Known("Mars/Olympus"));
        SchoolTimeZone.Find("Mars/Olympus").GetUtcOffset(DateTime.UtcNow).ShouldBe(TimeSpan.FromHours(5));
    }
}
