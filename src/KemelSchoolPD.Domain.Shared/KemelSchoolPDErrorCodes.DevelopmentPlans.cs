namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class DevelopmentPlans
    {
        public const string UnknownTemplate = "DevelopmentPlans:UnknownTemplate";
        public const string DeadlineOutsidePeriod = "DevelopmentPlans:DeadlineOutsidePeriod";
        public const string EmptyGoals = "DevelopmentPlans:EmptyGoals";
        public const string GoalNotSmart = "DevelopmentPlans:GoalNotSmart";
        public const string UnknownSection = "DevelopmentPlans:UnknownSection";
        public const string UnknownGoal = "DevelopmentPlans:UnknownGoal";
        public const string MentorRequired = "DevelopmentPlans:MentorRequired";
        public const string MentorMustBeActiveStaff = "DevelopmentPlans:MentorMustBeActiveStaff";
        public const string TeacherMustBeActiveStaff = "DevelopmentPlans:TeacherMustBeActiveStaff";
        public const string NoStaffRecord = "DevelopmentPlans:NoStaffRecord";
        public const string AlreadyExists = "DevelopmentPlans:AlreadyExists";
        public const string NotEditable = "DevelopmentPlans:NotEditable";
        public const string WrongStatus = "DevelopmentPlans:WrongStatus";
        public const string UnknownEntry = "DevelopmentPlans:UnknownEntry";
        public const string ScopeValueRequired = "DevelopmentPlans:ScopeValueRequired";
        public const string TemplateInUse = "DevelopmentPlans:TemplateInUse";
        public const string DuplicateTemplateName = "DevelopmentPlans:DuplicateTemplateName";
        public const string TemplateNeedsSections = "DevelopmentPlans:TemplateNeedsSections";
        public const string BuiltInTemplateReadOnly = "DevelopmentPlans:BuiltInTemplateReadOnly";
        public const string UnsupportedCulture = "DevelopmentPlans:UnsupportedCulture";
        public const string GrowthCycleNotTeachers = "DevelopmentPlans:GrowthCycleNotTeachers";
        public const string CannotReviewOwnPlan = "DevelopmentPlans:CannotReviewOwnPlan";
    }
}
