using KemelSchoolPD.Documents;
using KemelSchoolPD.TestBase;

namespace KemelSchoolPD.Application.Tests.Documents;

/// <summary>Liquid → document markup → a Word file that the OpenXml SDK reads back.</summary>
public sealed class LiquidDocumentRenderer_Tests
{
    private static readonly LiquidDocumentRenderer Renderer = new();

    private const string Template = """
        <document orientation="landscape">
          <h1>{{ Title }}</h1>
          <p align="right" italic="true">{{ Note }}</p>
          <table widths="10,60,30">
            <tr header="true"><td>№</td><td>Бағыт</td><td>Бағасы</td></tr>
            {%- for row in Rows %}
            <tr><td>{{ forloop.index }}</td><td>{{ row.Direction }}</td><td>{{ row.Mark }}</td></tr>
            {%- endfor %}
            <tr><td colspan="2" bold="true">Барлығы</td><td>{{ Rows.size }}</td></tr>
          </table>
          <signature label="Тәлімгер" name="{{ Mentor }}"/>
          <pagebreak/>
          <p>Соңы</p>
        </document>
        """;

    [Fact]
    public void Should_Render_Tables_Headings_And_Signatures_In_Kazakh()
    {
        var model = new
        {
            Title = "ДЗЕН-НАВИГАТОР. ДАМУ ЖОЛЫ",
            Note = "Ескерту: <міндетті> & \"маңызды\"\nекінші жол",
            Mentor = "Әлиева Гүлнар",
            Rows = new[] { new { Direction = "Сабақты жоспарлау", Mark = "+" }, new { Direction = "Рефлексия", Mark = "±" } },
        };

        var docx = Docx.Open(Renderer.Render(Template, model, "kk"));

        docx.Landscape.ShouldBeTrue();
        docx.Paragraphs[0].ShouldBe("ДЗЕН-НАВИГАТОР. ДАМУ ЖОЛЫ");
        docx.Paragraphs[1].ShouldBe("Ескерту: <міндетті> & \"маңызды\"\nекінші жол");
        docx.Paragraphs.ShouldContain("Тәлімгер: ______________________ Әлиева Гүлнар");
        docx.Paragraphs.Last().ShouldBe("Соңы");
        var table = docx.Tables.ShouldHaveSingleItem();
        table.Select(r => r.Count).ShouldBe([3, 3, 3, 2]);
        table[1].ShouldBe(["1", "Сабақты жоспарлау", "+"]);
        table[2].ShouldBe(["2", "Рефлексия", "±"]);
        table[3].ShouldBe(["Барлығы", "2"]);
    }

    [Theory]
    [InlineData("<document>{% if %}</document>")]
    [InlineData("<document><p>{{ Title }}</document>")]
    [InlineData("<page><p>x</p></page>")]
    [InlineData("<document><unknown/></document>")]
    public void Should_Explain_Why_A_Template_Cannot_Be_Used(string template) =>
        Renderer.FindError(template).ShouldNotBeNullOrWhiteSpace();

    [Fact]
    public void Should_Accept_A_Template_Whose_Data_Is_Missing() =>
        Renderer.FindError(Template).ShouldBeNull();
}
