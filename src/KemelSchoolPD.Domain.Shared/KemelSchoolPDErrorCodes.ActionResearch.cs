namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static partial class ActionResearch
    {
        public const string NoStaffRecord = "ActionResearch:NoStaffRecord";
        public const string NotAMember = "ActionResearch:NotAMember";
        public const string OnlyOwner = "ActionResearch:OnlyOwner";
        public const string StaffMustBeActive = "ActionResearch:StaffMustBeActive";
        public const string OwnerStaysMember = "ActionResearch:OwnerStaysMember";
        public const string TooManyMembers = "ActionResearch:TooManyMembers";
        public const string ProjectNotActive = "ActionResearch:ProjectNotActive";
        public const string CycleNotOpen = "ActionResearch:CycleNotOpen";
        public const string CannotSkipStage = "ActionResearch:CannotSkipStage";
        public const string StageIncomplete = "ActionResearch:StageIncomplete";
        public const string NotInFinalStage = "ActionResearch:NotInFinalStage";
        public const string UnknownResearchPlan = "ActionResearch:UnknownResearchPlan";
        public const string ConsentMissing = "ActionResearch:ConsentMissing";
        public const string NotFinished = "ActionResearch:NotFinished";
        public const string AlreadyPublished = "ActionResearch:AlreadyPublished";
        public const string NotPublished = "ActionResearch:NotPublished";
        public const string CannotUnpublish = "ActionResearch:CannotUnpublish";
        public const string TooManyDataItems = "ActionResearch:TooManyDataItems";
        public const string UnsupportedCulture = "ActionResearch:UnsupportedCulture";
        public const string UnknownGrowthCycle = "ActionResearch:UnknownGrowthCycle";
        public const string GrowthCycleStage = "ActionResearch:GrowthCycleStage";
    }

    public static partial class DevelopmentEvents
    {
        public const string NoStaffRecord = "DevelopmentEvents:NoStaffRecord";
        public const string NotOrganiser = "DevelopmentEvents:NotOrganiser";
        public const string StaffMustBeActive = "DevelopmentEvents:StaffMustBeActive";
        public const string DirectionRequired = "DevelopmentEvents:DirectionRequired";
        public const string EndBeforeStart = "DevelopmentEvents:EndBeforeStart";
        public const string NotPlanned = "DevelopmentEvents:NotPlanned";
        public const string Cancelled = "DevelopmentEvents:Cancelled";
        public const string NotYetHeld = "DevelopmentEvents:NotYetHeld";
        public const string NotAParticipant = "DevelopmentEvents:NotAParticipant";
        public const string OutcomeRequired = "DevelopmentEvents:OutcomeRequired";
        public const string TooManyOccurrences = "DevelopmentEvents:TooManyOccurrences";
    }
}
