namespace KemelSchoolPD.Courses;

/// <summary>How a programme is delivered (seed 003 L597–605): full-time, blended with its split (48 + 20 + 12), one week
/// full-time with halved hours, or distance.</summary>
public enum CourseFormat
{
    FullTime = 1,
    Blended = 2,
    OneWeek = 3,
    Distance = 4,
}

/// <summary>A teacher's course in the school's ledger: requested, approved by a deputy, attended, completed (or declined).</summary>
public enum CourseRecordStatus
{
    Requested = 1,
    Approved = 2,
    Attended = 3,
    Completed = 4,
    Declined = 5,
}

/// <summary>What the platform issued after a course it ran: a certificate (passed) or an attendance statement (seed 002 L193).</summary>
public enum CourseDocumentKind
{
    None = 0,
    Certificate = 1,
    AttendanceStatement = 2,
}

/// <summary>The events of a post-course plan (seed 002 L242–246).</summary>
public enum PostCourseEventKind
{
    OpenLesson = 1,
    MasterClass = 2,
    Webinar = 3,
    Seminar = 4,
    Contest = 5,
    GroupConsultation = 6,
    Publication = 7,
}

/// <summary>The level an event is held at (seed 002 L256–260: organisation first, then district/city, oblast, republic).</summary>
public enum PostCourseEventLevel
{
    School = 1,
    District = 2,
    Oblast = 3,
    Republic = 4,
}

/// <summary>The state of a public certificate check.</summary>
public enum CertificateValidity
{
    Valid = 1,
    Expired = 2,
    Unknown = 3,
}
