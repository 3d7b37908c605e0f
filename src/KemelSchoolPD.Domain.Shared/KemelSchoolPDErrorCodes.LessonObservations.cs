namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class LessonObservations
    {
        public const string Locked = "LessonObservations:Locked";
        public const string AlreadySigned = "LessonObservations:AlreadySigned";
        public const string NotSigned = "LessonObservations:NotSigned";
        public const string OnlyObserverCanEdit = "LessonObservations:OnlyObserverCanEdit";
        public const string OnlyTeacherCanReply = "LessonObservations:OnlyTeacherCanReply";
        public const string OnlyTeacherCanShare = "LessonObservations:OnlyTeacherCanShare";
        public const string EvaluationNotShared = "LessonObservations:EvaluationNotShared";
        public const string CannotObserveSelf = "LessonObservations:CannotObserveSelf";
        public const string NoStaffRecord = "LessonObservations:NoStaffRecord";
        public const string UnknownStaffMember = "LessonObservations:UnknownStaffMember";
        public const string UnknownForm = "LessonObservations:UnknownForm";
        public const string UnknownCriterion = "LessonObservations:UnknownCriterion";
        public const string ScoreOutOfScale = "LessonObservations:ScoreOutOfScale";
        public const string InvalidScale = "LessonObservations:InvalidScale";
        public const string DuplicateCriterion = "LessonObservations:DuplicateCriterion";
        public const string ScoresNeedForm = "LessonObservations:ScoresNeedForm";
    }
}
