using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Attachments;

/// <summary>
/// A file attached to a record of some module (<see cref="OwnerType"/> + <see cref="OwnerId"/>). Only the metadata lives here;
/// the bytes are in the configured store (by default the separate <see cref="AttachmentContent"/> table), so lists never load them.
/// Whoever may read the owner record may read its files; that module's owner rule decides.
/// </summary>
public sealed class Attachment : AuditedAggregateRoot<Guid>, IMultiTenant, IAuditedEntity
{
    public Guid TenantId { get; private set; }
    public string OwnerType { get; private set; } = null!;
    public Guid OwnerId { get; private set; }
    public string FileName { get; private set; } = null!;
    /// <summary>The type found in the content itself, never the client's claim.</summary>
    public string ContentType { get; private set; } = null!;
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = null!;
    public Guid? UploadedByUserId { get; private set; }
    public string? UploadedByName { get; private set; }

    private Attachment() { }

    public Attachment(Guid id, string ownerType, Guid ownerId, string fileName, string contentType, long size, string sha256,
        Guid? uploadedByUserId, string? uploadedByName) : base(id)
    {
        OwnerType = ownerType;
        OwnerId = ownerId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
        UploadedByUserId = uploadedByUserId;
        UploadedByName = uploadedByName;
    }

    /// <summary>
    /// A record starts to use this file (names it as evidence): the stamp is renewed, so the record's save also writes this row, in
    /// its transaction. The daily cleanup deletes a file with the stamp it read: if this save came between its look at the record
    /// and its delete, the delete finds no row and the file stays; if the delete came first, this save fails instead.
    /// </summary>
    public void MarkInUse() => ConcurrencyStamp = Guid.NewGuid().ToString("N");
}

/// <summary>The bytes of an attachment in the database store (same id as its <see cref="Attachment"/>).</summary>
public sealed class AttachmentContent : Entity<Guid>, IMultiTenant
{
    public Guid TenantId { get; private set; }
    public byte[] Data { get; private set; } = [];

    private AttachmentContent() { }

    public AttachmentContent(Guid attachmentId, Guid tenantId, byte[] data) : base(attachmentId)
    {
        TenantId = tenantId;
        Data = data;
    }
}
