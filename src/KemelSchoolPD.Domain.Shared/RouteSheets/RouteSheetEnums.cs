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
public sealed class RouteSheetRowText
{
    public int Order { get; set; }
    public string DirectionKk { get; set; } = "";
    public string DirectionRu { get; set; } = "";
    public string ContentKk { get; set; } = "";
    public string ContentRu { get; set; } = "";
    public string ActionsKk { get; set; } = "";
    public string ActionsRu { get; set; } = "";

    public RouteSheetRowText Clone() => (RouteSheetRowText)MemberwiseClone();
}

/// <summary>A row of a teacher's sheet: the template's texts as they were at creation, and its marks per review period.</summary>
public sealed class RouteSheetRow
{
    public int Order { get; set; }
    public string DirectionKk { get; set; } = "";
    public string DirectionRu { get; set; } = "";
    public string ContentKk { get; set; } = "";
    public string ContentRu { get; set; } = "";
    public string ActionsKk { get; set; } = "";
    public string ActionsRu { get; set; } = "";
    public List<RouteSheetAssessment> Assessments { get; set; } = [];

    public static RouteSheetRow From(RouteSheetRowText t) => new()
    {
        Order = t.Order, DirectionKk = t.DirectionKk, DirectionRu = t.DirectionRu, ContentKk = t.ContentKk, ContentRu = t.ContentRu,
        ActionsKk = t.ActionsKk, ActionsRu = t.ActionsRu,
    };
}

/// <summary>One period's marks of a row: the teacher's self-assessment and the reviewer's, each with comment, author and time.</summary>
public sealed class RouteSheetAssessment
{
    public int Period { get; set; }
    public RouteSheetMark? SelfMark { get; set; }
    public string? SelfComment { get; set; }
    public Guid? SelfMarkedByUserId { get; set; }
    public string? SelfMarkedByName { get; set; }
    public DateTime? SelfMarkedAt { get; set; }
    public RouteSheetMark? ReviewerMark { get; set; }
    public string? ReviewerComment { get; set; }
    public Guid? ReviewerMarkedByUserId { get; set; }
    public string? ReviewerMarkedByName { get; set; }
    public DateTime? ReviewerMarkedAt { get; set; }
}
