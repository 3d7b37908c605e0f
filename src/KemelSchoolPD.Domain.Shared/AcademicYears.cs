namespace KemelSchoolPD;

/// <summary>
/// An academic year is named by the calendar year it starts in: 2026 is 2026–2027, from 1 September to 31 August.
/// Plans, route sheets and growth cycles all use this one convention.
/// </summary>
public static class AcademicYears
{
    public const int Min = 2000;
    public const int Max = 2100;
    private const int FirstMonth = 9;

    public static int Of(DateOnly date) => date.Month >= FirstMonth ? date.Year : date.Year - 1;

    public static int Current(TimeProvider clock) => Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public static DateOnly FirstDay(int year) => new(year, FirstMonth, 1);

    public static DateOnly LastDay(int year) => new(year + 1, FirstMonth - 1, 31);

    public static bool Contains(int year, DateOnly date) => Of(date) == year;

    public static bool IsValid(int year) => year is >= Min and <= Max;

    /// <summary>"2026–2027", the form schools write on their documents.</summary>
    public static string Label(int year) => $"{year}–{year + 1}";
}
