using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.MyWork;

/// <summary>
/// One thing waiting for someone, computed from the record itself (never a copy): its kind (a stable code and its title in the
/// reader's language), a sentence naming the record, the record and where the web app shows it, whose move it is, and its due
/// date and state by the school's rules.
/// </summary>
public sealed record MyWorkItemDto(
    string Kind,
    string KindTitle,
    string Text,
    string RecordType,
    Guid RecordId,
    string LinkPath,
    MyWorkRole WaitingOnRole,
    Guid? WaitingOnStaffMemberId,
    string? WaitingOnName,
    Guid? TeacherStaffMemberId,
    string? TeacherName,
    DateOnly? DueDate,
    MyWorkState State,
    int? DaysLeft);

public class GetMyWorkInput : PagedInput
{
    public MyWorkState? State { get; set; }

    /// <summary>One kind's stable code ("DevelopmentPlans.AwaitingAgreement").</summary>
    [MaxLength(NotificationConsts.MaxKindLength)]
    public string? Kind { get; set; }
}

/// <summary>The whole school's items (the director's view): also filtered by the person it waits on or whose record it is.</summary>
public sealed class GetSchoolWorkInput : GetMyWorkInput
{
    public Guid? StaffMemberId { get; set; }
}

public sealed record MyWorkKindCountDto(string Kind, string KindTitle, int Open, int DueSoon, int Overdue, int Total);

public sealed record MyWorkCountsDto(int Open, int DueSoon, int Overdue, int Total, IReadOnlyList<MyWorkKindCountDto> ByKind);

/// <summary>A staff member without a record of the year (no plan, no route sheet or no growth cycle).</summary>
public sealed record StaffWithoutRecordDto(
    Guid StaffMemberId,
    string FullName,
    string Position,
    QualificationCategory Category,
    string LinkPath);

/// <summary>The director's overview: every item of the school grouped by kind and state, and who has no plan, sheet or cycle this
/// year.</summary>
public sealed record SchoolWorkOverviewDto(
    int AcademicYear,
    string AcademicYearLabel,
    int ActiveStaff,
    MyWorkCountsDto Counts,
    PagedResultDto<StaffWithoutRecordDto> WithoutPlan,
    PagedResultDto<StaffWithoutRecordDto> WithoutRouteSheet,
    PagedResultDto<StaffWithoutRecordDto> WithoutGrowthCycle);

/// <summary>Counts of the caller's own items; the school overview when the caller may see it (else null).</summary>
public sealed record MyWorkSummaryDto(DateOnly Today, MyWorkCountsDto Mine, SchoolWorkOverviewDto? School);

/// <summary>The paging applies to each list of staff without a record.</summary>
public sealed class GetMyWorkSummaryInput : PagedInput
{
    [Range(AcademicYears.Min, AcademicYears.Max)]
    public int? AcademicYear { get; set; }
}

public sealed record MyWorkSettingsDto(
    int DueSoonDays,
    int PlanAgreementDays,
    int PlanRevisionDays,
    int ObservationSignDays,
    int ObservationReplyDays,
    int ReviewerMarksDays,
    int MentorSharedDays,
    IReadOnlyList<string> QuarterEnds,
    IReadOnlyList<string> HalfYearEnds,
    bool IsDefault,
    string? ConcurrencyStamp);

public sealed class UpdateMyWorkSettingsDto
{
    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int DueSoonDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int PlanAgreementDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int PlanRevisionDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int ObservationSignDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int ObservationReplyDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int ReviewerMarksDays { get; set; }

    [Range(MyWorkConsts.MinDays, MyWorkConsts.MaxDays)]
    public int MentorSharedDays { get; set; }

    /// <summary>"MM-dd" of the four quarters' last days, in the order of the academic year.</summary>
    [Required, MinLength(4), MaxLength(4)]
    public List<string> QuarterEnds { get; set; } = [];

    [Required, MinLength(2), MaxLength(2)]
    public List<string> HalfYearEnds { get; set; } = [];

    /// <summary>The stamp last read; null when the school has saved no settings yet.</summary>
    [MaxLength(40)]
    public string? ConcurrencyStamp { get; set; }
}
