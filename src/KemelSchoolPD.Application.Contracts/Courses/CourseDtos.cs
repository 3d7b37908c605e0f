using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Courses;

public sealed record CourseProgrammeListItemDto(
    Guid Id, bool IsHost, string? Code, string Provider, string Title, string Field, int Hours, CourseFormat Format, string? FormatSplit,
    IReadOnlyList<string> Languages, bool RunsOnPlatform, int DiscrepancyCount);

public sealed record AssessmentSchemeDto(
    Guid Id, DateOnly EffectiveFrom, IReadOnlyList<AssessmentComponent> Components, int MaxTotal, int? PassMark,
    IReadOnlyList<AssessmentRubric> Rubrics, IReadOnlyList<GradeBand> GradeBands, string? Note, bool InEffect);

public sealed record CourseProgrammeDto(
    Guid Id, bool IsHost, string? Code, string Provider, string Title, string Field, int Hours, CourseFormat Format, string? FormatSplit,
    IReadOnlyList<string> Languages, bool RunsOnPlatform, IReadOnlyList<DateOnly> CohortStarts, IReadOnlyList<ProgrammeModule> Modules,
    int ModuleHoursTotal, IReadOnlyList<string> ExpectedResults, IReadOnlyList<ProgrammeDiscrepancy> Discrepancies,
    PostCourseSettings PostCourse, string? SourceRef, IReadOnlyList<AssessmentSchemeDto> Schemes, bool CanEdit, string ConcurrencyStamp);

public sealed class GetCourseProgrammeListInput : PagedInput
{
    [StringLength(CourseConsts.MaxTitleLength)]
    public string? Filter { get; set; }

    /// <summary>Only the host catalogue (true) or only the school's own entries (false).</summary>
    public bool? Host { get; set; }

    /// <summary>Only the courses the platform runs (assessed here) or only the others.</summary>
    public bool? RunsOnPlatform { get; set; }
}

public sealed class CourseProgrammeInput
{
    [StringLength(CourseConsts.MaxCodeLength)]
    public string? Code { get; set; }

    [Required, StringLength(CourseConsts.MaxProviderLength)]
    public string Provider { get; set; } = null!;

    [Required, StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    [Required, StringLength(CourseConsts.MaxFieldLength)]
    public string Field { get; set; } = null!;

    [Range(1, CourseConsts.MaxHours)]
    public int Hours { get; set; }

    public CourseFormat Format { get; set; } = CourseFormat.FullTime;

    [StringLength(CourseConsts.MaxSplitLength)]
    public string? FormatSplit { get; set; }

    [MaxLength(5)]
    public List<string> Languages { get; set; } = [];

    public bool RunsOnPlatform { get; set; }

    [MaxLength(50)]
    public List<DateOnly> CohortStarts { get; set; } = [];

    [MaxLength(CourseConsts.MaxModules)]
    public List<ProgrammeModule> Modules { get; set; } = [];

    [MaxLength(50)]
    public List<string> ExpectedResults { get; set; } = [];

    public PostCourseSettings? PostCourse { get; set; }

    /// <summary>Required when updating: the stamp last read.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed class AssessmentSchemeInput
{
    public DateOnly EffectiveFrom { get; set; }

    [Required, MinLength(1), MaxLength(CourseConsts.MaxComponents)]
    public List<AssessmentComponent> Components { get; set; } = [];

    [Range(0, 10000)]
    public int? PassMark { get; set; }

    [MaxLength(20)]
    public List<AssessmentRubric> Rubrics { get; set; } = [];

    [MaxLength(50)]
    public List<GradeBand> GradeBands { get; set; } = [];

    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Note { get; set; }
}

public sealed record CourseRecordAbilities(bool CanApprove, bool CanAttend, bool CanComplete, bool CanAssess, bool CanAttach, bool CanPlan);

public sealed record CourseRecordDto(
    Guid Id, Guid StaffMemberId, string StaffName,
    Guid ProgrammeId, string ProgrammeTitle, string Provider, string Field, int ProgrammeHours, bool RunsOnPlatform,
    CourseRecordStatus Status, DateOnly? PlannedStart, string? RequestComment, DateTime? ApprovedAt, string? DeclineComment,
    DateOnly? StartDate, DateOnly? EndDate, int? Hours, string? Result, string? CertificateNumber, DateOnly? CertificateDate,
    IReadOnlyList<ComponentScore> Scores, DateOnly? AssessedOn, Guid? SchemeId, int? TotalScore, bool? Passed, string? Grade,
    CourseDocumentKind IssuedDocument, string? CertificateToken, DateOnly? CertificateValidUntil, Guid? PostCoursePlanId,
    CourseRecordAbilities Abilities, string ConcurrencyStamp);

public sealed class GetCourseRecordListInput : PagedInput
{
    public Guid? StaffMemberId { get; set; }

    public CourseRecordStatus? Status { get; set; }

    /// <summary>Only the caller's own records.</summary>
    public bool? Mine { get; set; }

    /// <summary>The teacher's name (those who read the school's records) or the programme's title.</summary>
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }

    /// <summary>The calendar year the course ended (or, not yet held, was planned to start).</summary>
    [Range(2000, 2100)]
    public int? Year { get; set; }
}

public sealed class RequestCourseDto
{
    public Guid ProgrammeId { get; set; }

    /// <summary>A manager may request for another teacher; otherwise the caller.</summary>
    public Guid? StaffMemberId { get; set; }

    public DateOnly? PlannedStart { get; set; }

    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Comment { get; set; }
}

public sealed class CourseCompletionDto
{
    public int Hours { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    [StringLength(CourseConsts.MaxResultLength)]
    public string? Result { get; set; }

    [StringLength(CourseConsts.MaxCertificateNumberLength)]
    public string? CertificateNumber { get; set; }

    public DateOnly? CertificateDate { get; set; }
}

/// <summary>A past course recorded in one step: the programme and its completion.</summary>
public sealed class RecordCompletedCourseDto
{
    public Guid ProgrammeId { get; set; }

    public Guid? StaffMemberId { get; set; }

    [Required]
    public CourseCompletionDto Completion { get; set; } = null!;
}

public sealed class CompleteCourseDto
{
    [Required]
    public CourseCompletionDto Completion { get; set; } = null!;

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class AttendCourseDto
{
    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class CourseRecordActionDto
{
    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class AssessCourseDto
{
    public DateOnly AssessedOn { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    [Required, MinLength(1), MaxLength(CourseConsts.MaxComponents)]
    public List<ComponentScoreInput> Scores { get; set; } = [];

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ComponentScoreInput
{
    [Required, StringLength(64)]
    public string Key { get; set; } = null!;

    [Range(0, 10000)]
    public int Score { get; set; }
}

public sealed record AssessmentResultDto(
    CourseRecordDto Record,
    int Total,
    int MaxTotal,
    bool Passed,
    string? Grade,
    IReadOnlyList<ComponentGrade> ComponentGrades,
    DateOnly SchemeEffectiveFrom);

/// <summary>What the public verification page shows: the certificate's identity and validity, nothing else.</summary>
public sealed record CertificateVerificationDto(
    CertificateValidity Validity,
    string? Issuer,
    string? TeacherName,
    string? Programme,
    int? Hours,
    DateOnly? IssuedOn,
    DateOnly? ValidUntil);

/// <summary>A teacher's clocks: the three-year course clock and the hours toward the next category.</summary>
public sealed record CourseClockDto(
    Guid StaffMemberId, string StaffName, QualificationCategory Category, QualificationCategory NextCategory,
    DateOnly? LastCourseEnd, DateOnly? NextCourseDue, bool Overdue,
    int HoursInPeriod, int? HoursRequired, int HoursMissing, DateOnly PeriodStart, bool FieldCourseInPeriod,
    IReadOnlyList<CourseHoursLineDto> Lines);

/// <summary>A programme's hours as counted: a repeated programme counts once (its longest record).</summary>
public sealed record CourseHoursLineDto(
    Guid ProgrammeId,
    string Title,
    string Field,
    int Hours,
    DateOnly? EndDate,
    bool Counted,
    bool InField);

public sealed record SchoolCourseOverviewDto(
    int Year,
    IReadOnlyList<CourseClockDto> DueThisYear,
    IReadOnlyList<CourseClockDto> DueNextYear,
    IReadOnlyList<FieldHoursDto> HoursByField,
    IReadOnlyList<ExpiringCertificateDto> ExpiringCertificates,
    IReadOnlyList<ReportDueDto> ReportsDue);

public sealed record FieldHoursDto(string Field, int Hours, int Teachers);

public sealed record ExpiringCertificateDto(
    Guid RecordId,
    Guid StaffMemberId,
    string StaffName,
    string ProgrammeTitle,
    DateOnly ValidUntil);

public sealed record ReportDueDto(int Year, int Half, DateOnly DueOn);

public sealed record PostCoursePlanAbilities(bool CanEdit, bool CanSubmit, bool CanReview, bool CanRecordEvents);

public sealed record PostCoursePlanDto(
    Guid Id, Guid CourseRecordId, Guid StaffMemberId, string StaffName, string ProgrammeTitle, DateOnly? CourseEnd,
    DevelopmentPlanStatus Status, IReadOnlyList<string> Directions, IReadOnlyList<PostCourseEvent> Events, DateOnly? DiscussedOn,
    DateTime? SubmittedAt, DateTime? AgreedAt, string? ReturnComment, string? Outcome, string? Recommendation, PostCourseSettings Settings,
    PostCoursePlanAbilities Abilities, string ConcurrencyStamp);

public sealed record PostCoursePlanListItemDto(
    Guid Id, Guid CourseRecordId, Guid StaffMemberId, string StaffName, string ProgrammeTitle, DevelopmentPlanStatus Status, int EventCount,
    int HeldCount, DateTime? SubmittedAt);

public sealed class GetPostCoursePlanListInput : PagedInput
{
    public DevelopmentPlanStatus? Status { get; set; }

    public Guid? StaffMemberId { get; set; }

    public bool? Mine { get; set; }

    /// <summary>The teacher's name or the programme's title.</summary>
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }
}

public sealed class PostCourseEventInput
{
    public Guid? Id { get; set; }

    public PostCourseEventKind Kind { get; set; }

    [Required, StringLength(CourseConsts.MaxTitleLength)]
    public string Title { get; set; } = null!;

    public DateOnly? PlannedDate { get; set; }

    public PostCourseEventLevel Level { get; set; } = PostCourseEventLevel.School;
}

public sealed class CreatePostCoursePlanDto
{
    public Guid CourseRecordId { get; set; }

    [MaxLength(10)]
    public List<string> Directions { get; set; } = [];

    [MaxLength(CourseConsts.MaxEvents)]
    public List<PostCourseEventInput> Events { get; set; } = [];

    public DateOnly? DiscussedOn { get; set; }
}

public sealed class UpdatePostCoursePlanDto
{
    [MaxLength(10)]
    public List<string> Directions { get; set; } = [];

    [MaxLength(CourseConsts.MaxEvents)]
    public List<PostCourseEventInput> Events { get; set; } = [];

    public DateOnly? DiscussedOn { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class PostCoursePlanActionDto
{
    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Comment { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class ReturnPostCoursePlanDto
{
    [Required, StringLength(CourseConsts.MaxCommentLength)]
    public string Comment { get; set; } = null!;

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class RecordPostCourseEventDto
{
    public Guid EventId { get; set; }

    public DateOnly HeldOn { get; set; }

    [StringLength(CourseConsts.MaxLinkLength), Url]
    public string? EvidenceLink { get; set; }

    [StringLength(CourseConsts.MaxNameLength)]
    public string? CuratorName { get; set; }

    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Note { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

public sealed class RecordPostCourseOutcomeDto
{
    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Outcome { get; set; }

    [StringLength(CourseConsts.MaxCommentLength)]
    public string? Recommendation { get; set; }

    [Required, StringLength(40)]
    public string ConcurrencyStamp { get; set; } = null!;
}

/// <summary>A provider programme's lifecycle (seed 002 ch. 2): the steps recorded and the deadlines in working days.</summary>
public sealed record ProgrammeLifecycleDto(
    Guid ProgrammeId, bool Exists, DateOnly? ProtocolDate, string? ProtocolSignedBy,
    string? DevelopmentOrderNumber, DateOnly? DevelopmentOrderDate,
    IReadOnlyList<ProgrammeSection> SectionsDone, IReadOnlyList<ProgrammeSection> MissingSections, int? OldestLiteratureYear,
    DateOnly? DiscussionStart, string? DiscussionLink, int CommentsReceived, int CommentsAnswered,
    DateOnly? RevisionReceivedOn, DateOnly? ResubmittedOn, ExpertConclusion? Conclusion, DateOnly? ConclusionReceivedOn,
    string? ApprovalOrderNumber, DateOnly? ApprovedOn, DateOnly? LastReviewedOn, bool Cancelled,
    ProgrammeLifecycleStage Stage, DateOnly? DiscussionEnds, DateOnly? RevisionDue, bool ResubmittedLate,
    DateOnly? ApprovalDue, bool ApprovedLate, DateOnly? NextReviewDue, bool Overdue, string? ConcurrencyStamp);

public sealed class ProgrammeLifecycleInput
{
    /// <summary>The development protocol signed by the experts and the director (S002 L55–63).</summary>
    public DateOnly ProtocolDate { get; set; }

    [StringLength(CourseConsts.MaxNameLength)]
    public string? ProtocolSignedBy { get; set; }

    [StringLength(CourseConsts.MaxOrderNumberLength)]
    public string? DevelopmentOrderNumber { get; set; }

    public DateOnly? DevelopmentOrderDate { get; set; }

    [MaxLength(10)]
    public List<ProgrammeSection> SectionsDone { get; set; } = [];

    [Range(1900, 2100)]
    public int? OldestLiteratureYear { get; set; }

    public DateOnly? DiscussionStart { get; set; }

    [StringLength(CourseConsts.MaxLinkLength), Url]
    public string? DiscussionLink { get; set; }

    [Range(0, 100000)]
    public int CommentsReceived { get; set; }

    [Range(0, 100000)]
    public int CommentsAnswered { get; set; }

    public DateOnly? RevisionReceivedOn { get; set; }

    public DateOnly? ResubmittedOn { get; set; }

    public ExpertConclusion? Conclusion { get; set; }

    public DateOnly? ConclusionReceivedOn { get; set; }

    [StringLength(CourseConsts.MaxOrderNumberLength)]
    public string? ApprovalOrderNumber { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public DateOnly? LastReviewedOn { get; set; }

    public bool Cancelled { get; set; }

    /// <summary>The stamp last read; none for the first recording.</summary>
    [StringLength(40)]
    public string? ConcurrencyStamp { get; set; }
}

public sealed record PublicHolidayDto(DateOnly Date, CalendarDayKind Kind, string NameKk, string NameRu, string NameEn);

public sealed class PublicHolidayInput
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    [Required, StringLength(CourseConsts.MaxHolidayNameLength)]
    public string NameKk { get; set; } = null!;

    [Required, StringLength(CourseConsts.MaxHolidayNameLength)]
    public string NameRu { get; set; } = null!;

    [Required, StringLength(CourseConsts.MaxHolidayNameLength)]
    public string NameEn { get; set; } = null!;
}

public sealed class UpdatePublicHolidaysDto
{
    [Required, MaxLength(100)]
    public List<PublicHolidayInput> Days { get; set; } = [];
}
