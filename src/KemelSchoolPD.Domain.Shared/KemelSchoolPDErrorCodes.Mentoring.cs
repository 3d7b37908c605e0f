namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static partial class Mentoring
    {
        public const string SelfPair = "Mentoring:SelfPair";
        public const string ActivePairExists = "Mentoring:ActivePairExists";
        public const string MentorOverCapacity = "Mentoring:MentorOverCapacity";
        public const string StaffMustBeActive = "Mentoring:StaffMustBeActive";
        public const string EndBeforeStart = "Mentoring:EndBeforeStart";
        public const string PairEnded = "Mentoring:PairEnded";
        public const string NoStaffRecord = "Mentoring:NoStaffRecord";
        public const string MeetingNotScheduled = "Mentoring:MeetingNotScheduled";
        public const string MeetingNotHeld = "Mentoring:MeetingNotHeld";
        public const string OnlyMenteeGivesFeedback = "Mentoring:OnlyMenteeGivesFeedback";
        public const string NotAPartyOfPair = "Mentoring:NotAPartyOfPair";
        public const string NoteChangedMeanwhile = "Mentoring:NoteChangedMeanwhile";
        public const string UnknownObservation = "Mentoring:UnknownObservation";
        public const string UnknownAgendaItem = "Mentoring:UnknownAgendaItem";
        public const string TooManySteps = "Mentoring:TooManySteps";
        public const string UnknownTimeZone = "Mentoring:UnknownTimeZone";
        public const string OnlyMenteeConsents = "Mentoring:OnlyMenteeConsents";
        public const string EvidenceNotOwnCycle = "Mentoring:EvidenceNotOwnCycle";
        public const string EvidencePeriodInvalid = "Mentoring:EvidencePeriodInvalid";
    }
}
