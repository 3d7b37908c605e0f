namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    /// <summary>The mentor's year plan and the novice's reflection cards (issue 15).</summary>
    public static partial class MentoringPlans
    {
        public const string NoStaffRecord = "MentoringPlans:NoStaffRecord";
        public const string PlanExists = "MentoringPlans:PlanExists";
        public const string NotEditable = "MentoringPlans:NotEditable";
        public const string WrongStatus = "MentoringPlans:WrongStatus";
        public const string CannotReviewOwnPlan = "MentoringPlans:CannotReviewOwnPlan";
        public const string NoActivities = "MentoringPlans:NoActivities";
        public const string TooManyActivities = "MentoringPlans:TooManyActivities";
        public const string DateOutsideYear = "MentoringPlans:DateOutsideYear";
        public const string MonthOutsideYear = "MentoringPlans:MonthOutsideYear";
        public const string UnknownActivity = "MentoringPlans:UnknownActivity";
        public const string NoteRequired = "MentoringPlans:NoteRequired";
        public const string MenteeMustBeActiveStaff = "MentoringPlans:MenteeMustBeActiveStaff";
        public const string MenteeNotPaired = "MentoringPlans:MenteeNotPaired";
        public const string UnsupportedCulture = "MentoringPlans:UnsupportedCulture";

        public const string CardForSomeoneElse = "MentoringPlans:CardForSomeoneElse";
        public const string WeeklyCardExists = "MentoringPlans:WeeklyCardExists";
        public const string YearEndCardExists = "MentoringPlans:YearEndCardExists";
        public const string UnknownQuestion = "MentoringPlans:UnknownQuestion";
        public const string InvalidWeek = "MentoringPlans:InvalidWeek";
        public const string NoActiveMentor = "MentoringPlans:NoActiveMentor";
        public const string AddresseeNotDeputy = "MentoringPlans:AddresseeNotDeputy";
        public const string QuestionRequired = "MentoringPlans:QuestionRequired";
        public const string NotAddressee = "MentoringPlans:NotAddressee";
        public const string ShareWithSelf = "MentoringPlans:ShareWithSelf";
        public const string ShareMustBeActiveStaff = "MentoringPlans:ShareMustBeActiveStaff";
        public const string CampaignExists = "MentoringPlans:CampaignExists";
        public const string CampaignNotOpen = "MentoringPlans:CampaignNotOpen";
        public const string DeadlineOutsideYear = "MentoringPlans:DeadlineOutsideYear";
    }
}
