namespace KemelSchoolPD.DevelopmentEvents;

public static class DevelopmentEventConsts
{
    public const int MaxTitleLength = 300;
    public const int MaxPlaceLength = 300;
    public const int MaxTextLength = 5000;
    public const int MaxReasonLength = 1000;
    public const int MaxParticipants = 300;
    public const int MinDurationMinutes = 10;
    /// <summary>Forty hours: the longest event (a ten-day decade) credited to one participant.</summary>
    public const int MaxDurationMinutes = 2400;
    /// <summary>The ten-day event lasts ten days (seed 004 L8046).</summary>
    public const int DecadeDays = 10;
    /// <summary>A monthly series makes at most a year of occurrences.</summary>
    public const int MaxOccurrences = 12;
    /// <summary>How many days ahead an event to attend appears in "my work".</summary>
    public const int AttendAheadDays = 14;
}
