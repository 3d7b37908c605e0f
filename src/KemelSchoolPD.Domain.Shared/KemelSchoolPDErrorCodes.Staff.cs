namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Staff
    {
        public const string DuplicateEmail = "Staff:DuplicateEmail";
        public const string AlreadyArchived = "Staff:AlreadyArchived";
        public const string NotArchived = "Staff:NotArchived";
        public const string ArchivedCannotBeChanged = "Staff:ArchivedCannotBeChanged";
        public const string CategoryDateRequired = "Staff:CategoryDateRequired";
        public const string TeachingExceedsTotal = "Staff:TeachingExceedsTotal";
        public const string ImportFailed = "Staff:ImportFailed";
        public const string ImportUnsupportedFormat = "Staff:ImportUnsupportedFormat";
        public const string ImportEmpty = "Staff:ImportEmpty";
        public const string ImportTooLarge = "Staff:ImportTooLarge";
        public const string ImportMissingColumn = "Staff:ImportMissingColumn";
        public const string ImportDuplicateInFile = "Staff:ImportDuplicateInFile";
        public const string UnknownAssociation = "Staff:UnknownAssociation";
        public const string ImportInvalidDate = "Staff:ImportInvalidDate";
        public const string ImportInvalidNumber = "Staff:ImportInvalidNumber";
        public const string ImportInvalidCategory = "Staff:ImportInvalidCategory";
        public const string ImportInvalidBoolean = "Staff:ImportInvalidBoolean";
    }

    public static class MethodologicalAssociations
    {
        public const string DuplicateName = "MethodologicalAssociations:DuplicateName";
        public const string LeaderMustBeActiveStaff = "MethodologicalAssociations:LeaderMustBeActiveStaff";
        public const string CannotRemoveLeader = "MethodologicalAssociations:CannotRemoveLeader";
    }
}
