using System.Globalization;
using System.Text.RegularExpressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.RouteSheets;

namespace KemelSchoolPD.MyWork;

/// <summary>
/// The school's rules for "my work": when an item is due soon, how many days each step may take, and the last days of the
/// route sheets' review periods. One row per school; until the school saves its own, <see cref="MyWorkRules.Default"/> applies.
/// </summary>
public sealed partial class MyWorkSettings : AggregateRoot<Guid>, ISchoolSettings<MyWorkSettings, MyWorkRules>
{
    public Guid TenantId { get; private set; }
    public int DueSoonDays { get; private set; }
    public int PlanAgreementDays { get; private set; }
    public int PlanRevisionDays { get; private set; }
    public int ObservationSignDays { get; private set; }
    public int ObservationReplyDays { get; private set; }
    public int ReviewerMarksDays { get; private set; }
    public int MentorSharedDays { get; private set; }
    public IReadOnlyList<string> QuarterEnds { get; private set; } = [];
    public IReadOnlyList<string> HalfYearEnds { get; private set; } = [];

    private MyWorkSettings() { }

    public MyWorkSettings(Guid id, MyWorkRules rules) : base(id) => Update(rules);

    public static MyWorkRules Defaults => MyWorkRules.Default;

    public static MyWorkSettings Create(Guid id, MyWorkRules rules) => new(id, rules);

    public MyWorkSettings Update(MyWorkRules rules)
    {
        DueSoonDays = Days(rules.DueSoonDays, nameof(DueSoonDays));
        PlanAgreementDays = Days(rules.PlanAgreementDays, nameof(PlanAgreementDays));
        PlanRevisionDays = Days(rules.PlanRevisionDays, nameof(PlanRevisionDays));
        ObservationSignDays = Days(rules.ObservationSignDays, nameof(ObservationSignDays));
        ObservationReplyDays = Days(rules.ObservationReplyDays, nameof(ObservationReplyDays));
        ReviewerMarksDays = Days(rules.ReviewerMarksDays, nameof(ReviewerMarksDays));
        MentorSharedDays = Days(rules.MentorSharedDays, nameof(MentorSharedDays));
        QuarterEnds = PeriodEnds(rules.QuarterEnds, 4, nameof(QuarterEnds));
        HalfYearEnds = PeriodEnds(rules.HalfYearEnds, 2, nameof(HalfYearEnds));
        return this;
    }

    public MyWorkRules ToRules() => new(DueSoonDays, PlanAgreementDays, PlanRevisionDays, ObservationSignDays, ObservationReplyDays,
        ReviewerMarksDays, MentorSharedDays, QuarterEnds, HalfYearEnds);

    private static int Days(int value, string field) => Check.Range(value, field, MyWorkConsts.MinDays, MyWorkConsts.MaxDays);

    /// <summary>One real "MM-dd" per period, each later in the academic year (September to August) than the one before.</summary>
    private static List<string> PeriodEnds(IReadOnlyList<string>? ends, int count, string field)
    {
        var list = (ends ?? []).Select(e => e?.Trim() ?? "").ToList();
        if (list.Count != count || list.Any(e => !PeriodEndRegex().IsMatch(e)))
            throw new InputValidationException(field, KemelSchoolPDErrorCodes.MyWork.InvalidPeriodEnds);
        var dates = new List<DateOnly>();
        foreach (var end in list)
        {
            // A leap year's academic year, so that 02-29 is accepted (and taken as 28 February in other years).
            if (!MyWorkRules.TryDayInYear(2027, end, out var date)) throw new InputValidationException(
                field,
                KemelSchoolPDErrorCodes.MyWork.InvalidPeriodEnds);
            dates.Add(date);
        }
        for (var i = 1; i < dates.Count; i++)
            if (dates[i] <= dates[i - 1]) throw new InputValidationException(field, KemelSchoolPDErrorCodes.MyWork.InvalidPeriodEnds);
        return list;
    }

    [GeneratedRegex(MyWorkConsts.PeriodEndPattern)]
    private static partial Regex PeriodEndRegex();
}

/// <summary>A school's rules as values (its settings, or the defaults), with the date arithmetic every source of "my work"
/// shares.</summary>
public sealed record MyWorkRules(
    int DueSoonDays,
    int PlanAgreementDays,
    int PlanRevisionDays,
    int ObservationSignDays,
    int ObservationReplyDays,
    int ReviewerMarksDays,
    int MentorSharedDays,
    IReadOnlyList<string> QuarterEnds,
    IReadOnlyList<string> HalfYearEnds)
{
    public static readonly MyWorkRules Default = new(MyWorkConsts.DefaultDueSoonDays, MyWorkConsts.DefaultPlanAgreementDays,
        MyWorkConsts.DefaultPlanRevisionDays, MyWorkConsts.DefaultObservationSignDays, MyWorkConsts.DefaultObservationReplyDays,
        MyWorkConsts.DefaultReviewerMarksDays, MyWorkConsts.DefaultMentorSharedDays, MyWorkConsts.DefaultQuarterEnds, MyWorkConsts
            .DefaultHalfYearEnds);

    /// <summary>Overdue after the due date; due soon from <see cref="DueSoonDays"/> days before it (or from <paramref
    /// name="soonFrom"/>).</summary>
    public MyWorkState StateOf(DateOnly? due, DateOnly today, DateOnly? soonFrom = null)
    {
        if (due is not { } d) return MyWorkState.Open;
        if (today > d) return MyWorkState.Overdue;
        return today >= (soonFrom ?? d.AddDays(-DueSoonDays)) ? MyWorkState.DueSoon : MyWorkState.Open;
    }

    /// <summary>The last day of a route sheet's review period (1-based) in an academic year.</summary>
    public DateOnly PeriodEnd(int academicYear, RouteSheetPeriodKind kind, int period)
    {
        var ends = kind == RouteSheetPeriodKind.HalfYears ? HalfYearEnds : QuarterEnds;
        var end = ends[Math.Clamp(period, 1, ends.Count) - 1];
        return TryDayInYear(academicYear, end, out var date) ? date : AcademicYears.LastDay(academicYear);
    }

    /// <summary>The period a day falls in: the first whose end is not yet past (the last one after the last end).</summary>
    public int CurrentPeriod(int academicYear, RouteSheetPeriodKind kind, DateOnly today)
    {
        var count = RouteSheetConsts.PeriodCount(kind);
        for (var p = 1; p <= count; p++)
            if (today <= PeriodEnd(academicYear, kind, p)) return p;
        return count;
    }

    /// <summary>"MM-dd" in the academic year starting in <paramref name="academicYear"/>: September–December of that year, January–August
    /// of the next.</summary>
    public static bool TryDayInYear(int academicYear, string monthDay, out DateOnly date)
    {
        date = default;
        var parts = monthDay.Split('-');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(
                parts[1],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var day) || month is < 1 or > 12 || day < 1) return false;
        var year = month >= AcademicYears.FirstDay(academicYear).Month ? academicYear : academicYear + 1;
        if (day > DateTime.DaysInMonth(year, month))
        {
            if (month == 2 && day == 29) day = 28;
            else return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }
}
