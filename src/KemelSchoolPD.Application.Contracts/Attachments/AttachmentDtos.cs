namespace KemelSchoolPD.Attachments;

public sealed record AttachmentDto(Guid Id, string OwnerType, Guid OwnerId, string FileName, string ContentType, long Size, string Sha256,
    Guid? UploadedBy, string? UploadedByName, DateTime CreationTime);

public sealed record GetAttachmentListInput(string? OwnerType, Guid? OwnerId);
