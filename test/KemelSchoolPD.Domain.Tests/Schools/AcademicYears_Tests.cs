namespace KemelSchoolPD.Domain.Tests.Schools;

public sealed class AcademicYears_Tests
{
    [Theory]
    [InlineData("2026-09-01", 2026)]
    [InlineData("2027-08-31", 2026)]
    [InlineData("2026-08-31", 2025)]
    [InlineData("2027-01-15", 2026)]
    public void Should_Name_A_Year_By_The_September_It_Starts_In(string date, int year) =>
        AcademicYears.Of(DateOnly.Parse(date)).ShouldBe(year);

    [Fact]
    public void Should_Span_September_To_August_With_A_Printable_Label()
    {
        AcademicYears.FirstDay(2026).ShouldBe(new DateOnly(2026, 9, 1));
        AcademicYears.LastDay(2026).ShouldBe(new DateOnly(2027, 8, 31));
        AcademicYears.Contains(2026, new DateOnly(2027, 5, 25)).ShouldBeTrue();
        AcademicYears.Contains(2026, new DateOnly(2027, 9, 1)).ShouldBeFalse();
        AcademicYears.Label(2026).ShouldBe("2026–2027");
    }
}
