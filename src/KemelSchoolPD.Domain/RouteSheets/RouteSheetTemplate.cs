using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// A school's own copy of a level's route sheet form, made when the school edits the built-in one. The school's active copy of
/// a level is what new sheets of that level are made from; sheets already made keep the rows they were made with.
/// </summary>
public sealed class RouteSheetTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public QualificationCategory Category { get; private set; }
    public Guid? SourceTemplateId { get; private set; }
    public bool IsActive { get; private set; }
    public string TitleKk { get; private set; } = null!;
    public string TitleRu { get; private set; } = null!;
    public string StageKk { get; private set; } = null!;
    public string StageRu { get; private set; } = null!;
    public string GoalKk { get; private set; } = null!;
    public string GoalRu { get; private set; } = null!;
    public IReadOnlyList<RouteSheetRowText> Rows { get; private set; } = [];

    private RouteSheetTemplate() { }

    public RouteSheetTemplate(Guid id, RouteSheetTemplateInfo source) : base(id)
    {
        Category = source.Category;
        SourceTemplateId = source.Id;
        IsActive = true;
        Update(source.TitleKk, source.TitleRu, source.StageKk, source.StageRu, source.GoalKk, source.GoalRu, source.Rows);
    }

    public RouteSheetTemplate Update(string titleKk, string titleRu, string stageKk, string stageRu, string goalKk, string goalRu,
        IEnumerable<RouteSheetRowText>? rows)
    {
        TitleKk = Check.NotNullOrWhiteSpace(titleKk, nameof(TitleKk), RouteSheetConsts.MaxTitleLength);
        TitleRu = Check.NotNullOrWhiteSpace(titleRu, nameof(TitleRu), RouteSheetConsts.MaxTitleLength);
        StageKk = Check.NotNullOrWhiteSpace(stageKk, nameof(StageKk), RouteSheetConsts.MaxTitleLength);
        StageRu = Check.NotNullOrWhiteSpace(stageRu, nameof(StageRu), RouteSheetConsts.MaxTitleLength);
        GoalKk = Check.NotNullOrWhiteSpace(goalKk, nameof(GoalKk), RouteSheetConsts.MaxGoalLength);
        GoalRu = Check.NotNullOrWhiteSpace(goalRu, nameof(GoalRu), RouteSheetConsts.MaxGoalLength);
        Rows = NormalizeRows(rows);
        return this;
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public RouteSheetTemplateInfo ToInfo() => new(Id, Category, TitleKk, TitleRu, StageKk, StageRu, GoalKk, GoalRu, Rows, IsBuiltIn: false);

    /// <summary>Every row needs all six texts; rows are numbered 1..n in the given order.</summary>
    private static List<RouteSheetRowText> NormalizeRows(IEnumerable<RouteSheetRowText>? rows)
    {
        var list = rows?.ToList() ?? [];
        if (list.Count == 0 || list.Count > RouteSheetConsts.MaxRows || list.Any(r => r is null))
            throw new InputValidationException(
                nameof(Rows),
                KemelSchoolPDErrorCodes.RouteSheets.TemplateNeedsRows,
                1,
                RouteSheetConsts.MaxRows);
        return list.Select((row, i) =>
        {
            var field = $"rows[{i}]";
            return new RouteSheetRowText
            {
                Order = i + 1,
                DirectionKk = Check.NotNullOrWhiteSpace(row.DirectionKk, field + ".directionKk", RouteSheetConsts.MaxCellLength),
                DirectionRu = Check.NotNullOrWhiteSpace(row.DirectionRu, field + ".directionRu", RouteSheetConsts.MaxCellLength),
                ContentKk = Check.NotNullOrWhiteSpace(row.ContentKk, field + ".contentKk", RouteSheetConsts.MaxCellLength),
                ContentRu = Check.NotNullOrWhiteSpace(row.ContentRu, field + ".contentRu", RouteSheetConsts.MaxCellLength),
                ActionsKk = Check.NotNullOrWhiteSpace(row.ActionsKk, field + ".actionsKk", RouteSheetConsts.MaxCellLength),
                ActionsRu = Check.NotNullOrWhiteSpace(row.ActionsRu, field + ".actionsRu", RouteSheetConsts.MaxCellLength),
            };
        }).ToList();
    }
}
