using System.Linq.Expressions;
using System.Security.Cryptography;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Courses;

/// <summary>
/// One course in a teacher's ledger: requested, approved by a deputy (never by the teacher), attended, completed with its
/// hours, dates, result and certificate (number, date, the uploaded file). A course the platform runs is assessed here per
/// component of the scheme in effect on the assessment date; a pass issues a certificate with a random public token (valid
/// three years), a fail an attendance statement; re-assessment at most once a year (seed 002 L185–204).
/// </summary>
public sealed class CourseRecord : FullAuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    /// <summary>Who reads a record: the teacher it belongs to; with ViewAll everyone's of the school.</summary>
    public static Expression<Func<CourseRecord, bool>> VisibleTo(Guid? staffId, bool viewAll)
    {
        var me = staffId ?? Guid.Empty;
        return r => viewAll || (staffId != null && r.StaffMemberId == me);
    }

    public Guid TenantId { get; private set; }
    public Guid StaffMemberId { get; private set; }
    public Guid ProgrammeId { get; private set; }
    public CourseRecordStatus Status { get; private set; }
    public DateOnly? PlannedStart { get; private set; }
    public string? RequestComment { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public Guid? ApprovedByStaffId { get; private set; }
    public string? DeclineComment { get; private set; }
    public DateOnly? StartDate { get; private set; }
    public DateOnly? EndDate { get; private set; }
    public int? Hours { get; private set; }
    public string? Result { get; private set; }
    public string? CertificateNumber { get; private set; }
    public DateOnly? CertificateDate { get; private set; }

    // The platform's assessment and certificate.
    public IReadOnlyList<ComponentScore> Scores { get; private set; } = [];
    public DateOnly? AssessedOn { get; private set; }
    public Guid? SchemeId { get; private set; }
    public int? TotalScore { get; private set; }
    public bool? Passed { get; private set; }
    public string? Grade { get; private set; }
    public CourseDocumentKind IssuedDocument { get; private set; }
    /// <summary>The certificate's public address: 32 random bytes (base64url), never a database id.</summary>
    public string? CertificateToken { get; private set; }
    public DateOnly? CertificateValidUntil { get; private set; }

    public bool CountsHours => Status == CourseRecordStatus.Completed && Passed != false && Hours > 0;

    /// <summary>Attendance is recorded for an approved course, once.</summary>
    public bool AwaitsAttendance => Status == CourseRecordStatus.Approved;

    private CourseRecord() { }

    /// <summary>A teacher asks for a course (requested).</summary>
    public CourseRecord(Guid id, Guid staffMemberId, CourseProgramme programme, DateOnly? plannedStart, string? comment) : base(id)
    {
        StaffMemberId = staffMemberId;
        ProgrammeId = programme.Id;
        Status = CourseRecordStatus.Requested;
        PlannedStart = plannedStart;
        RequestComment = Check.NullIfEmpty(comment, "comment", CourseConsts.MaxCommentLength);
    }

    /// <summary>A deputy approves the request; nobody approves their own (403).</summary>
    public CourseRecord Approve(Guid? reviewerStaffId, DateTime now)
    {
        if (reviewerStaffId == StaffMemberId) throw new ForbiddenException(KemelSchoolPDErrorCodes.Courses.CannotApproveOwn);
        if (Status != CourseRecordStatus.Requested) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        Status = CourseRecordStatus.Approved;
        ApprovedAt = now;
        ApprovedByStaffId = reviewerStaffId;
        return this;
    }

    public CourseRecord Decline(Guid? reviewerStaffId, string comment)
    {
        if (reviewerStaffId == StaffMemberId) throw new ForbiddenException(KemelSchoolPDErrorCodes.Courses.CannotApproveOwn);
        if (Status != CourseRecordStatus.Requested) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        DeclineComment = Check.NotNullOrWhiteSpace(comment, "comment", CourseConsts.MaxCommentLength);
        Status = CourseRecordStatus.Declined;
        return this;
    }

    /// <summary>The teacher attended an approved course (its dates).</summary>
    public CourseRecord MarkAttended(DateOnly start, DateOnly end)
    {
        if (!AwaitsAttendance) throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        SetDates(start, end);
        Status = CourseRecordStatus.Attended;
        return this;
    }

    /// <summary>
    /// The course is completed: hours (more than 0, at most the programme's), dates, result and the certificate (its date not
    /// before the course started). An approved or attended course, or a past course recorded afresh (<paramref
    /// name="recordedAfterwards"/>).
    /// </summary>
    public CourseRecord Complete(CourseProgramme programme, CourseCompletion completion, bool recordedAfterwards = false)
    {
        if (!recordedAfterwards
            && Status is not (CourseRecordStatus.Approved or CourseRecordStatus.Attended or CourseRecordStatus.Completed))
            throw new ConflictException(KemelSchoolPDErrorCodes.Courses.WrongStatus);
        if (completion.Hours <= 0) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.HoursOutOfRange).WithData(
            "Max",
            programme.MaxRecordHours);
        if (completion.Hours > programme.MaxRecordHours)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.HoursOverProgramme).WithData("Max", programme.MaxRecordHours);
        SetDates(completion.StartDate, completion.EndDate);
        if (completion.CertificateDate is { } certificate && certificate < completion.StartDate)
            throw new BusinessException(KemelSchoolPDErrorCodes.Courses.CertificateBeforeStart);
        Hours = completion.Hours;
        Result = Check.NullIfEmpty(completion.Result, "result", CourseConsts.MaxResultLength);
        CertificateNumber = Check.NullIfEmpty(completion.CertificateNumber, "certificateNumber", CourseConsts.MaxCertificateNumberLength);
        CertificateDate = completion.CertificateDate;
        Status = CourseRecordStatus.Completed;
        return this;
    }

    /// <summary>
    /// The platform's assessment of a course it ran, under the scheme version in effect on <paramref name="on"/>: a pass
    /// completes the course with the programme's hours and issues a certificate (a new random token, valid three years), a
    /// fail an attendance statement. A second assessment comes at least a year after the first.
    /// </summary>
    public AssessmentOutcome Assess(
        CourseProgramme programme,
        CourseAssessmentScheme scheme,
        IReadOnlyDictionary<string, int> scores,
        DateOnly on,
        DateOnly start,
        DateOnly end)
    {
        if (!programme.RunsOnPlatform) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.NotOnPlatform);
        if (Status is CourseRecordStatus.Requested or CourseRecordStatus.Declined) throw new ConflictException(
            KemelSchoolPDErrorCodes.Courses.WrongStatus);
        if (AssessedOn is { } previous && on < previous.AddDays(CourseConsts.ReassessmentIntervalDays))
            throw new ConflictException(KemelSchoolPDErrorCodes.Courses.ReassessmentTooSoon);
        var outcome = scheme.Evaluate(scores);
        SetDates(start, end);
        Scores = scheme.Components.Select(c => new ComponentScore { Key = c.Key, Score = scores[c.Key] }).ToList();
        AssessedOn = on;
        SchemeId = scheme.Id;
        TotalScore = outcome.Total;
        Passed = outcome.Passed;
        Grade = outcome.Grade;
        if (outcome.Passed)
        {
            Status = CourseRecordStatus.Completed;
            Hours = programme.Hours;
            IssuedDocument = CourseDocumentKind.Certificate;
            CertificateToken = NewToken();
            CertificateDate = on;
            CertificateValidUntil = on.AddYears(CourseConsts.CertificateValidityYears);
        }
        else
        {
            Status = CourseRecordStatus.Attended;
            Hours = null;
            IssuedDocument = CourseDocumentKind.AttendanceStatement;
            CertificateToken = null;
            CertificateValidUntil = null;
        }
        return outcome;
    }

    private void SetDates(DateOnly start, DateOnly end)
    {
        if (end < start) throw new BusinessException(KemelSchoolPDErrorCodes.Courses.EndBeforeStart);
        StartDate = start;
        EndDate = end;
    }

    /// <summary>32 random bytes as base64url: unguessable, unlike a database id.</summary>
    public static string NewToken()
        => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record CourseCompletion(
    int Hours,
    DateOnly StartDate,
    DateOnly EndDate,
    string? Result,
    string? CertificateNumber,
    DateOnly? CertificateDate);
