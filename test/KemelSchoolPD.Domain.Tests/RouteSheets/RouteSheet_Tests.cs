using KemelSchoolPD.Exceptions;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.RouteSheets;

public sealed class RouteSheet_Tests
{
    private static readonly DateTime Now = new(2031, 11, 1, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Should_Give_Every_Level_The_Seeds_Rows_With_The_Same_First_Two()
    {
        BuiltInRouteSheetTemplates.All.Select(t => t.Rows.Count).ShouldBe([8, 7, 10, 12, 11]);
        BuiltInRouteSheetTemplates.All.Select(t => t.Id).ShouldBeUnique();
        var first = BuiltInRouteSheetTemplates.Pedagogue.Rows.Take(2).Select(Texts).ToList();
        foreach (var template in BuiltInRouteSheetTemplates.All)
        {
            template.Rows.Take(2).Select(Texts).ShouldBe(first);
            template.Rows.ShouldAllBe(r => r.DirectionKk != "" && r.DirectionRu != "" && r.ContentKk != "" && r.ContentRu != ""
                && r.ActionsKk != ""
                && r.ActionsRu != "");
            BuiltInRouteSheetTemplates.Of(template.Category).ShouldBeSameAs(template);
        }
        RecommendedActivities.All.Count.ShouldBe(47);
        RecommendedActivities.All.Select(a => a.TitleKk).ShouldBeUnique();
    }

    [Fact]
    public void Should_Keep_Self_And_Reviewer_Marks_Apart_And_Clear_An_Empty_Mark()
    {
        var sheet = NewSheet();

        sheet.Mark(RouteSheetMarkRole.Self, 1, [new(1, RouteSheetMark.Achieved, " Жақсы ")], null, "Мұғалім", Now);
        sheet.Mark(RouteSheetMarkRole.Reviewer, 1, [new(1, RouteSheetMark.Partial, null)], null, "Тәлімгер", Now);
        var mark = sheet.Rows[0].Assessments.ShouldHaveSingleItem();
        (mark.SelfMark, mark.SelfComment, mark.SelfMarkedByName, mark.ReviewerMark, mark.ReviewerMarkedByName)
            .ShouldBe((RouteSheetMark.Achieved, "Жақсы", "Мұғалім", RouteSheetMark.Partial, "Тәлімгер"));

        sheet.Mark(RouteSheetMarkRole.Self, 1, [new(1, null, null)], null, "Мұғалім", Now);
        mark = sheet.Rows[0].Assessments.ShouldHaveSingleItem();
        (mark.SelfMark, mark.SelfMarkedAt, mark.ReviewerMark).ShouldBe((null, null, RouteSheetMark.Partial));
        sheet.Mark(RouteSheetMarkRole.Reviewer, 1, [new(1, null, null)], null, "Тәлімгер", Now);
        sheet.Rows[0].Assessments.ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0, 1, "period", KemelSchoolPDErrorCodes.RouteSheets.PeriodOutOfRange)]
    [InlineData(5, 1, "period", KemelSchoolPDErrorCodes.RouteSheets.PeriodOutOfRange)]
    [InlineData(1, 9, "marks[0].rowOrder", KemelSchoolPDErrorCodes.RouteSheets.UnknownRow)]
    public void Should_Refuse_Marks_Outside_The_Sheet(int period, int row, string field, string code)
    {
        var error = Should.Throw<InputValidationException>(() =>
            NewSheet().Mark(
                RouteSheetMarkRole.Self,
                period,
                [new(row, RouteSheetMark.Achieved, null)],
                null,
                null,
                Now)).Errors.ShouldHaveSingleItem();

        (error.Field, error.Code).ShouldBe((field, code));
    }

    [Fact]
    public void Should_Not_Drop_Periods_That_Have_Marks()
    {
        var sheet = NewSheet();
        sheet.Mark(RouteSheetMarkRole.Self, 3, [new(2, RouteSheetMark.NotAchieved, null)], null, null, Now);

        Should.Throw<InputValidationException>(() => sheet.ChangeSettings(null, RouteSheetPeriodKind.HalfYears))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.RouteSheets.PeriodsHaveMarks);
        sheet.Mark(RouteSheetMarkRole.Self, 3, [new(2, null, null)], null, null, Now);
        sheet.ChangeSettings(null, RouteSheetPeriodKind.HalfYears);
        sheet.PeriodCount.ShouldBe(2);
    }

    [Fact]
    public void Should_Keep_A_Weekly_Evaluation_Within_The_Year_As_Its_Monday()
    {
        var sheet = NewSheet();

        new RouteSheetWeeklyEvaluation(Guid.NewGuid(), sheet, new DateOnly(2031, 9, 7), "5Ә", "Жақсы", null, RouteSheetMark.Achieved)
            .WeekStart.ShouldBe(new DateOnly(2031, 9, 1));
        Should.Throw<InputValidationException>(() =>
                new RouteSheetWeeklyEvaluation(
                    Guid.NewGuid(),
                    sheet,
                    new DateOnly(2031, 8, 31),
                    null,
                    "Ерте",
                    null,
                    RouteSheetMark.Achieved))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.RouteSheets.WeekOutsideYear);
    }

    [Fact]
    public void Should_Copy_A_Level_Template_And_Refuse_One_Without_Rows()
    {
        var copy = new RouteSheetTemplate(Guid.NewGuid(), BuiltInRouteSheetTemplates.Expert);
        copy.Rows.Count.ShouldBe(10);
        copy.SourceTemplateId.ShouldBe(BuiltInRouteSheetTemplates.Expert.Id);
        Should.Throw<InputValidationException>(() => copy.Update("a", "b", "c", "d", "e", "f", []))
            .Errors.ShouldHaveSingleItem().Code.ShouldBe(KemelSchoolPDErrorCodes.RouteSheets.TemplateNeedsRows);
    }

    private static RouteSheet NewSheet() =>
        new(Guid.NewGuid(), Guid.NewGuid(), 2031, BuiltInRouteSheetTemplates.Pedagogue, null, RouteSheetPeriodKind.Quarters);

    private static string Texts(RouteSheetRowText r)
        => string.Join("|", r.Order, r.DirectionKk, r.DirectionRu, r.ContentKk, r.ContentRu, r.ActionsKk, r.ActionsRu);
}
