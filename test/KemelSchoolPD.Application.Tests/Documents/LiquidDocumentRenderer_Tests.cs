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
    public void Should_Place_A_Picture_Of_The_Model_Once_Per_Image_And_Refuse_A_Picture_It_Does_Not_Provide()
    {
        var chart = RadarChartImage.Render(["Мақсат", "Белсенділік", "Әдіс-тәсілдер"], [new RadarChartSeries("Қазір", [7, 5, 9])]);
        const string template
            = "<document><image src=\"{{ Chart }}\" alt=\"Дөңгелек\"/><p>{{ Chart }}</p><image src=\"{{ Missing }}\"/></document>";

        var docx = Docx.Open(Renderer.Render(template, new { Chart = chart }, "kk"));

        var image = docx.Images.ShouldHaveSingleItem();
        image.ContentType.ShouldBe("image/png");
        image.Data.ShouldBe(chart.Png);
        image.WidthEmu.ShouldBe((long)(RadarChartImage.WidthCm * 360_000));
        docx.Paragraphs.ShouldContain("image1"); // a picture reads as its name, never as its bytes
        // A school's copy may not point at anything else: no file, no address.
        Renderer.FindError("<document><image src=\"http://example.org/a.png\"/></document>").ShouldNotBeNull().Message.ShouldContain("src");
        Renderer.FindError(template).ShouldBeNull(); // checked without data: the picture is simply absent
    }

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
        Renderer.FindError(template).ShouldNotBeNull().Message.ShouldNotBeNullOrWhiteSpace();

    [Fact]
    public void Should_Accept_A_Template_Whose_Data_Is_Missing() =>
        Renderer.FindError(Template).ShouldBeNull();

    [Fact]
    public void Should_Name_The_Line_Of_A_Liquid_Syntax_Error()
    {
        Renderer.FindError("<document>\n  <p>x</p>\n  <p>{% if %}</p>\n</document>").ShouldNotBeNull().Line.ShouldBe(3);
        // An unclosed block is noticed where the text ends.
        Renderer.FindError("<document>\n  {% for row in Rows %}<p>x</p>\n</document>").ShouldNotBeNull().Line.ShouldBe(3);
    }

    [Theory]
    [InlineData("{% for i in (1..100000000) %}{% assign n = i %}{% endfor %}", "collection size")]
    [InlineData("{% for i in (1..10000) %}{% for j in (1..10000) %}{% assign n = j %}{% endfor %}{% endfor %}", "steps")]
    public void Should_Stop_A_Looping_Template_Fast_And_Name_Its_Line(string loop, string limit)
    {

        var error = Renderer.FindError($"<document>\n  <p>x</p>\n  {loop}\n</document>");

        error.ShouldNotBeNull().Line.ShouldBe(3);
        error.Message.ShouldContain(limit);
    }

    [Fact]
    public void Should_Stop_A_Loop_That_Only_Runs_With_Data_At_Printing()
    {
        const string looping
            = "<document>\n{%- for row in Rows %}\n{%- for i in (1..100000000) %}<p>{{ row }}</p>{%- endfor %}\n{%- endfor %}\n</document>";
        Renderer.FindError(looping).ShouldBeNull("without data the loop does not run");

        var e = Should.Throw<DocumentTemplateException>(() => Renderer.Render(looping, new { Rows = new[] { "a", "b" } }, "kk"));

        e.Code.ShouldBe(KemelSchoolPDErrorCodes.Documents.TemplateFailedAtLine);
        e.Error.Line.ShouldBe(2);
    }

    [Fact]
    public void Should_Stop_A_Template_Whose_Output_Grows_Beyond_The_Limit()
    {

        var error = Renderer.FindError(
            "<document>{% assign s = 'xxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}<p>{{ s }}</p></document>");

        error.ShouldNotBeNull().Message.ShouldContain("output size");
    }

    [Theory]
    [InlineData("<document><table><tr><td colspan=\"3000000\">x</td></tr></table></document>", "colspan")]
    [InlineData("<document><table><tr><td colspan=\"два\">x</td></tr></table></document>", "colspan")]
    [InlineData("<document><table><tr><td colspan=\"0\">x</td></tr></table></document>", "colspan")]
    [InlineData("<document><table widths=\"10,abc\"><tr><td>x</td></tr></table></document>", "widths")]
    [InlineData("<document><table widths=\"1e308,1e308\"><tr><td>x</td></tr></table></document>", "widths")]
    [InlineData("<document><table widths=\"-1,2\"><tr><td>x</td></tr></table></document>", "widths")]
    public void Should_Refuse_Table_Attributes_That_Are_Not_Sensible_Numbers(string template, string attribute)
    {

        Renderer.FindError(template).ShouldNotBeNull().Message.ShouldContain(attribute);

    }

    [Fact]
    public void Should_Refuse_Widths_For_More_Columns_Than_Word_Has() =>
        Renderer.FindError(
            $"<document><table widths=\"{string.Join(",", Enumerable.Repeat(1, 64))}\"><tr><td>x</td></tr></table></document>")
            .ShouldNotBeNull().Message.ShouldContain("widths");

    [Fact]
    public void Should_Print_Numbers_As_Before_Without_Trailing_Zeros_And_Strings_Escaped()
    {
        var docx = Docx.Open(Renderer.Render("<document><p>{{ A }}|{{ B }}|{{ C }}|{{ D }}|{{ E }}</p></document>",
            new { A = 67.00m, B = 58.50m, C = 7, D = "<b>&", E = (string?)null }, "kk"));

        docx.Paragraphs[0].ShouldBe("67|58,5|7|<b>&|");
    }

    [Fact]
    public void Should_Give_The_Template_Only_The_Data_Not_The_Objects_Behind_It()
    {
        var docx = Docx.Open(Renderer.Render(
            "<document><p>{{ Items.size }}|{{ Items[0].Name }}|{{ Items[0].GetType }}|{{ Name.Length }}</p></document>",
            new { Items = new[] { new { Name = "Ә" } }, Name = "abc" },
            "kk"));

        docx.Paragraphs[0].ShouldBe("1|Ә||");
    }
}
