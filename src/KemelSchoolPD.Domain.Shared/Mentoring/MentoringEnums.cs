namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The kinds of support a mentee can have at once, one active pair of each (seed 004): the methodological mentor (тәлімгер),
/// the tutor (тьютор: a trained expert who helps set SMART goals and tracks the route) and the informal curator of the
/// two-level form (бейресми куратор from the colleagues, beside the formal mentor).
/// </summary>
public enum MentoringPairKind
{
    Mentor = 1,
    Tutor = 2,
    Curator = 3,
}

public enum MentoringMeetingStatus
{
    Scheduled = 1,
    Held = 2,
    Cancelled = 3,
}

/// <summary>Who of the pair carries out an agreed next step.</summary>
public enum MentoringStepOwner
{
    Mentor = 1,
    Mentee = 2,
}

/// <summary>Why a colleague is suggested as a mentee's mentor (seed 004: moderators and experts mentor педагог-level teachers).</summary>
public enum MentorSuggestionReason
{
    SameSubject = 1,
    /// <summary>Category педагог-сарапшы or above.</summary>
    SeniorCategory = 2,
    UnderCapacity = 3,
    SameAssociation = 4,
}
