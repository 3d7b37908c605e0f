namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// A project's state (seed 004 L2753–2800): active while its cycles run; solved when a finished cycle solved the problem;
/// closed by its owner before that. Publication is separate (<c>PublishedAt</c>): a finished project with every member's consent.
/// </summary>
public enum ActionResearchStatus
{
    Active = 1,
    Solved = 2,
    Closed = 3,
}

/// <summary>The steps of one research cycle, in order: apply the new strategy in several lessons → collect data → analyse →
/// adjust.</summary>
public enum ActionResearchStage
{
    Apply = 1,
    Collect = 2,
    Analyse = 3,
    Adjust = 4,
}

public enum ActionResearchCycleStatus
{
    Open = 1,
    Finished = 2,
    /// <summary>The project was closed while this cycle was open.</summary>
    Closed = 3,
}

/// <summary>Simple data-collection methods of seed 004 (L2776–2796): questionnaires, observation, pre/post results, learners' work, lesson
/// analysis.</summary>
public enum ActionResearchDataKind
{
    Questionnaire = 1,
    Observation = 2,
    PrePostResults = 3,
    LearnersWork = 4,
    LessonAnalysis = 5,
}
