namespace KemelSchoolPD.GrowthCycles;

using static GrowthArtefactKind;
using StageKinds = (GrowthArtefactKind[] Allowed, GrowthArtefactKind[] Required);

/// <summary>
/// Which artefact kinds each stage collects, for a teacher (Table 1) and for the administration (Table 2 and the appendix
/// table of seed 004 §5.11), and which of them a stage requires unless the school configures otherwise. A teacher designs
/// research at Design (Table 7, the research plan; seed 004 L7490–7572).
/// </summary>
public static class GrowthStageRules
{
    public static readonly IReadOnlyList<GrowthCycleStage> Stages = Enum.GetValues<GrowthCycleStage>();

    /// <summary>The vertical process (Tables 5 and 6): a teacher may attach it from Reflection on.</summary>
    private static readonly GrowthArtefactKind[] Generalising = [ExperienceSubstantiation, GeneralisedExperience];

    private static readonly Dictionary<(GrowthParticipantKind, GrowthCycleStage), StageKinds> Table = new()
    {
        [(GrowthParticipantKind.Teacher, GrowthCycleStage.Action)]
            = ([LessonTaught, LessonObserved, MentoringActivity, CommunityActivity], [LessonTaught]),
        [(GrowthParticipantKind.Teacher, GrowthCycleStage.Analysis)]
            = ([LessonSelfAnalysis, LearnerResults, FeedbackCollected, ColleagueDiscussion], [LessonSelfAnalysis, LearnerResults]),
        [(GrowthParticipantKind.Teacher, GrowthCycleStage.Reflection)] = (
            [ReflectiveNote, CompetenceSelfAssessment, GrowthArtefactKind.CoachingSelfAnalysis, ReflectiveLessonAnalysis, .. Generalising],
            [CompetenceSelfAssessment]),
        [(GrowthParticipantKind.Teacher, GrowthCycleStage.Design)]
            = ([GoalSetting, DevelopmentPlanning, ResearchPlan, .. Generalising], [GoalSetting, DevelopmentPlanning]),
        [(GrowthParticipantKind.Teacher, GrowthCycleStage.Approbation)]
            = ([ChangeTrial, RepeatDiagnostic, Correction, .. Generalising], [ChangeTrial, RepeatDiagnostic]),

        [(GrowthParticipantKind.Administrator, GrowthCycleStage.Action)]
            = ([LessonObserved, MentoringActivity, CommunityActivity], [LessonObserved]),
        [(GrowthParticipantKind.Administrator, GrowthCycleStage.Analysis)]
            = ([AnalyticalReport, LearnerResults, FeedbackCollected], [AnalyticalReport]),
        [(GrowthParticipantKind.Administrator, GrowthCycleStage.Reflection)]
            = ([ReflectiveCouncil, ReflectiveNote, CompetenceSelfAssessment], [ReflectiveCouncil]),
        [(GrowthParticipantKind.Administrator, GrowthCycleStage.Design)]
            = ([PlanAgreement, ResourceAllocation], [PlanAgreement, ResourceAllocation]),
        [(GrowthParticipantKind.Administrator, GrowthCycleStage.Approbation)]
            = ([ChangeTrial, RepeatDiagnostic, Correction], [RepeatDiagnostic, Correction]),
    };

    public static IReadOnlyList<GrowthArtefactKind> Allowed(GrowthParticipantKind participant, GrowthCycleStage stage)
        => Table[(participant, stage)].Allowed;

    public static IReadOnlyList<GrowthArtefactKind> DefaultRequired(GrowthParticipantKind participant, GrowthCycleStage stage)
        => Table[(participant, stage)].Required;

    /// <summary>The stage a kind belongs to for that participant (generalising kinds: the earliest stage allowing them); null when never
    /// allowed.</summary>
    public static GrowthCycleStage? StageOf(GrowthParticipantKind participant, GrowthArtefactKind kind) =>
        Stages.Where(s => Table[(participant, s)].Allowed.Contains(kind)).Select(s => (GrowthCycleStage?)s).FirstOrDefault();

    public static bool IsAllowedAnywhere(GrowthParticipantKind participant, GrowthArtefactKind kind)
        => StageOf(participant, kind) is not null;

    public static GrowthCycleStage? Next(GrowthCycleStage stage) => stage == GrowthCycleStage.Approbation ? null : stage + 1;
}
