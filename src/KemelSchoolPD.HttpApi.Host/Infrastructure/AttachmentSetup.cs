using KemelSchoolPD.Attachments;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class AttachmentSetup
{
    /// <summary>
    /// The "Attachments" section: <c>Store</c> (Database, the default, or FileSystem), <c>Path</c> (FileSystem only; relative
    /// to the content root, default App_Data/attachments), <c>MaxFileBytes</c> (10 MB), <c>QuotaBytesPerSchool</c> (1 GB) and
    /// <c>OrphanGracePeriod</c> (15.00:00:00: how long a file no record holds, or its record does not use, is kept before the daily
    /// cleanup removes it; keep it longer than the web editor's local drafts live, 14 days, as a draft may name such a file).
    /// </summary>
    public static AttachmentOptions Options(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection("Attachments");
        var store = Enum.TryParse<AttachmentStoreKind>(section["Store"], ignoreCase: true, out var kind)
            ? kind
            : AttachmentStoreKind.Database;
        return new AttachmentOptions
        {
            Store = store,
            Path = store == AttachmentStoreKind.FileSystem
                ? Path.GetFullPath(section["Path"] is { Length: > 0 } path ? path : Path.Combine("App_Data", "attachments"), contentRoot)
                : null,
            MaxFileBytes = section.GetValue("MaxFileBytes", AttachmentConsts.DefaultMaxFileBytes),
            QuotaBytesPerSchool = section.GetValue("QuotaBytesPerSchool", AttachmentConsts.DefaultQuotaBytesPerSchool),
            OrphanGracePeriod = section.GetValue("OrphanGracePeriod", AttachmentOptions.DefaultOrphanGracePeriod),
        };
    }
}
