using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// A project's report as a Word document in Kazakh or Russian: the problem, question, hypothesis, strategy and baseline, the Table 7
/// plan when the reader may read it, then each cycle (lessons, data, analysis, adjustment) and the outcome. Read through the
/// project's read rule (<see cref="ActionResearchAppService.GetAsync"/>). The school may replace the template like any other.
/// </summary>
public sealed class ActionResearchDocumentService(
    ActionResearchAppService projects,
    IDocumentService documents,
    DocumentHeaderProvider headers)
{
    public async Task<GeneratedDocument> RenderAsync(Guid id, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.ActionResearch.UnsupportedCulture);
        var project = await projects.GetAsync(id, ct); // the read rule
        var header = await headers.GetAsync(language, ct);
        var model = new
        {
            Header = header,
            Project = new
            {
                project.Title,
                Subject = project.Subject ?? "",
                ClassNames = project.ClassNames ?? "",
                Owner = project.OwnerName,
                Members = string.Join(", ", project.Members.Select(m => m.FullName)),
                AcademicYear = AcademicYears.Label(project.AcademicYear),
                StartedOn = DocumentTexts.Date(project.StartedOn),
                Status = header.Enum(project.Status),
                project.Problem,
                project.ResearchQuestion,
                project.Hypothesis,
                project.Strategy,
                Baseline = project.Baseline ?? "",
                ClosingNote = project.ClosingNote ?? "",
            },
            Plan = project.ResearchPlan?.Sections.Select(
                s => new
                {
                    s.Number, Section = header.Text($"GrowthCycles:ResearchPlan.Section{s.Number}"), Answer = s.Answer
                    ?? ""
                }).ToList(),
            Cycles = project.Cycles.Select(c => new
            {
                c.Number,
                Status = header.Enum(c.Status),
                Stage = header.Enum(c.Stage),
                Lessons = c.Lessons.Select(
                    l => new { Date = DocumentTexts.Date(l.Date), l.ClassName, Topic = l.Topic ?? "", Note = l.Note ?? "" }).ToList(),
                Data = c.Data.Select(d => new
                {
                    Kind = header.Enum(d.Kind), d.Title, Date = DocumentTexts.Date(d.CollectedOn), Summary = d.Summary ?? "",
                    Results = d.Results.Select(r => new
                    {
                        ClassName = r.ClassName ?? "", r.Indicator, Before = r.Before?.ToString()
                        ?? "", After = r.After?.ToString() ?? ""
                    }).ToList(),
                }).ToList(),
                Analysis = c.Analysis ?? "",
                Adjustment = c.Adjustment ?? "",
                Solved = c.Solved == true,
            }).ToList(),
        };
        return await documents.RenderDocxAsync(ActionResearchConsts.DocumentTemplate, header.Culture, model,
            $"{header.Text("ActionResearch:Document." + ActionResearchConsts.DocumentTemplate)} {project.OwnerName}", ct);
    }
}
