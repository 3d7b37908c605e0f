namespace KemelSchoolPD.LessonStudy;

/// <summary>How a Lesson Study group was formed (seed 004: from a methodological association, a creative group, or ad hoc).</summary>
public enum LessonStudyGroupOrigin
{
    Association = 1,
    CreativeGroup = 2,
    AdHoc = 3,
}

/// <summary>Why a case pupil was chosen: usually one of high, middle and low attainment.</summary>
public enum CasePupilReason
{
    HighAttainment = 1,
    MiddleAttainment = 2,
    LowAttainment = 3,
    Other = 4,
}

/// <summary>A research lesson round: planned (and taught, observed), then discussed by the group; a discussed round is closed.</summary>
public enum ResearchLessonStatus
{
    Planned = 1,
    Discussed = 2,
}

/// <summary>What produced an item of the school's library of practice. Another module publishes with its own kind.</summary>
public enum PracticeSourceKind
{
    LessonStudy = 1,
    ActionResearch = 2,
}
