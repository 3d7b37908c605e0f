namespace KemelSchoolPD.Mentoring;

public static class MentoringConsts
{
    public const int MaxReasonLength = 1000;
    public const int MaxPlaceLength = 500;
    public const int MaxOnlineLinkLength = 1000;
    public const int MaxAgendaItems = 50;
    public const int MaxAgendaTextLength = 500;
    public const int MaxNoteLength = 20000;
    public const int MaxStepTextLength = 1000;
    public const int MaxStepsPerMeeting = 50;
    public const int MaxFeedbackCommentLength = 500;
    public const int MinDurationMinutes = 1;
    /// <summary>Twelve hours: a longer "meeting" is a typing mistake.</summary>
    public const int MaxDurationMinutes = 720;
    public const int MinUsefulness = 1;
    public const int MaxUsefulness = 5;

    public const int DefaultMentorCapacity = 3;
    public const int MinMentorCapacity = 1;
    public const int MaxMentorCapacity = 20;
    /// <summary>The expected rhythm: <see cref="DefaultCadenceMeetings"/> meetings every <see cref="DefaultCadenceDays"/> days.</summary>
    public const int DefaultCadenceMeetings = 1;
    public const int DefaultCadenceDays = 7;
    public const int MinCadenceMeetings = 1;
    public const int MaxCadenceMeetings = 10;
    public const int MinCadenceDays = 1;
    public const int MaxCadenceDays = 90;

    /// <summary>Kazakhstan keeps one zone, UTC+5, since 1 March 2024; the IANA id Asia/Almaty has it on current time-zone data.</summary>
    public const string DefaultTimeZone = "Asia/Almaty";
    public const int MaxTimeZoneLength = 64;
}
