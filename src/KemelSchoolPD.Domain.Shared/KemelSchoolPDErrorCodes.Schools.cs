namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Schools
    {
        public const string DuplicateBin = "Schools:DuplicateBin";
        public const string DirectorAccountInvalid = "Schools:DirectorAccountInvalid";
        public const string AlreadyInactive = "Schools:AlreadyInactive";
        public const string AlreadyActive = "Schools:AlreadyActive";
    }
}
