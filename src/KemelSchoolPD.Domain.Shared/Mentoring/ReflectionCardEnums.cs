namespace KemelSchoolPD.Mentoring;

/// <summary>The two reflection cards of seed 004 (Case 2): the novice's weekly card and Table 15, the year-end card.</summary>
public enum ReflectionCardKind
{
    Weekly = 1,
    YearEnd = 2,
}

/// <summary>The four blocks both cards share: Дайындық, Тереңдеу, Әрекет, Қорытынды.</summary>
public enum ReflectionCardBlock
{
    Preparation = 1,
    Deepening = 2,
    Action = 3,
    Conclusion = 4,
}

/// <summary>Who the weekly card's question (Әрекет 2) goes to.</summary>
public enum CardQuestionAddressee
{
    Mentor = 1,
    Deputy = 2,
}

public enum YearEndCampaignStatus
{
    Open = 1,
    Closed = 2,
}

public static class ReflectionCardConsts
{
    public const int MaxAnswerLength = 4000;
    public const int MinScore = 0;
    public const int MaxScore = 10;
    public const int MaxShares = 50;
    public const int MaxQuestionAnswerLength = 4000;
    public const int MaxWeeksInSeries = 60;
}
