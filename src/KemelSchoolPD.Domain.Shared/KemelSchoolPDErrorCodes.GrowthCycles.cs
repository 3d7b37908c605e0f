namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static partial class GrowthCycles
    {
        public const string ActiveCycleExists = "GrowthCycles:ActiveCycleExists";
        public const string UnknownObservation = "GrowthCycles:UnknownObservation";
        public const string TooManyObservations = "GrowthCycles:TooManyObservations";
        public const string NotActive = "GrowthCycles:NotActive";
        public const string CannotSkipStage = "GrowthCycles:CannotSkipStage";
        public const string AlreadyInStage = "GrowthCycles:AlreadyInStage";
        public const string RequiredArtefactsMissing = "GrowthCycles:RequiredArtefactsMissing";
        public const string NotInFinalStage = "GrowthCycles:NotInFinalStage";
        public const string KindNotAllowedInStage = "GrowthCycles:KindNotAllowedInStage";
        public const string RequiredKindNotInStage = "GrowthCycles:RequiredKindNotInStage";
        public const string KindNotForParticipant = "GrowthCycles:KindNotForParticipant";
        public const string EntryDiagnosticRequired = "GrowthCycles:EntryDiagnosticRequired";
        public const string ParticipantMustBeActiveStaff = "GrowthCycles:ParticipantMustBeActiveStaff";
        public const string MentorMustBeActiveStaff = "GrowthCycles:MentorMustBeActiveStaff";
        public const string NoStaffRecord = "GrowthCycles:NoStaffRecord";
        public const string UnknownCompetence = "GrowthCycles:UnknownCompetence";
        public const string WheelNeedsEightSectors = "GrowthCycles:WheelNeedsEightSectors";
        public const string TooManyGrowthPoints = "GrowthCycles:TooManyGrowthPoints";
        public const string UnknownTemplateQuestion = "GrowthCycles:UnknownTemplateQuestion";
        public const string ArtefactNotEditable = "GrowthCycles:ArtefactNotEditable";
        public const string NoDocumentForKind = "GrowthCycles:NoDocumentForKind";
        public const string BuiltInReference = "GrowthCycles:BuiltInReference";
        public const string ScaleLabelsInvalid = "GrowthCycles:ScaleLabelsInvalid";
        public const string CategoryNotSkippable = "GrowthCycles:CategoryNotSkippable";
    }
}
