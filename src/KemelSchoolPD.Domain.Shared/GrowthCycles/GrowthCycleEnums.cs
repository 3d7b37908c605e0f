namespace KemelSchoolPD.GrowthCycles;

/// <summary>Whose practice the cycle develops: a teacher's teaching, or an administrator's management practice (Table 2).</summary>
public enum GrowthParticipantKind
{
    Teacher = 1,
    Administrator = 2,
}

public enum GrowthCycleStatus
{
    Active = 1,
    Completed = 2,
    Cancelled = 3,
}

/// <summary>The five stages of the horizontal cycle (seed 004, Korthagen's ALACT): in this order, one after another.</summary>
public enum GrowthCycleStage
{
    Action = 1,
    Analysis = 2,
    Reflection = 3,
    Design = 4,
    Approbation = 5,
}

/// <summary>How a stage was entered: by opening the cycle, moving forward after completing the previous one, or moving back.</summary>
public enum GrowthStageMove
{
    Opened = 1,
    Forward = 2,
    Back = 3,
    /// <summary>The cycle was cancelled while in that stage.</summary>
    Cancelled = 4,
}

/// <summary>
/// The forms of work a stage collects (Tables 1–2 and the appendix of seed 004). Sub-steps: Design 4.1 <see cref="GoalSetting"/> /
/// 4.2 <see cref="DevelopmentPlanning"/> (administration: <see cref="PlanAgreement"/> / <see cref="ResourceAllocation"/>),
/// Approbation 5.1 <see cref="RepeatDiagnostic"/> / 5.2 <see cref="Correction"/>.
/// </summary>
public enum GrowthArtefactKind
{
    EntryDiagnostic = 1,
    // 1. Action
    LessonTaught = 10,
    LessonObserved = 11,
    MentoringActivity = 12,
    CommunityActivity = 13,
    // 2. Analysis
    LessonSelfAnalysis = 20,
    LearnerResults = 21,
    FeedbackCollected = 22,
    ColleagueDiscussion = 23,
    AnalyticalReport = 24,
    // 3. Reflection
    ReflectiveNote = 30,
    CompetenceSelfAssessment = 31,
    CoachingSelfAnalysis = 32,
    ReflectiveLessonAnalysis = 33,
    ReflectiveCouncil = 34,
    // Generalising experience (the vertical process), attached to the cycle that produced it
    ExperienceSubstantiation = 40,
    GeneralisedExperience = 41,
    // 4. Design
    GoalSetting = 50,
    DevelopmentPlanning = 51,
    PlanAgreement = 52,
    ResourceAllocation = 53,
    /// <summary>A teacher's research plan (Table 7): problem, hypothesis, data collection, data analysis, results, conclusions.</summary>
    ResearchPlan = 54,
    // 5. Approbation
    ChangeTrial = 60,
    RepeatDiagnostic = 61,
    Correction = 62,
}

/// <summary>Which table of seed 004 a stage-guidance row comes from, or the school's own row.</summary>
public enum GrowthGuidanceSource
{
    /// <summary>Table 1: the teacher's actions in the PD cycle, its implementation levels per category.</summary>
    TeacherActions = 1,
    /// <summary>Table 2: the school administration's actions in the teachers' growth cycle.</summary>
    AdministrationActions = 2,
    /// <summary>Table 3: the teacher's PD cycle by the principle of increasing competencies.</summary>
    IncreasingCompetencies = 3,
    School = 4,
}

/// <summary>How a change was tried in practice (Approbation).</summary>
public enum GrowthEvidenceType
{
    Lesson = 1,
    OpenLesson = 2,
    LessonStudy = 3,
    Experiment = 4,
}

/// <summary>Who gave the feedback collected at Analysis or at the entry diagnostic.</summary>
public enum GrowthFeedbackSource
{
    Learners = 1,
    Colleagues = 2,
    Parents = 3,
    Mentor = 4,
    Administration = 5,
}

/// <summary>The period an administration's analytical report covers.</summary>
public enum GrowthReportPeriod
{
    Quarter1 = 1,
    Quarter2 = 2,
    Quarter3 = 3,
    Quarter4 = 4,
    HalfYear1 = 5,
    HalfYear2 = 6,
    Year = 7,
}

/// <summary>The four competence groups of the «Педагог» professional standard (seed 004 L4715–4748).</summary>
public enum CompetenceGroup
{
    /// <summary>Кәсіби құндылықтар.</summary>
    Values = 1,
    /// <summary>Кәсіби білім.</summary>
    Knowledge = 2,
    /// <summary>Оқыту мен тәрбиелеу практикасы.</summary>
    Practice = 3,
    /// <summary>Кәсіби даму.</summary>
    Development = 4,
}

/// <summary>A row of the qualification-characteristics table (seed 001 L76–96): a requirement, or the portfolio evidence below
/// it.</summary>
public enum QualificationRequirementKind
{
    Requirement = 1,
    Portfolio = 2,
}
