namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// Table 7 of seed 004 (L7505–7572), the research plan: six sections answered as numbered <c>Answers</c>. The section
/// titles and the source's worked example (a hint for each section) are localization keys, so the web form and the DOCX
/// show them in the reader's language.
/// </summary>
public static class ResearchPlanTemplate
{
    public const int SectionCount = 6;

    public static string SectionKey(int number) => $"GrowthCycles:ResearchPlan.Section{number}";

    public static string ExampleKey(int number) => $"GrowthCycles:ResearchPlan.Example{number}";
}
