namespace KemelSchoolPD.Domain.Tests.Staff;

public sealed class SearchText_Tests
{
    [Theory]
    [InlineData("ӘБІЛҚАСЫМОВА  Гүлнар", "әбілқасымова гүлнар")]
    [InlineData("ҚҰРМАНҒАЗИЕВА Өркен Ұлан Үміт Һ", "құрманғазиева өркен ұлан үміт һ")]
    [InlineData("Ёлкина", "елкина")]
    [InlineData("  ", "")]
    public void Should_Normalize_Case_Yo_And_Spaces(string value, string expected) => SearchText.Normalize(value).ShouldBe(expected);

    [Fact]
    public void Should_Escape_Like_Wildcards() => SearchText.ContainsPattern("50%_a\\b").ShouldBe(@"%50\%\_a\\b%");

    [Fact]
    public void Should_Keep_Every_Field_Searchable_On_Its_Own_Line() =>
        SearchText.Of("Ерлан", null, "Мұғалім").ShouldBe("ерлан\nмұғалім");
}
