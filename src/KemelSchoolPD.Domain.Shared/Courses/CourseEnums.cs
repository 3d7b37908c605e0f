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

/// <summary>A day of the Kazakh calendar that differs from the plain week: a public holiday, a day off moved onto a weekday
/// (a holiday on a weekend, or a government transfer), or a weekend day made working by a transfer.</summary>
public enum CalendarDayKind
{
    Holiday = 1,
    DayOff = 2,
    WorkingDay = 3,
}

/// <summary>The ten mandatory sections of a course programme (seed 002 L65–96).</summary>
public enum ProgrammeSection
{
    GeneralProvisions = 1,
    Glossary = 2,
    Topic = 3,
    GoalsAndResults = 4,
    StructureAndContent = 5,
    LearningOrganisation = 6,
    MethodologicalProvision = 7,
    Assessment = 8,
    PostCourseSupport = 9,
    Literature = 10,
}

/// <summary>The Expert Council's final conclusion on a programme (a "revise" conclusion is recorded with its own date).</summary>
public enum ExpertConclusion
{
    Agree = 1,
    Refuse = 2,
}

/// <summary>Where a provider's programme is in the lifecycle of seed 002 ch. 2 (L55–133).</summary>
public enum ProgrammeLifecycleStage
{
    Development = 1,
    PublicDiscussion = 2,
    Agreement = 3,
    Revision = 4,
    Approval = 5,
    Approved = 6,
    Refused = 7,
    Cancelled = 8,
}
