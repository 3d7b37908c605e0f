using System.Linq.Expressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.RouteSheets;

/// <summary>Who marks a row: the teacher (self-assessment) or the reviewer (mentor, tutor or deputy).</summary>
public enum RouteSheetMarkRole
{
    Self = 1,
    Reviewer = 2,
}

/// <summary>A mark given to one row for one period.</summary>
public sealed record RouteSheetMarkEntry(int RowOrder, RouteSheetMark? Mark, string? Comment);

/// <summary>
/// A teacher's route sheet for one academic year (one per teacher and year): the level's rows as they were when it was made,
/// and per review period the teacher's and the reviewer's marks (+ / ± / −) with comments. The rows and marks are one JSON
/// document; the concurrency stamp makes a stale edit a 409.
/// </summary>
public sealed class RouteSheet : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who may read a route sheet: with ViewAll everyone's; otherwise one's own and those one reviews. Every reader (its pages,
    /// the audit log, derived views) uses this rule.</summary>
    public static Expression<Func<RouteSheet, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return r => viewAll || (staffId != null && (r.TeacherStaffMemberId == me || r.ReviewerStaffMemberId == me));
    }

    public Guid TenantId { get; private set; }
    public Guid TeacherStaffMemberId { get; private set; }
    public int AcademicYear { get; private set; }
    public QualificationCategory Category { get; private set; }
    public Guid TemplateId { get; private set; }
    public string TitleKk { get; private set; } = null!;
    public string TitleRu { get; private set; } = null!;
    public string StageKk { get; private set; } = null!;
    public string StageRu { get; private set; } = null!;
    public string GoalKk { get; private set; } = null!;
    public string GoalRu { get; private set; } = null!;
    public Guid? ReviewerStaffMemberId { get; private set; }
    public RouteSheetPeriodKind PeriodKind { get; private set; }
    public IReadOnlyList<RouteSheetRow> Rows { get; private set; } = [];
    /// <summary>
    /// Bit p−1 set when every row has the teacher's mark for period p (kept with the marks, so "whose marks are due" is a query,
    /// not a read of every sheet's JSON). Null for a sheet written before the column existed (filled in at start-up) or made by bulk
    /// assignment (no rows, no marks).
    /// </summary>
    public int? SelfMarkedPeriods { get; private set; }
    /// <summary>The same for the reviewer's marks.</summary>
    public int? ReviewerMarkedPeriods { get; private set; }

    private RouteSheet() { }

    public RouteSheet(Guid id, Guid teacherStaffMemberId, int academicYear, RouteSheetTemplateInfo template, Guid? reviewerStaffMemberId,
        RouteSheetPeriodKind periodKind) : base(id)
    {
        TeacherStaffMemberId = teacherStaffMemberId;
        AcademicYear = Check.Range(academicYear, nameof(AcademicYear), AcademicYears.Min, AcademicYears.Max);
        Category = template.Category;
        TemplateId = template.Id;
        (TitleKk, TitleRu, StageKk, StageRu, GoalKk, GoalRu) = (template.TitleKk, template.TitleRu, template.StageKk, template
            .StageRu, template.GoalKk, template.GoalRu);
        Rows = template.Rows.Select(RouteSheetRow.From).ToList();
        ReviewerStaffMemberId = reviewerStaffMemberId;
        PeriodKind = Check.Defined(periodKind, nameof(PeriodKind));
        RefreshMarkSummary();
    }

    public int PeriodCount => RouteSheetConsts.PeriodCount(PeriodKind);

    /// <summary>
    /// A sheet made by bulk assignment stores neither its level's texts nor its rows (10,000 copies of them would make the
    /// assignment slow): it takes both from its template on first use. Its template cannot change before then: editing a school's
    /// template first writes its current texts and rows into such sheets (RouteSheetTemplateAppService), and built-in templates
    /// never change.
    /// </summary>
    public bool HasTemplateContent => Rows.Count > 0 && TitleKk is not null;

    public void TakeTemplateContent(RouteSheetTemplateInfo template)
    {
        if (template.Id == TemplateId)
        {
            if (TitleKk is null)
                (TitleKk, TitleRu, StageKk, StageRu, GoalKk, GoalRu) = (template.TitleKk, template.TitleRu, template.StageKk,
                    template.StageRu, template.GoalKk, template.GoalRu);
            if (Rows.Count == 0) Rows = template.Rows.Select(RouteSheetRow.From).ToList();
        }
        RefreshMarkSummary();
    }

    /// <summary>Whether every row has a mark of that role for the period (1-based).</summary>
    public static bool IsMarked(int? markedPeriods, int period) => ((markedPeriods ?? 0) & (1 << (period - 1))) != 0;

    /// <summary>Recomputes <see cref="SelfMarkedPeriods"/> and <see cref="ReviewerMarkedPeriods"/> from the rows.</summary>
    public RouteSheet RefreshMarkSummary()
    {
        int Mask(Func<RouteSheetAssessment, bool> marked)
        {
            if (Rows.Count == 0) return 0;
            var mask = 0;
            for (var p = 1; p <= RouteSheetConsts.PeriodCount(RouteSheetPeriodKind.Quarters); p++)
                if (Rows.All(r => r.Assessments.Any(a => a.Period == p && marked(a)))) mask |= 1 << (p - 1);
            return mask;
        }
        SelfMarkedPeriods = Mask(a => a.SelfMark is not null);
        ReviewerMarkedPeriods = Mask(a => a.ReviewerMark is not null);
        return this;
    }

    public string Title(string culture) => culture == "kk" ? TitleKk : TitleRu;
    public string Stage(string culture) => culture == "kk" ? StageKk : StageRu;
    public string Goal(string culture) => culture == "kk" ? GoalKk : GoalRu;

    /// <summary>A shorter period kind is refused while marks stand in the periods it would drop.</summary>
    public void ChangeSettings(Guid? reviewerStaffMemberId, RouteSheetPeriodKind periodKind)
    {
        Check.Defined(periodKind, nameof(PeriodKind));
        var count = RouteSheetConsts.PeriodCount(periodKind);
        if (Rows.Any(r => r.Assessments.Any(a => a.Period > count)))
            throw new InputValidationException(nameof(PeriodKind), KemelSchoolPDErrorCodes.RouteSheets.PeriodsHaveMarks);
        ReviewerStaffMemberId = reviewerStaffMemberId;
        PeriodKind = periodKind;
    }

    /// <summary>
    /// Sets (or, with no mark and no comment, clears) one role's marks for the period. The other role's marks stay as they are.
    /// The whole JSON list is replaced so EF sees the change.
    /// </summary>
    public void Mark(
        RouteSheetMarkRole role,
        int period,
        IReadOnlyList<RouteSheetMarkEntry> entries,
        Guid? userId,
        string? userName,
        DateTime now)
    {
        if (period < 1 || period > PeriodCount)
            throw new InputValidationException(nameof(period), KemelSchoolPDErrorCodes.RouteSheets.PeriodOutOfRange, 1, PeriodCount);
        if (entries.Count == 0) throw new InputValidationException("marks", KemelSchoolPDErrorCodes.RouteSheets.NoMarks);
        var rows = Rows.ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var index = rows.FindIndex(r => r.Order == entry.RowOrder);
            if (index < 0) throw new InputValidationException($"marks[{i}].rowOrder", KemelSchoolPDErrorCodes.RouteSheets.UnknownRow);
            if (entry.Mark is { } m) Check.Defined(m, $"marks[{i}].mark");
            var comment = Check.NullIfEmpty(entry.Comment, $"marks[{i}].comment", RouteSheetConsts.MaxCommentLength);
            var row = rows[index];
            var assessment = row.Assessments.FirstOrDefault(a => a.Period == period) ?? new RouteSheetAssessment { Period = period };
            var cleared = entry.Mark is null && comment is null;
            assessment = role == RouteSheetMarkRole.Self
                ? assessment with
                {
                    SelfMark = entry.Mark,
                    SelfComment = comment,
                    SelfMarkedByUserId = cleared ? null : userId,
                    SelfMarkedByName = cleared ? null : userName,
                    SelfMarkedAt = cleared ? null : now,
                }
                : assessment with
                {
                    ReviewerMark = entry.Mark,
                    ReviewerComment = comment,
                    ReviewerMarkedByUserId = cleared ? null : userId,
                    ReviewerMarkedByName = cleared ? null : userName,
                    ReviewerMarkedAt = cleared ? null : now,
                };
            var others = row.Assessments.Where(a => a.Period != period);
            var kept = assessment is { SelfMark: null, SelfComment: null, ReviewerMark: null, ReviewerComment: null }
                ? others
                : others.Append(assessment);
            rows[index] = row with { Assessments = kept.OrderBy(a => a.Period).ToList() };
        }
        Rows = rows;
        RefreshMarkSummary();
    }
}

/// <summary>A weekly post-lesson self-evaluation (row 1 of every sheet: "every week, after lessons, evaluate one's own work").</summary>
public sealed class RouteSheetWeeklyEvaluation : AuditedAggregateRoot<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public Guid RouteSheetId { get; private set; }
    public DateOnly WeekStart { get; private set; }
    public string? ClassName { get; private set; }
    public string WhatWorked { get; private set; } = null!;
    public string? WhatToChange { get; private set; }
    public RouteSheetMark Mark { get; private set; }

    private RouteSheetWeeklyEvaluation() { }

    public RouteSheetWeeklyEvaluation(
        Guid id,
        RouteSheet sheet,
        DateOnly weekStart,
        string? className,
        string whatWorked,
        string? whatToChange,
        RouteSheetMark mark) : base(id)
    {
        if (!AcademicYears.Contains(sheet.AcademicYear, weekStart))
            throw new InputValidationException(
                nameof(WeekStart),
                KemelSchoolPDErrorCodes.RouteSheets.WeekOutsideYear,
                AcademicYears.Label(sheet.AcademicYear));
        RouteSheetId = sheet.Id;
        // Kept as the Monday of the week, whatever day the teacher picked.
        WeekStart = weekStart.AddDays(-(((int)weekStart.DayOfWeek + 6) % 7));
        ClassName = Check.NullIfEmpty(className, nameof(ClassName), RouteSheetConsts.MaxClassNameLength);
        WhatWorked = Check.NotNullOrWhiteSpace(whatWorked, nameof(WhatWorked), RouteSheetConsts.MaxCommentLength);
        WhatToChange = Check.NullIfEmpty(whatToChange, nameof(WhatToChange), RouteSheetConsts.MaxCommentLength);
        Mark = Check.Defined(mark, nameof(Mark));
    }
}
