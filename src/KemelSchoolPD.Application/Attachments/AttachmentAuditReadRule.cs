using KemelSchoolPD.Auditing;

namespace KemelSchoolPD.Attachments;

/// <summary>The audit log shows a file's entries (uploaded, downloaded, removed) only to those who may read its record.</summary>
public sealed class AttachmentAuditReadRule(AttachmentAppService attachments) : IAuditedRecordReadRule
{
    public string EntityType => nameof(Attachment);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) =>
        (await attachments.ReadableAsync(ct)).Select(a => a.Id);
}
