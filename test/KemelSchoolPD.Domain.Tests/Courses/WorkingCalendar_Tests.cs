using KemelSchoolPD.Courses;

namespace KemelSchoolPD.Domain.Tests.Courses;

/// <summary>Working days on the seeded Kazakh calendar: holidays, the days off they move to, and transferred working Saturdays.</summary>
public sealed class WorkingCalendar_Tests
{
    private static readonly WorkingCalendar Calendar = new(PublicHolidaySeed.Years.Values.SelectMany(y => y).Select(d => (d.Date, d.Kind)));

    [Fact]
    public void Should_Skip_Weekends_Holidays_And_Their_Days_Off()
    {
        Calendar.IsWorkingDay(new DateOnly(2026, 3, 20)).ShouldBeTrue();
        Calendar.IsWorkingDay(new DateOnly(2026, 3, 21)).ShouldBeFalse(); // Saturday, Nauryz
        Calendar.IsWorkingDay(new DateOnly(2026, 3, 23)).ShouldBeFalse(); // Monday, Nauryz
        Calendar.IsWorkingDay(new DateOnly(2026, 3, 25)).ShouldBeFalse(); // the day off moved from Sunday
        Calendar.IsWorkingDay(new DateOnly(2027, 1, 4)).ShouldBeFalse(); // New Year's Saturday moved to Monday
        Calendar.IsWorkingDay(new DateOnly(2027, 5, 17)).ShouldBeTrue(); // Kurban Ait on Sunday 16 May is not moved
    }

    [Fact]
    public void Should_Count_A_Period_And_A_Deadline_In_Working_Days()
    {
        // The public discussion: 10 working days from Monday 16 March 2026 end on Wednesday 1 April.
        Calendar.PeriodEnd(new DateOnly(2026, 3, 16), 10).ShouldBe(new DateOnly(2026, 4, 1));
        // Starting on a Saturday, the period begins on the next working day.
        Calendar.PeriodEnd(new DateOnly(2026, 4, 4), 1).ShouldBe(new DateOnly(2026, 4, 6));
        // "Within 3 working days" of Friday 8 May 2026: Thursday 14 May (9 May Victory Day, its day off 11 May).
        Calendar.WorkingDaysAfter(new DateOnly(2026, 5, 8), 3).ShouldBe(new DateOnly(2026, 5, 14));
        // A Saturday made working by a transfer counts.
        var transferred = new WorkingCalendar([(new DateOnly(2026, 5, 9), CalendarDayKind.WorkingDay)]);
        transferred.WorkingDaysAfter(new DateOnly(2026, 5, 8), 1).ShouldBe(new DateOnly(2026, 5, 9));
    }

    [Fact]
    public void Should_Refuse_Steps_Out_Of_Order_And_A_Discussion_Before_The_Sections()
    {
        var lifecycle = new ProgrammeLifecycle(Guid.NewGuid(), Guid.NewGuid());
        var all = Enum.GetValues<ProgrammeSection>();
        Should.Throw<KemelSchoolPD.Exceptions.BusinessException>(() => lifecycle.Record(new ProgrammeLifecycleData
        {
            ProtocolDate = new DateOnly(2026, 2, 2), SectionsDone = all[..9], DiscussionStart = new DateOnly(2026, 3, 16),
        }, Calendar)).Code.ShouldBe(KemelSchoolPDErrorCodes.Courses.SectionsMissing);
        Should.Throw<KemelSchoolPD.Exceptions.BusinessException>(() => lifecycle.Record(new ProgrammeLifecycleData
        {
            ProtocolDate = new DateOnly(2026, 2, 2), SectionsDone = all, DiscussionStart = new DateOnly(2026, 3, 16),
            Conclusion = ExpertConclusion.Agree, ConclusionReceivedOn = new DateOnly(2026, 3, 31),
        }, Calendar)).Code.ShouldBe(KemelSchoolPDErrorCodes.Courses.DiscussionNotOver);
        lifecycle.Record(new ProgrammeLifecycleData
        {
            ProtocolDate = new DateOnly(2026, 2, 2), SectionsDone = all, DiscussionStart = new DateOnly(2026, 3, 16),
            Conclusion = ExpertConclusion.Agree, ConclusionReceivedOn = new DateOnly(2026, 5, 8), ApprovedOn = new DateOnly(2026, 5, 14),
        }, Calendar);
        var state = lifecycle.StateOn(new DateOnly(2026, 6, 1), Calendar);
        state.ShouldSatisfyAllConditions(s => s.Stage.ShouldBe(ProgrammeLifecycleStage.Approved), s => s.ApprovedLate.ShouldBeFalse(),
            s => s.NextReviewDue.ShouldBe(new DateOnly(2029, 5, 14)));
        lifecycle.StateOn(new DateOnly(2029, 5, 15), Calendar).Overdue.ShouldBeTrue();
    }
}
