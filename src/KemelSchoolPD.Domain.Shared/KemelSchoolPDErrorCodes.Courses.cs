namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    /// <summary>Qualification courses, certificates and post-course support (issue 17).</summary>
    public static class Courses
    {
        public const string CodeExists = "Courses:CodeExists";
        public const string HoursOutOfRange = "Courses:HoursOutOfRange";
        public const string HoursOverProgramme = "Courses:HoursOverProgramme";
        public const string CertificateBeforeStart = "Courses:CertificateBeforeStart";
        public const string EndBeforeStart = "Courses:EndBeforeStart";
        public const string WrongStatus = "Courses:WrongStatus";
        public const string CannotApproveOwn = "Courses:CannotApproveOwn";
        public const string NoStaffRecord = "Courses:NoStaffRecord";
        public const string NotOnPlatform = "Courses:NotOnPlatform";
        public const string NoScheme = "Courses:NoScheme";
        public const string UnknownComponent = "Courses:UnknownComponent";
        public const string ScoreOverMax = "Courses:ScoreOverMax";
        public const string MissingScore = "Courses:MissingScore";
        public const string ReassessmentTooSoon = "Courses:ReassessmentTooSoon";
        public const string SchemeDateExists = "Courses:SchemeDateExists";
        public const string InvalidScheme = "Courses:InvalidScheme";
        public const string HostProgrammeReadOnly = "Courses:HostProgrammeReadOnly";
        public const string TooFewEvents = "Courses:TooFewEvents";
        public const string TooManyEvents = "Courses:TooManyEvents";
        public const string DirectionCount = "Courses:DirectionCount";
        public const string UnknownDirection = "Courses:UnknownDirection";
        public const string PlanExists = "Courses:PlanExists";
        public const string CourseNotCompleted = "Courses:CourseNotCompleted";
        public const string NotEditable = "Courses:NotEditable";
        public const string CannotReviewOwnPlan = "Courses:CannotReviewOwnPlan";
        public const string UnknownEvent = "Courses:UnknownEvent";
        public const string EventDateBeforeCourse = "Courses:EventDateBeforeCourse";
        public const string StaffNotFound = "Courses:StaffNotFound";
        public const string UnsupportedCulture = "Courses:UnsupportedCulture";
        public const string InvalidHalf = "Courses:InvalidHalf";
        public const string LifecycleOutOfOrder = "Courses:LifecycleOutOfOrder";
        public const string SectionsMissing = "Courses:SectionsMissing";
        public const string LiteratureTooOld = "Courses:LiteratureTooOld";
        public const string DiscussionNotOver = "Courses:DiscussionNotOver";
        public const string CommentsUnanswered = "Courses:CommentsUnanswered";
        public const string NotAgreed = "Courses:NotAgreed";
        public const string HolidayOutsideYear = "Courses:HolidayOutsideYear";
        public const string HolidayRepeated = "Courses:HolidayRepeated";
        public const string LifecycleExists = "Courses:LifecycleExists";
    }
}
