using KemelSchoolPD.GrowthCycles;

namespace KemelSchoolPD.Indicators;

/// <summary>How far the school reached an indicator, in the seed's scale words (seed 004 L9341–9347).</summary>
public enum IndicatorAchievement
{
    Achieved = 1,
    Partial = 2,
    NotAchieved = 3,
}

/// <summary>
/// One of the 20 effectiveness indicators of the school's growth cycle (seed 004 appendix, «Тиімділік индикаторлары
/// (нәтижелер)», L12226–12980). <see cref="Computed"/>: the product counts it from the records; otherwise the school records
/// it with its evidence. Its text is the localization key "Indicators:Appendix.{Code}".
/// </summary>
public sealed record AppendixIndicator(string Code, GrowthCycleStage Stage, bool Computed, string SeedLines);

public static class AppendixIndicators
{
    public const string LessonsMatchObjectives = "Action.LessonsMatchObjectives";
    public const string SafeInclusiveConditions = "Action.SafeInclusiveConditions";
    public const string UnifiedAssessmentApproaches = "Action.UnifiedAssessmentApproaches";
    public const string CommunitiesWork = "Action.CommunitiesWork";
    public const string RegularAnalysis = "Analysis.RegularAnalysis";
    public const string AnalyticalReports = "Analysis.AnalyticalReports";
    public const string TypicalDifficulties = "Analysis.TypicalDifficulties";
    public const string AnalysisDiscussed = "Analysis.AnalysisDiscussed";
    public const string DialogueCulture = "Reflection.DialogueCulture";
    public const string ReflectiveForms = "Reflection.ReflectiveForms";
    public const string SelfAssessment = "Reflection.SelfAssessment";
    public const string ReflectionInDecisions = "Reflection.ReflectionInDecisions";
    public const string UnifiedSystem = "Design.UnifiedSystem";
    public const string CurrentPlans = "Design.CurrentPlans";
    public const string PlansAlignedWithMission = "Design.PlansAlignedWithMission";
    public const string ResourcesAllocated = "Design.ResourcesAllocated";
    public const string PlanMonitoring = "Approbation.PlanMonitoring";
    public const string PositiveDynamics = "Approbation.PositiveDynamics";
    public const string PlansAdjusted = "Approbation.PlansAdjusted";
    public const string SchoolCycle = "Approbation.SchoolCycle";

    public static readonly IReadOnlyList<AppendixIndicator> All =
    [
        new(LessonsMatchObjectives, GrowthCycleStage.Action, true, "L12338–12342"),
        new(SafeInclusiveConditions, GrowthCycleStage.Action, false, "L12344–12356"),
        new(UnifiedAssessmentApproaches, GrowthCycleStage.Action, false, "L12358–12366"),
        new(CommunitiesWork, GrowthCycleStage.Action, false, "L12403–12415"),
        new(RegularAnalysis, GrowthCycleStage.Analysis, true, "L12539–12547"),
        new(AnalyticalReports, GrowthCycleStage.Analysis, true, "L12549–12557"),
        new(TypicalDifficulties, GrowthCycleStage.Analysis, true, "L12559–12565"),
        new(AnalysisDiscussed, GrowthCycleStage.Analysis, false, "L12577–12583"),
        new(DialogueCulture, GrowthCycleStage.Reflection, false, "L12681–12685"),
        new(ReflectiveForms, GrowthCycleStage.Reflection, true, "L12687–12693"),
        new(SelfAssessment, GrowthCycleStage.Reflection, true, "L12695–12701"),
        new(ReflectionInDecisions, GrowthCycleStage.Reflection, false, "L12703–12711"),
        new(UnifiedSystem, GrowthCycleStage.Design, false, "L12812–12818"),
        new(CurrentPlans, GrowthCycleStage.Design, true, "L12820–12824"),
        new(PlansAlignedWithMission, GrowthCycleStage.Design, true, "L12826–12830"),
        new(ResourcesAllocated, GrowthCycleStage.Design, true, "L12832–12836"),
        new(PlanMonitoring, GrowthCycleStage.Approbation, true, "L12888–12896"),
        new(PositiveDynamics, GrowthCycleStage.Approbation, true, "L12898–12902"),
        new(PlansAdjusted, GrowthCycleStage.Approbation, true, "L12966–12974"),
        new(SchoolCycle, GrowthCycleStage.Approbation, true, "L12976–12980"),
    ];

    private static readonly Dictionary<string, AppendixIndicator> ByCode = All.ToDictionary(i => i.Code, StringComparer.Ordinal);

    public static AppendixIndicator? Find(string? code) => code is null ? null : ByCode.GetValueOrDefault(code);
}

public static class SchoolIndicatorConsts
{
    public const int MaxCodeLength = 64;
    public const int MaxNoteLength = 2000;
    public const int MaxEvidenceLength = 1000;
}
