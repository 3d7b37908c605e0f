using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Staff;

/// <summary>The next category (the attestation's and the course clock's target) follows the school's ladder.</summary>
public sealed class CategoryLadder_Tests
{
    [Theory]
    [InlineData(QualificationCategory.Pedagogue, QualificationCategory.Moderator)]
    [InlineData(QualificationCategory.Moderator, QualificationCategory.Expert)]
    [InlineData(QualificationCategory.Expert, QualificationCategory.Researcher)]
    [InlineData(QualificationCategory.Researcher, QualificationCategory.Master)]
    [InlineData(QualificationCategory.Master, QualificationCategory.Master)]
    public void Should_Take_The_Next_Rung_Of_The_National_Ladder(QualificationCategory category, QualificationCategory next) =>
        CategoryLadder.Next(category).ShouldBe(next);

    [Theory]
    // Seed 004 Case 2: a school without зерттеуші takes a сарапшы straight to шебер.
    [InlineData(QualificationCategory.Expert, QualificationCategory.Master, new[] { QualificationCategory.Researcher })]
    [InlineData(QualificationCategory.Moderator, QualificationCategory.Expert, new[] { QualificationCategory.Researcher })]
    [InlineData(QualificationCategory.Pedagogue, QualificationCategory.Researcher,
        new[] { QualificationCategory.Moderator, QualificationCategory.Expert })]
    // The first and last rungs cannot be skipped: naming them changes nothing.
    [InlineData(QualificationCategory.Researcher, QualificationCategory.Master, new[] { QualificationCategory.Master })]
    [InlineData(QualificationCategory.Pedagogue, QualificationCategory.Moderator, new[] { QualificationCategory.Pedagogue })]
    public void Should_Pass_Over_The_Categories_The_School_Does_Not_Use(
        QualificationCategory category, QualificationCategory next, QualificationCategory[] skipped) =>
        CategoryLadder.Next(category, skipped).ShouldBe(next);
}
