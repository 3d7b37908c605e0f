namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Documents
    {
        public const string UnknownTemplate = "Documents:UnknownTemplate";
        public const string UnsupportedCulture = "Documents:UnsupportedCulture";
        public const string InvalidTemplate = "Documents:InvalidTemplate";
        public const string NotCustomized = "Documents:NotCustomized";
    }
}
