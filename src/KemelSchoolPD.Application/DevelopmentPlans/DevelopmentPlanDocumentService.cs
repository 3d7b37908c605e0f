using KemelSchoolPD.Documents;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// The plan as a Word document in the seed's form: Table 17 (four quadrants, indicators with yearly targets) or Table 18
/// (header, eight sections × expected result, product), plus the SMART goals, the +/±/− marks and the signature lines.
/// </summary>
public sealed class DevelopmentPlanDocumentService(
    DevelopmentPlanAppService plans,
    IDocumentService documents,
    DocumentHeaderProvider headers)
{
    public async Task<GeneratedDocument> RenderAsync(Guid id, string? culture, CancellationToken ct = default)
    {
        var language = culture ?? "kk";
        if (language is not ("kk" or "ru" or "en"))
            throw new InputValidationException(nameof(culture), KemelSchoolPDErrorCodes.DevelopmentPlans.UnsupportedCulture);
        var (plan, teacher) = await plans.GetForDocumentAsync(id, ct);
        var header = await headers.GetAsync(language, ct);
        var c = header.Culture;
        var content = plan.Content;
        var goalTitles = content.Goals.ToDictionary(g => g.Id, g => g.Title);

        var goals = content.Goals
            .Select((g, i) => new GoalRow(i + 1, g.Title, g.Indicator ?? "", Number(g.TargetValue, g.Unit), Number(g.ActualValue, g.Unit),
                g.SchoolPriority ?? "", DocumentTexts.Date(g.Deadline), Mark(g.Status), Evidence(g.Evidence)))
            .ToList();
        var sections = plan.Template.Sections.Where(s => !s.HoldsGoals).Select(s => new SectionBlock(s.Title(c),
            content.Items.Where(i => i.SectionKey == s.Key).Select((item, n) => new ItemRow(n + 1,
                item.RowKey is { } rowKey && s.Rows.FirstOrDefault(r => r.Key == rowKey) is { } row ? row.Title(c) : item.Text,
                item.ExpectedResult ?? "", item.Product ?? "", Number(item.TargetValue, item.Unit), Number(item.ActualValue, item.Unit),
                item.GoalId is { } goalId && goalTitles.TryGetValue(goalId, out var title)
                    ? title
                    : "", Mark(item.Status), Evidence(item.Evidence))).ToList()))
            .ToList();
        var quadrants = plan.Template.Sections.Select(s => new Quadrant(s.Title(c), s.HoldsGoals
            ? string.Join("\n", content.Goals.Select((g, i) => $"{i + 1}. {g.Title}"))
            : string.Join("\n", content.Items.Where(i => i.SectionKey == s.Key).Select((item, n) =>
                $"{n + 1}. {item.Text}{(item.TargetValue is { } t ? $" — {Number(t, item.Unit)}" : "")}")))).ToList();

        var model = new
        {
            Header = header,
            Plan = new
            {
                TemplateName = plan.Template.Name,
                Teacher = teacher.FullName,
                Position = teacher.Position,
                Subjects = string.Join(", ", teacher.Subjects),
                Category = header.Enum(teacher.Category),
                // «ЕҢБЕК ӨТІЛІ» / «СТАЖ РАБОТЫ» is the whole work experience, not the teaching one, with its unit.
                Experience = header.Format("DevelopmentPlans:Document.ExperienceYears", teacher.TotalExperienceYears),
                Mentor = plan.MentorName ?? "",
                AcademicYear = plan.AcademicYearLabel,
                Period = $"{DocumentTexts.Date(plan.PeriodStart)} – {DocumentTexts.Date(plan.PeriodEnd)}",
                Status = header.Enum(plan.Status),
                AgreedOn = plan.AgreedAt is { } agreed ? DocumentTexts.Date(DateOnly.FromDateTime(agreed)) : "",
                Topic = content.Topic ?? "",
                ProfessionalGoal = content.ProfessionalGoal ?? "",
                MotivationalThought = content.MotivationalThought ?? "",
                DiagnosticResults = content.DiagnosticResults ?? "",
                Strengths = content.Strengths ?? "",
                Gaps = content.Gaps ?? "",
                PriorityDirections = content.PriorityDirections ?? "",
                Resources = content.Resources ?? "",
                SelfAssessment = content.SelfAssessment ?? "",
            },
            Goals = goals,
            Sections = sections,
            QuadrantPairs = quadrants.Chunk(2).Select(p => new QuadrantPair(p[0], p.Length > 1 ? p[1] : new Quadrant("", ""))).ToList(),
        };
        var templateName = plan.Template.LayoutKind == PlanLayoutKind.Quadrants
            ? DevelopmentPlanDocuments.Table17
            : DevelopmentPlanDocuments.Table18;
        return await documents.RenderDocxAsync(templateName, c, model,
            $"{header.Text("DevelopmentPlans:Document." + templateName)} {teacher.FullName} {plan.AcademicYearLabel}", ct);
    }

    /// <summary>The route sheets' marks: + achieved, ± partially, − not achieved; nothing while under way.</summary>
    public static string Mark(PlanProgressStatus status) => status switch
    {
        PlanProgressStatus.Achieved => "+",
        PlanProgressStatus.PartiallyAchieved => "±",
        PlanProgressStatus.NotAchieved => "−",
        _ => "",
    };

    private static string Number(decimal? value, string? unit)
        => value is { } v ? $"{v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} {unit}".Trim() : "";

    private static string Evidence(IReadOnlyList<PlanEvidence> evidence)
        => string.Join("\n", evidence.Select(e => e.Url is null ? e.Title : $"{e.Title} ({e.Url})"));
}

public sealed record GoalRow(
    int Number,
    string Title,
    string Indicator,
    string Target,
    string Actual,
    string Priority,
    string Deadline,
    string Mark,
    string Evidence);

public sealed record ItemRow(
    int Number,
    string Text,
    string ExpectedResult,
    string Product,
    string Target,
    string Actual,
    string Goal,
    string Mark,
    string Evidence);

public sealed record SectionBlock(string Title, List<ItemRow> Rows);

public sealed record Quadrant(string Title, string Text);

public sealed record QuadrantPair(Quadrant Left, Quadrant Right);
