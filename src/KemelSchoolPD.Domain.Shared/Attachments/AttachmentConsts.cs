namespace KemelSchoolPD.Attachments;

public static class AttachmentConsts
{
    public const int MaxOwnerTypeLength = 64;
    public const int MaxFileNameLength = 255;
    public const int MaxContentTypeLength = 128;
    /// <summary>Hex of a SHA-256.</summary>
    public const int Sha256Length = 64;
    /// <summary>Defaults of <c>Attachments:MaxFileBytes</c> and <c>Attachments:QuotaBytesPerSchool</c>.</summary>
    public const long DefaultMaxFileBytes = 10L * 1024 * 1024;
    public const long DefaultQuotaBytesPerSchool = 1024L * 1024 * 1024;
}
