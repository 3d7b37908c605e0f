using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Courses;

/// <summary>
/// A day of the Kazakh calendar that is not what its weekday says (host reference data, the platform operator's): a public
/// holiday, a day off (a holiday falling on a weekend moves to the next working day; a government decree transfers a day), or
/// a Saturday made working by a transfer. The deadlines in working days are computed from these rows, so a decree added for a
/// year changes them without code.
/// </summary>
public sealed class PublicHoliday : AuditedAggregateRoot<Guid>
{
    public DateOnly Date { get; private set; }
    public CalendarDayKind Kind { get; private set; }
    public string NameKk { get; private set; } = "";
    public string NameRu { get; private set; } = "";
    public string NameEn { get; private set; } = "";

    private PublicHoliday() { }

    public PublicHoliday(Guid id, DateOnly date, CalendarDayKind kind, string nameKk, string nameRu, string nameEn) : base(id)
    {
        Date = date;
        Kind = Check.Defined(kind, "kind");
        NameKk = Check.NotNullOrWhiteSpace(nameKk, "nameKk", CourseConsts.MaxHolidayNameLength);
        NameRu = Check.NotNullOrWhiteSpace(nameRu, "nameRu", CourseConsts.MaxHolidayNameLength);
        NameEn = Check.NotNullOrWhiteSpace(nameEn, "nameEn", CourseConsts.MaxHolidayNameLength);
    }

    /// <summary>Checks a year's list before it replaces the stored one: every day inside the year, none twice.</summary>
    public static void EnsureYear(int year, IReadOnlyCollection<DateOnly> dates)
    {
        if (dates.Any(d => d.Year != year)) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.HolidayOutsideYear).WithData(
            "Year",
            year);
        var repeated = dates.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.HolidayRepeated).WithData(
            "Date",
            repeated.Key.ToString("dd.MM.yyyy"));
    }
}

/// <summary>
/// Working days on the Kazakh calendar: Monday to Friday, less the holidays and days off, plus the Saturdays made working.
/// </summary>
public sealed class WorkingCalendar(IEnumerable<(DateOnly Date, CalendarDayKind Kind)> days)
{
    private readonly Dictionary<DateOnly, CalendarDayKind> days = days.GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Last().Kind);

    public static WorkingCalendar Of(IEnumerable<PublicHoliday> rows) => new(rows.Select(r => (r.Date, r.Kind)));

    public bool IsWorkingDay(DateOnly date) => days.TryGetValue(date, out var kind)
        ? kind == CalendarDayKind.WorkingDay
        : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>"Within n working days of a date": the n-th working day after it (the date itself does not count).</summary>
    public DateOnly WorkingDaysAfter(DateOnly date, int n)
    {
        var day = date;
        for (var counted = 0; counted < n;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>"n working days from a date": the last day of a period of n working days that begins on it (it counts when
    /// working).</summary>
    public DateOnly PeriodEnd(DateOnly start, int n) => IsWorkingDay(start) ? WorkingDaysAfter(start, n - 1) : WorkingDaysAfter(start, n);
}
