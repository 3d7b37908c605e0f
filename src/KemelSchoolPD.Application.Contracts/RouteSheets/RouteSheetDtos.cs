using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.RouteSheets;

/// <summary>A level template: built-in (seed 004) or the school's copy. <c>IsActive</c>: new sheets of the level are made from
/// it.</summary>
public sealed record RouteSheetTemplateDto(
    Guid Id, QualificationCategory Category, bool IsBuiltIn, bool IsActive, Guid? SourceTemplateId,
    string TitleKk, string TitleRu, string StageKk, string StageRu, string GoalKk, string GoalRu,
    IReadOnlyList<RouteSheetRowText> Rows, string? ConcurrencyStamp);

/// <summary>
/// Edits a template. Editing a built-in one makes the school's copy (which becomes the level's active template); the
/// stamp is then not needed. Sheets already made keep their rows.
/// </summary>
public sealed class UpdateRouteSheetTemplateDto
{
    [Required, StringLength(RouteSheetConsts.MaxTitleLength)] public string TitleKk { get; set; } = "";
    [Required, StringLength(RouteSheetConsts.MaxTitleLength)] public string TitleRu { get; set; } = "";
    [Required, StringLength(RouteSheetConsts.MaxTitleLength)] public string StageKk { get; set; } = "";
    [Required, StringLength(RouteSheetConsts.MaxTitleLength)] public string StageRu { get; set; } = "";
    [Required, StringLength(RouteSheetConsts.MaxGoalLength)] public string GoalKk { get; set; } = "";
    [Required, StringLength(RouteSheetConsts.MaxGoalLength)] public string GoalRu { get; set; } = "";
    [Required] public List<RouteSheetRowText> Rows { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }
}

public sealed record RecommendedActivityDto(QualificationCategory Category, int Order, string TitleKk, string TitleRu, string Title);

public sealed class GetRecommendedActivitiesInput
{
    public QualificationCategory? Category { get; set; }
}

public sealed record RouteSheetPersonDto(Guid Id, string FullName);

/// <summary>What the caller may do with the sheet (the web app shows or hides its buttons by it).</summary>
public sealed record RouteSheetAbilitiesDto(bool CanSelfAssess, bool CanReview, bool CanChangeSettings);

public sealed record RouteSheetDto(
    Guid Id, Guid TeacherStaffMemberId, string TeacherName, QualificationCategory Category, int AcademicYear, string AcademicYearLabel,
    Guid TemplateId, string Title, string TitleKk, string TitleRu, string StageKk, string StageRu, string GoalKk, string GoalRu,
    Guid? ReviewerStaffMemberId, string? ReviewerName, RouteSheetPeriodKind PeriodKind, int PeriodCount,
    IReadOnlyList<RouteSheetRow> Rows, RouteSheetAbilitiesDto Abilities,
    DateTime CreationTime, DateTime? LastModificationTime, string ConcurrencyStamp);

public sealed record RouteSheetListItemDto(
    Guid Id, Guid TeacherStaffMemberId, string TeacherName, QualificationCategory Category, int AcademicYear, string AcademicYearLabel,
    Guid? ReviewerStaffMemberId, string? ReviewerName, RouteSheetPeriodKind PeriodKind,
    int RowCount, int SelfMarkCount, int ReviewerMarkCount, string ConcurrencyStamp);

public sealed class GetRouteSheetListInput : PagedInput
{
    public int? AcademicYear { get; set; }
    public QualificationCategory? Category { get; set; }
    public Guid? TeacherStaffMemberId { get; set; }
    public Guid? ReviewerStaffMemberId { get; set; }
    /// <summary>Only the caller's own sheets and those they review, even with ViewAll.</summary>
    public bool? Mine { get; set; }
    [StringLength(256)] public string? Filter { get; set; }
}

public sealed class CreateRouteSheetDto
{
    /// <summary>Empty: the caller's own sheet. Another teacher's needs the Assign permission.</summary>
    public Guid? TeacherStaffMemberId { get; set; }
    [Range(AcademicYears.Min, AcademicYears.Max)] public int AcademicYear { get; set; }
    /// <summary>Empty: the school's active template of the teacher's level.</summary>
    public Guid? TemplateId { get; set; }
    public Guid? ReviewerStaffMemberId { get; set; }
    public RouteSheetPeriodKind PeriodKind { get; set; } = RouteSheetPeriodKind.Quarters;
}

public sealed class UpdateRouteSheetSettingsDto
{
    public Guid? ReviewerStaffMemberId { get; set; }
    public RouteSheetPeriodKind PeriodKind { get; set; } = RouteSheetPeriodKind.Quarters;
    [Required] public string ConcurrencyStamp { get; set; } = "";
}

public sealed class RouteSheetMarkInput
{
    [Range(1, RouteSheetConsts.MaxRows)] public int RowOrder { get; set; }
    /// <summary>Achieved (+), Partial (±) or NotAchieved (−); empty together with an empty comment clears the mark.</summary>
    public RouteSheetMark? Mark { get; set; }
    [StringLength(RouteSheetConsts.MaxCommentLength)] public string? Comment { get; set; }
}

/// <summary>Marks of one period for one or more rows, by the teacher (self) or by the reviewer.</summary>
public sealed class MarkRouteSheetDto
{
    [Range(1, 4)] public int Period { get; set; }
    [Required] public List<RouteSheetMarkInput> Marks { get; set; } = [];
    [Required] public string ConcurrencyStamp { get; set; } = "";
}

public sealed class CreateWeeklySelfEvaluationDto
{
    public DateOnly WeekStart { get; set; }
    [StringLength(RouteSheetConsts.MaxClassNameLength)] public string? ClassName { get; set; }
    [Required, StringLength(RouteSheetConsts.MaxCommentLength)] public string WhatWorked { get; set; } = "";
    [StringLength(RouteSheetConsts.MaxCommentLength)] public string? WhatToChange { get; set; }
    public RouteSheetMark Mark { get; set; }
}

public sealed record WeeklySelfEvaluationDto(
    Guid Id,
    Guid RouteSheetId,
    DateOnly WeekStart,
    string? ClassName,
    string WhatWorked,
    string? WhatToChange,
    RouteSheetMark Mark,
    DateTime CreationTime);

public sealed class AssignRouteSheetsDto
{
    [Range(AcademicYears.Min, AcademicYears.Max)] public int AcademicYear { get; set; }
    public RouteSheetAssignmentScope Scope { get; set; }
    public QualificationCategory? Category { get; set; }
    public Guid? MethodologicalAssociationId { get; set; }
    public Guid? ReviewerStaffMemberId { get; set; }
    public RouteSheetPeriodKind PeriodKind { get; set; } = RouteSheetPeriodKind.Quarters;
}

public sealed record RouteSheetAssignmentResultDto(int Created, int Skipped);
