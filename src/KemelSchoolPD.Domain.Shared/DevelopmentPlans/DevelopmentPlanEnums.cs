namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The two forms of seed 004: the four-question route of Table 17 and the sectioned educational route of Table 18.</summary>
public enum PlanLayoutKind
{
    Quadrants = 1,
    Sections = 2,
}

/// <summary>draft → submitted → agreed (or returned) → in progress → completed; an agreed plan may be reopened (back to draft).</summary>
public enum DevelopmentPlanStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
    Agreed = 4,
    InProgress = 5,
    Completed = 6,
}

/// <summary>Progress of one goal or action (the route sheets' + / ± / − marks, plus not started and under way).</summary>
public enum PlanProgressStatus
{
    NotStarted = 1,
    InProgress = 2,
    Achieved = 3,
    PartiallyAchieved = 4,
    NotAchieved = 5,
}

public enum PlanActivityKind
{
    Other = 1,
    Course = 2,
    SelfEducation = 3,
    LessonStudy = 4,
    ActionResearch = 5,
    Mentoring = 6,
    OpenLesson = 7,
    Publication = 8,
    Research = 9,
    Network = 10,
    WorkWithLearners = 11,
}

public enum PlanEvidenceKind
{
    Link = 1,
    File = 2,
    Record = 3,
}

public enum PlanVersionKind
{
    Agreed = 1,
    ChangedAfterAgreement = 2,
    Reopened = 3,
    Completed = 4,
}

public enum PlanReviewDecision
{
    Agreed = 1,
    Returned = 2,
}

public enum PlanChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>Whom a bulk assignment reaches.</summary>
public enum PlanAssignmentScope
{
    All = 1,
    Category = 2,
    MethodologicalAssociation = 3,
}

/// <summary>In what capacity a comment was written.</summary>
public enum PlanCommentRole
{
    Teacher = 1,
    Mentor = 2,
    Reviewer = 3,
}
