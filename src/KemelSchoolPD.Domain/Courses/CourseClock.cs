using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Courses;

/// <summary>
/// A teacher's two course clocks, computed from the completed courses: the three-year clock (the next course is due three years
/// after the last one ended) and the hours toward the next category within the attestation period (since the category was
/// assigned, at most five years back): different programmes add up, a repeated programme counts once (its longest record),
/// and at least one course must be in the teacher's field (seed-fidelity §8.4, L282–292). The next category follows the school's
/// ladder (a school that does not use зерттеуші takes a сарапшы to шебер).
/// </summary>
public static class CourseClock
{
    public sealed record Course(Guid ProgrammeId, string Title, string Field, int Hours, DateOnly? EndDate);

    public sealed record Line(Guid ProgrammeId, string Title, string Field, int Hours, DateOnly? EndDate, bool Counted, bool InField);

    public sealed record Result(
        QualificationCategory NextCategory, DateOnly? LastCourseEnd, DateOnly? NextCourseDue, bool Overdue,
        int HoursInPeriod, int? HoursRequired, int HoursMissing, DateOnly PeriodStart, bool FieldCourseInPeriod, IReadOnlyList<Line> Lines);

    public static Result Compute(QualificationCategory category, DateOnly? categoryAssignedOn, IReadOnlyCollection<string> fields,
        IEnumerable<Course> completed, DateOnly today, IReadOnlyCollection<QualificationCategory>? skippedCategories = null)
    {
        var courses = completed.ToList();
        var lastEnd = courses.Where(c => c.EndDate is not null).Select(c => c.EndDate).Max();
        var due = lastEnd?.AddYears(CourseConsts.CourseIntervalYears);
        var earliest = today.AddYears(-CourseConsts.AttestationPeriodYears);
        var periodStart = categoryAssignedOn is { } assigned && assigned > earliest ? assigned : earliest;
        var inPeriod = courses.Where(c => c.EndDate is { } end && end >= periodStart && end <= today).ToList();
        // A repeated programme counts once: its longest record.
        var counted = inPeriod.GroupBy(c => c.ProgrammeId)
            .Select(g => g.OrderByDescending(c => c.Hours).ThenByDescending(c => c.EndDate).First())
            .ToHashSet();
        var lines = courses.OrderByDescending(c => c.EndDate)
            .Select(
                c => new Line(c.ProgrammeId, c.Title, c.Field, c.Hours, c.EndDate, counted.Contains(c), InField(c.Field, fields))).ToList();
        var hours = counted.Sum(c => c.Hours);
        var next = CategoryLadder.Next(category, skippedCategories);
        var required = CourseConsts.HoursFor(next);
        return new Result(
            next,
            lastEnd,
            due,
            due is null || due < today,
            hours,
            required,
            required is { } r ? Math.Max(0, r - hours) : 0,
            periodStart,
            counted.Any(c => InField(c.Field, fields)),
            lines);
    }

    /// <summary>The course's field is one of the teacher's (subjects or position), compared without case.</summary>
    public static bool InField(string field, IReadOnlyCollection<string> fields) =>
        fields.Any(f => !string.IsNullOrWhiteSpace(f) && string.Equals(f.Trim(), field.Trim(), StringComparison.OrdinalIgnoreCase));
}
