namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    public static class Attachments
    {
        public const string FileRequired = "Attachments:FileRequired";
        public const string UnsupportedType = "Attachments:UnsupportedType";
        public const string TooLarge = "Attachments:TooLarge";
        public const string QuotaExceeded = "Attachments:QuotaExceeded";
        public const string UnknownOwnerType = "Attachments:UnknownOwnerType";
        public const string NotAttachmentOfRecord = "Attachments:NotAttachmentOfRecord";
    }
}
