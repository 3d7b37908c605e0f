namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>
/// The school's own development events of seed 004: budding tours («бүршік жару», team visits with LS/AR, L10988, L11296), open
/// lessons (ending with a collective analysis, L4408–4434), master classes, the integrated-lessons ten-day event (L8046,
/// L10398–10406), the monthly book club, methodological games and meetings (L10477–10495) and creative-group sessions.
/// </summary>
public enum DevelopmentEventKind
{
    BuddingTour = 1,
    OpenLesson = 2,
    MasterClass = 3,
    IntegratedLessonsDecade = 4,
    BookClub = 5,
    MethodologicalGame = 6,
    MethodologicalMeeting = 7,
    CreativeGroupSession = 8,
}

/// <summary>The four directions of creative groups (seed 004 L10408–10418).</summary>
public enum CreativeGroupDirection
{
    Methodology = 1,
    Assessment = 2,
    Upbringing = 3,
    GameAndProjectTechnologies = 4,
}

public enum DevelopmentEventStatus
{
    Planned = 1,
    Held = 2,
    Cancelled = 3,
}
