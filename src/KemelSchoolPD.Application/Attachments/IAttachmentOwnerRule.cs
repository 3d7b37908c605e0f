namespace KemelSchoolPD.Attachments;

/// <summary>
/// A module's rule for the files attached to its records (like <see cref="Auditing.IAuditedRecordReadRule"/> for the audit log):
/// who may read a record, and so download its files, and who may attach to or remove from it. Files of an owner type without a
/// rule cannot be uploaded, listed or downloaded. A type whose records name their files one by one adds an
/// <see cref="IAttachmentUse"/>, so that files its records never used are cleaned up.
/// </summary>
public interface IAttachmentOwnerRule
{
    /// <summary>The owner record's CLR type name ("DevelopmentPlan"), as sent by clients and stored with each file.</summary>
    string OwnerType { get; }

    /// <summary>Downloads of files of such records are written to the audit log (who, what, when).</summary>
    bool IsSensitive { get; }

    /// <summary>The ids of the owner records the caller may read, as a query other queries embed.</summary>
    Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default);

    /// <summary>May the caller attach files to this (readable) record and remove them from it?</summary>
    Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default);
}
