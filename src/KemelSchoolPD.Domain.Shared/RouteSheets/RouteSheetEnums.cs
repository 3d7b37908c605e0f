namespace KemelSchoolPD.RouteSheets;

/// <summary>The route sheet's assessment scale (seed 004, Tables 9–13): + achieved, ± partially achieved, − not achieved.</summary>
public enum RouteSheetMark
{
    Achieved = 1,
    Partial = 2,
    NotAchieved = 3,
}

/// <summary>How often a route sheet is assessed in its academic year.</summary>
public enum RouteSheetPeriodKind
{
    Quarters = 1,
    HalfYears = 2,
}

/// <summary>Whom a bulk assignment gives a route sheet to.</summary>
public enum RouteSheetAssignmentScope
{
    All = 1,
    Category = 2,
    MethodologicalAssociation = 3,
}

public static class RouteSheetConsts
{
    public const int MaxTitleLength = 256;
    public const int MaxGoalLength = 1000;
    public const int MaxCellLength = 1000;
    public const int MaxRows = 30;
    public const int MaxCommentLength = 2000;
    public const int MaxClassNameLength = 64;

    public static int PeriodCount(RouteSheetPeriodKind kind) => kind == RouteSheetPeriodKind.HalfYears ? 2 : 4;

    /// <summary>The printed sign of a mark: +, ± or −.</summary>
    public static string Sign(RouteSheetMark? mark) => mark switch
    {
        RouteSheetMark.Achieved => "+",
        RouteSheetMark.Partial => "±",
        RouteSheetMark.NotAchieved => "−",
        _ => "",
    };
}

/// <summary>One row of a route sheet template: activity direction, development content and concrete actions, in kk and ru.</summary>
public sealed record RouteSheetRowText
{
    public int Order { get; init; }
    public string DirectionKk { get; init; } = "";
    public string DirectionRu { get; init; } = "";
    public string ContentKk { get; init; } = "";
    public string ContentRu { get; init; } = "";
    public string ActionsKk { get; init; } = "";
    public string ActionsRu { get; init; } = "";
}

/// <summary>A row of a teacher's sheet: the template's texts as they were at creation, and its marks per review period.</summary>
public sealed record RouteSheetRow
{
    public int Order { get; init; }
    public string DirectionKk { get; init; } = "";
    public string DirectionRu { get; init; } = "";
    public string ContentKk { get; init; } = "";
    public string ContentRu { get; init; } = "";
    public string ActionsKk { get; init; } = "";
    public string ActionsRu { get; init; } = "";
    public IReadOnlyList<RouteSheetAssessment> Assessments { get; init; } = [];

    public static RouteSheetRow From(RouteSheetRowText t) => new()
    {
        Order = t.Order, DirectionKk = t.DirectionKk, DirectionRu = t.DirectionRu, ContentKk = t.ContentKk, ContentRu = t.ContentRu,
        ActionsKk = t.ActionsKk, ActionsRu = t.ActionsRu,
    };
}

/// <summary>One period's marks of a row: the teacher's self-assessment and the reviewer's, each with comment, author and time.</summary>
public sealed record RouteSheetAssessment
{
    public int Period { get; init; }
    public RouteSheetMark? SelfMark { get; init; }
    public string? SelfComment { get; init; }
    public Guid? SelfMarkedByUserId { get; init; }
    public string? SelfMarkedByName { get; init; }
    public DateTime? SelfMarkedAt { get; init; }
    public RouteSheetMark? ReviewerMark { get; init; }
    public string? ReviewerComment { get; init; }
    public Guid? ReviewerMarkedByUserId { get; init; }
    public string? ReviewerMarkedByName { get; init; }
    public DateTime? ReviewerMarkedAt { get; init; }
}
