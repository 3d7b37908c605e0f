namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static partial class LessonStudy
    {
        public const string NoStaffRecord = "LessonStudy:NoStaffRecord";
        public const string UnknownStaffMember = "LessonStudy:UnknownStaffMember";
        public const string FacilitatorCategory = "LessonStudy:FacilitatorCategory";
        public const string FacilitatorNotMember = "LessonStudy:FacilitatorNotMember";
        public const string CreatorNotMember = "LessonStudy:CreatorNotMember";
        public const string NotAMember = "LessonStudy:NotAMember";
        public const string NotFacilitator = "LessonStudy:NotFacilitator";
        public const string TeacherNotMember = "LessonStudy:TeacherNotMember";
        public const string PupilFullName = "LessonStudy:PupilFullName";
        public const string DuplicatePupil = "LessonStudy:DuplicatePupil";
        public const string UnknownPupil = "LessonStudy:UnknownPupil";
        public const string UnknownStage = "LessonStudy:UnknownStage";
        public const string ObserverNotMember = "LessonStudy:ObserverNotMember";
        public const string NoteOfAnotherObserver = "LessonStudy:NoteOfAnotherObserver";
        public const string RoundDiscussed = "LessonStudy:RoundDiscussed";
        public const string PreviousRoundNotDiscussed = "LessonStudy:PreviousRoundNotDiscussed";
        public const string RoundExists = "LessonStudy:RoundExists";
        public const string TooManyRounds = "LessonStudy:TooManyRounds";
        public const string DiscussionIncomplete = "LessonStudy:DiscussionIncomplete";
        public const string NothingToPublish = "LessonStudy:NothingToPublish";
        public const string ConsentMissing = "LessonStudy:ConsentMissing";
        public const string UnsupportedCulture = "LessonStudy:UnsupportedCulture";
        public const string NoActiveCycle = "LessonStudy:NoActiveCycle";
        public const string RoundNotDiscussed = "LessonStudy:RoundNotDiscussed";
        public const string NotPublished = "LessonStudy:NotPublished";
        public const string CannotUnpublish = "LessonStudy:CannotUnpublish";
    }
}
