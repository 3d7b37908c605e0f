namespace KemelSchoolPD.Attachments;

public enum AttachmentStoreKind
{
    /// <summary>Bytes in their own table of the product's database: nothing else to run, every app node sees them.</summary>
    Database = 1,
    /// <summary>Bytes as files under <see cref="AttachmentOptions.Path"/> (a shared volume when there are several nodes).</summary>
    FileSystem = 2,
}

/// <summary>
/// The "Attachments" configuration section: <c>Store</c>, <c>Path</c>, <c>MaxFileBytes</c>, <c>QuotaBytesPerSchool</c>,
/// <c>OrphanGracePeriod</c>.
/// </summary>
public sealed record AttachmentOptions
{
    public AttachmentStoreKind Store { get; init; } = AttachmentStoreKind.Database;
    public string? Path { get; init; }
    public long MaxFileBytes { get; init; } = AttachmentConsts.DefaultMaxFileBytes;
    public long QuotaBytesPerSchool { get; init; } = AttachmentConsts.DefaultQuotaBytesPerSchool;
    /// <summary>
    /// Fifteen days. It must stay longer than the web editor keeps a local draft (14 days, <c>MAX_AGE_MS</c> in
    /// angular/src/app/core/forms/draft.service.ts): a restored draft may name a file uploaded but never saved with its record.
    /// </summary>
    public static readonly TimeSpan DefaultOrphanGracePeriod = TimeSpan.FromDays(15);

    /// <summary>
    /// How long a file whose record is gone (or was never kept), or that its record does not use (<see cref="IAttachmentUse"/>),
    /// stays before the daily cleanup removes it.
    /// </summary>
    public TimeSpan OrphanGracePeriod { get; init; } = DefaultOrphanGracePeriod;
}
