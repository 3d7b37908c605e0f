using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The mentor's year plan as a Word document in Kazakh or Russian. The seeds give no official form for it (seed-fidelity
/// §8.1: the "Order №130" form is not in the seeds), so the layout is plain: a header, the aim, the mentees, then the months
/// of the academic year in order with their activities (topic, form, date, expected result, progress), and the signatures. The
/// school may replace the template like any other (<see cref="MentorYearPlanConsts.DocumentTemplate"/>).
/// </summary>
public sealed class MentorYearPlanDocumentService(
    MentorYearPlanAppService plans,
    IDocumentService documents,
    DocumentHeaderProvider headers)
{
    public async Task<GeneratedDocument> RenderAsync(Guid id, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.MentoringPlans.UnsupportedCulture);
        var plan = await plans.GetAsync(id, ct); // the read rule
        var header = await headers.GetAsync(language, ct);
        var number = 0;
        var months = plan.Activities.GroupBy(a => a.Month).OrderBy(g => MentorYearPlan.MonthOrder(g.Key))
            .Select(g => new MonthBlock(header.Text($"MentoringPlans:Month.{g.Key}"), g
                .Select(a => new ActivityRow(++number, a.Topic, header.Enum(a.Form),
                    DocumentTexts.Date(a.PlannedDate), a.ExpectedResult ?? "", header.Enum(a.Progress), a.ProgressNote ?? ""))
                .ToList()))
            .ToList();
        var model = new
        {
            Header = header,
            Plan = new
            {
                Mentor = plan.MentorName,
                AcademicYear = plan.AcademicYearLabel,
                Period = $"{DocumentTexts.Date(plan.PeriodStart)} – {DocumentTexts.Date(plan.PeriodEnd)}",
                Status = header.Enum(plan.Status),
                AgreedOn = plan.AgreedAt is { } agreed ? DocumentTexts.Date(DateOnly.FromDateTime(agreed)) : "",
                Goal = plan.Goal ?? "",
                Mentees = string.Join(", ", plan.Mentees.Select(m => m.FullName)),
            },
            Months = months,
        };
        return await documents.RenderDocxAsync(MentorYearPlanConsts.DocumentTemplate, header.Culture, model,
            $"{header.Text("MentoringPlans:Document." + MentorYearPlanConsts.DocumentTemplate)} {plan.MentorName} {plan.AcademicYearLabel}", ct);
    }
}

public sealed record ActivityRow(int Number, string Topic, string Form, string Date, string ExpectedResult, string Progress, string Note);

public sealed record MonthBlock(string Month, List<ActivityRow> Rows);
