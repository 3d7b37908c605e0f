namespace KemelSchoolPD.Mentoring;

/// <summary>The form of one activity of the mentor's year plan (the seeds name the activities, not an official form).</summary>
public enum MentorActivityForm
{
    LessonVisit = 1,
    JointPlanning = 2,
    Consultation = 3,
    CoTeaching = 4,
    MentorLessonObservation = 5,
    Other = 6,
}

/// <summary>Where one planned activity stands: planned, done, moved to another date, or cancelled (the last two with a note).</summary>
public enum MentorActivityProgress
{
    Planned = 1,
    Done = 2,
    Moved = 3,
    Cancelled = 4,
}

public static class MentorYearPlanConsts
{
    public const int MaxTitleLength = 300;
    public const int MaxGoalLength = 4000;
    public const int MaxTopicLength = 1000;
    public const int MaxExpectedResultLength = 2000;
    public const int MaxNoteLength = 2000;
    public const int MaxCommentLength = 4000;
    public const int MaxActivities = 300;
    public const int MaxMentees = 20;
    public const string DocumentTemplate = "MentorYearPlan";
}
