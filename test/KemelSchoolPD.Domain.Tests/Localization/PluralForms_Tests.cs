using System.Globalization;
using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Domain.Tests.Localization;

public sealed class PluralForms_Tests
{
    private const string Years = "{0} / {1, plural, one {# год} few {# года} many {# лет} other {# года}}";

    [Theory]
    [InlineData(1, "1 / 1 год")]
    [InlineData(2, "1 / 2 года")]
    [InlineData(4, "1 / 4 года")]
    [InlineData(5, "1 / 5 лет")]
    [InlineData(11, "1 / 11 лет")]
    [InlineData(12, "1 / 12 лет")]
    [InlineData(21, "1 / 21 год")]
    [InlineData(22, "1 / 22 года")]
    [InlineData(111, "1 / 111 лет")]
    public void Should_Choose_The_Russian_Form_Of_The_Number(int years, string expected) =>
        string.Format(CultureInfo.InvariantCulture, PluralForms.Apply(Years, Ru, [1, years]), 1, years).ShouldBe(expected);

    [Fact]
    public void Should_Use_One_And_Other_In_English_And_Kazakh_And_Exact_Matches_First()
    {
        const string text = "{n, plural, =0 {none} one {# row} other {# rows}}";
        PluralForms.Apply(text, CultureInfo.GetCultureInfo("en"), _ => 1).ShouldBe("1 row");
        PluralForms.Apply(text, CultureInfo.GetCultureInfo("en"), _ => 3).ShouldBe("3 rows");
        PluralForms.Apply(text, CultureInfo.GetCultureInfo("kk"), _ => 0).ShouldBe("none");
        PluralForms.Category(21, CultureInfo.GetCultureInfo("kk")).ShouldBe("other");
        PluralForms.Category(1.5m, Ru).ShouldBe("other");
    }

    [Fact]
    public void Should_Fill_Named_Placeholders_With_Plurals()
    {
        using var _ = new CultureScope(Ru);
        NamedPlaceholders.Fill("на {Minutes, plural, one {# минуту} few {# минуты} many {# минут} other {# минуты}}", [new("Minutes", 15)])
            .ShouldBe("на 15 минут");
        NamedPlaceholders.Fill("{Name}: {Missing, plural, one {#} other {#}}", [new("Name", "x")])
            .ShouldBe("x: {Missing, plural, one {#} other {#}}");
    }

    private static readonly CultureInfo Ru = CultureInfo.GetCultureInfo("ru");

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo ui = CultureInfo.CurrentUICulture;
        public CultureScope(CultureInfo culture) => CultureInfo.CurrentUICulture = culture;
        public void Dispose() => CultureInfo.CurrentUICulture = ui;
    }
}
