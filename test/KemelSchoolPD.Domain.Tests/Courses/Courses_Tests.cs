using KemelSchoolPD.Courses;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Domain.Tests.Courses;

/// <summary>The courses' rules that are data: the scheme in effect on a date, pass/fail by thresholds and pass mark, the clocks.</summary>
public sealed class Courses_Tests
{
    private static CourseAssessmentScheme Scheme(
        DateOnly from,
        int testThreshold,
        int? passMark = 50) => new(Guid.NewGuid(), Guid.NewGuid(), from,
        [
            new AssessmentComponent { Key = "test", Title = "Тест", MaxPoints = 40, Threshold = testThreshold },
            new AssessmentComponent { Key = "attendance", Title = "Қатысу", MaxPoints = 10 },
            new AssessmentComponent { Key = "activity", Title = "Белсенділік", MaxPoints = 10 },
            new AssessmentComponent { Key = "project", Title = "Жоба", MaxPoints = 40 },
        ], passMark, [], [], null);

    private static readonly Dictionary<string, int> Scores = new()
    {
        ["test"] = 25,
        ["attendance"] = 10,
        ["activity"] = 10,
        ["project"] = 30
    };

    [Fact]
    public void Should_Use_The_Version_In_Effect_And_Not_One_Dated_Later()
    {
        var v1 = Scheme(new DateOnly(2023, 1, 9), 20);
        var v2 = Scheme(new DateOnly(2027, 1, 1), 30);
        CourseAssessmentScheme.InEffect([v1, v2], new DateOnly(2026, 12, 31)).ShouldBe(v1);
        CourseAssessmentScheme.InEffect([v1, v2], new DateOnly(2027, 1, 1)).ShouldBe(v2);
        CourseAssessmentScheme.InEffect([v1, v2], new DateOnly(2022, 1, 1)).ShouldBeNull();
        v1.Evaluate(Scores).Passed.ShouldBeTrue();
        v2.Evaluate(Scores).Passed.ShouldBeFalse(); // same scores, higher test threshold
    }

    [Fact]
    public void Should_Fail_Below_The_Pass_Mark_And_Refuse_A_Score_Over_The_Maximum()
    {
        var scheme = Scheme(new DateOnly(2023, 1, 9), 20);
        var outcome = scheme.Evaluate(
            new Dictionary<string, int> { ["test"] = 20, ["attendance"] = 5, ["activity"] = 5, ["project"] = 19 });
        outcome.ShouldSatisfyAllConditions(o => o.Total.ShouldBe(49), o => o.MaxTotal.ShouldBe(100), o => o.Passed.ShouldBeFalse());
        Should.Throw<BusinessException>(() => scheme.Evaluate(new Dictionary<string, int>(Scores) { ["project"] = 41 }))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.Courses.ScoreOverMax);
        Should.Throw<BusinessException>(() => scheme.Evaluate(new Dictionary<string, int> { ["test"] = 30 }))
            .Code.ShouldBe(KemelSchoolPDErrorCodes.Courses.MissingScore);
        // Without a pass mark (seed 000's rubric) the thresholds alone decide.
        Scheme(new DateOnly(2023, 1, 9), 0, null).Evaluate(
            new Dictionary<string, int> { ["test"] = 0, ["attendance"] = 0, ["activity"] = 0, ["project"] = 0 })
            .Passed.ShouldBeTrue();
    }

    [Fact]
    public void Should_Sum_Different_Programmes_Count_A_Repeated_One_Once_And_Run_The_Three_Year_Clock()
    {
        var today = new DateOnly(2026, 12, 1);
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var result = CourseClock.Compute(QualificationCategory.Expert, new DateOnly(2023, 5, 1), ["Математика"],
        [
            new CourseClock.Course(a, "A", "Математика", 72, new DateOnly(2024, 3, 1)),
            new CourseClock.Course(a, "A", "Математика", 72, new DateOnly(2025, 3, 1)),
            new CourseClock.Course(b, "B", "Инклюзия", 36, new DateOnly(2026, 2, 1)),
            new CourseClock.Course(Guid.NewGuid(), "Old", "Математика", 80, new DateOnly(2022, 1, 1)), // before the category was assigned
        ], today);
        result.ShouldSatisfyAllConditions(
            r => r.HoursInPeriod.ShouldBe(108),
            r => r.NextCategory.ShouldBe(QualificationCategory.Researcher),
            r => r.HoursRequired.ShouldBe(80),
            r => r.HoursMissing.ShouldBe(0),
            r => r.FieldCourseInPeriod.ShouldBeTrue(),
            r => r.NextCourseDue.ShouldBe(new DateOnly(2029, 2, 1)),
            r => r.Overdue.ShouldBeFalse());
        CourseClock.Compute(QualificationCategory.Moderator, null, ["Физика"], [], today).ShouldSatisfyAllConditions(
            r => r.NextCourseDue.ShouldBeNull(), r => r.Overdue.ShouldBeTrue(), r => r.HoursMissing.ShouldBe(72));
    }

    [Fact]
    public void Should_Issue_Unguessable_Tokens()
    {
        var tokens = Enumerable.Range(0, 100).Select(_ => CourseRecord.NewToken()).ToList();
        tokens.ShouldAllBe(t => t.Length == CourseConsts.TokenLength);
        tokens.Distinct().Count().ShouldBe(100);
    }
}
