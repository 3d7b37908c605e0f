namespace KemelSchoolPD.MyWork;

/// <summary>Where an item of "my work" stands against its due date, by the school's rules (<see cref="MyWorkConsts"/>).</summary>
public enum MyWorkState
{
    /// <summary>No due date, or the due date is further away than the school's "due soon" window.</summary>
    Open = 1,
    DueSoon = 2,
    Overdue = 3,
}

/// <summary>Whose move an item waits for.</summary>
public enum MyWorkRole
{
    /// <summary>The teacher whose record it is (their plan, sheet, reply, cycle, category).</summary>
    Teacher = 1,
    /// <summary>Who agrees plans or marks route sheets as the reviewer.</summary>
    Reviewer = 2,
    /// <summary>Who observed the lesson (signs the observation sheet).</summary>
    Observer = 3,
    Mentor = 4,
    /// <summary>The school's administration (director, deputies): decisions on growth-cycle stages, attestation planning.</summary>
    Administration = 5,
}

/// <summary>The school's rules for due dates of "my work" and reminders: defaults used until the school sets its own.</summary>
public static class MyWorkConsts
{
    public const int MinDays = 0;
    public const int MaxDays = 180;

    /// <summary>An item is "due soon" this many days before its due date.</summary>
    public const int DefaultDueSoonDays = 7;
    /// <summary>A submitted plan is agreed or returned within this many days.</summary>
    public const int DefaultPlanAgreementDays = 10;
    /// <summary>A returned plan is corrected and submitted again within this many days.</summary>
    public const int DefaultPlanRevisionDays = 10;
    /// <summary>An evaluation observation is signed within this many days of the lesson.</summary>
    public const int DefaultObservationSignDays = 3;
    /// <summary>The teacher replies to a signed observation within this many days of the lesson.</summary>
    public const int DefaultObservationReplyDays = 10;
    /// <summary>The reviewer marks a route sheet's period within this many days of the period's end.</summary>
    public const int DefaultReviewerMarksDays = 10;
    /// <summary>What a mentee shared in this many days shows on the mentor's list.</summary>
    public const int DefaultMentorSharedDays = 14;

    /// <summary>Last days of the four quarters ("MM-dd", in the order of the academic year; Kazakh schools' usual calendar).</summary>
    public static readonly IReadOnlyList<string> DefaultQuarterEnds = ["10-25", "12-28", "03-18", "05-25"];
    /// <summary>Last days of the two half-years.</summary>
    public static readonly IReadOnlyList<string> DefaultHalfYearEnds = ["12-28", "05-25"];

    /// <summary>A category's expiry is announced this many months before (attestation takes a year to prepare).</summary>
    public static readonly IReadOnlyList<int> CategoryNoticeMonths = [12, 6, 3];

    public const string PeriodEndPattern = @"^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";
}
