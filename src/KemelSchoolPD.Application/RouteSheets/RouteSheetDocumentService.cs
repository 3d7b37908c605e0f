using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// The route sheet as a Word document in the seed's form (Tables 9–13): level, stage and goal, then activity direction /
/// development content / concrete actions / assessment, the marks of each period (self and reviewer), the comments, the scale
/// and the signature lines. <c>period</c> limits the marks to one period; without it every period is printed.
/// </summary>
public sealed class RouteSheetDocumentService(RouteSheetAppService sheets, IDocumentService documents, DocumentHeaderProvider headers)
{
    public const string TemplateName = "RouteSheet";

    public async Task<GeneratedDocument> RenderAsync(Guid id, string? culture, int? period, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.RouteSheets.UnsupportedCulture);
        var (sheet, teacher, reviewer) = await sheets.GetForDocumentAsync(id, ct);
        if (period is { } p && (p < 1 || p > sheet.PeriodCount))
            throw new InputValidationException(nameof(period), KemelSchoolPDErrorCodes.RouteSheets.PeriodOutOfRange, 1, sheet.PeriodCount);
        var header = await headers.GetAsync(language, ct);
        var c = header.Culture;
        var periods = Enumerable.Range(1, sheet.PeriodCount).Where(n => period is null || n == period).ToList();
        string PeriodName(int n) => string.Format(header.Text($"RouteSheets:Document.Period.{sheet.PeriodKind}"), n);

        var rows = sheet.Rows.OrderBy(r => r.Order).Select(r => new RouteSheetDocumentRow(r.Order,
            c == "kk" ? r.DirectionKk : r.DirectionRu, c == "kk" ? r.ContentKk : r.ContentRu, c == "kk" ? r.ActionsKk : r.ActionsRu,
            string.Join("\n", periods.Select(n => r.Assessments.FirstOrDefault(a => a.Period == n) is { } a
                && (a.SelfMark ?? a.ReviewerMark) is not null
                ? $"{PeriodName(n)}: {header.Text("RouteSheets:Document.Self")} {Sign(a.SelfMark)} / {header.Text("RouteSheets:Document.Reviewer")} {Sign(a.ReviewerMark)}".TrimEnd()
                : null).OfType<string>()))).ToList();
        var comments = sheet.Rows.OrderBy(r => r.Order).SelectMany(r => r.Assessments.Where(a => periods.Contains(a.Period))
                .Where(a => a.SelfComment is not null || a.ReviewerComment is not null)
                .Select(a => new RouteSheetDocumentComment(r.Order, PeriodName(a.Period), a.SelfComment ?? "", a.ReviewerComment ?? "")))
            .OrderBy(x => x.Row).ToList();

        var model = new
        {
            Header = header,
            Sheet = new
            {
                Title = sheet.Title(c),
                Stage = sheet.Stage(c),
                StageHasLabel = StageHasOwnLabel(sheet.Stage(c)),
                Goal = sheet.Goal(c),
                Teacher = teacher.FullName,
                Position = teacher.Position,
                Subjects = string.Join(", ", teacher.Subjects),
                Category = header.Enum(teacher.Category),
                Reviewer = reviewer?.FullName ?? "",
                AcademicYear = AcademicYears.Label(sheet.AcademicYear),
                Period = period is { } only ? PeriodName(only) : header.Text($"RouteSheets:Document.AllPeriods.{sheet.PeriodKind}"),
            },
            Rows = rows,
            Comments = comments,
            HasComments = comments.Count > 0,
        };
        return await documents.RenderDocxAsync(TemplateName, c, model,
            $"{header.Text("RouteSheets:Document." + TemplateName)} {teacher.FullName} {AcademicYears.Label(sheet.AcademicYear)}", ct);
    }

    /// <summary>An unmarked cell stays blank: a dash would read like "−", not achieved.</summary>
    private static string Sign(RouteSheetMark? mark) => mark is null ? "" : RouteSheetConsts.Sign(mark);

    /// <summary>
    /// Whether the stored stage already names itself before a colon ("Орта кезең: «…»", "Жоғары деңгей: «…»"), as every level
    /// but the педагог's does in the seed; the template then prints it without its own "Кезең:" label.
    /// </summary>
    public static bool StageHasOwnLabel(string stage)
    {
        var colon = stage.IndexOf(':');
        return colon > 0 && stage.IndexOfAny(['«', '"', '“']) is var quote && (quote < 0 || colon < quote);
    }
}

public sealed record RouteSheetDocumentRow(int Number, string Direction, string Content, string Actions, string Assessment);

public sealed record RouteSheetDocumentComment(int Row, string Period, string SelfComment, string ReviewerComment);
