using System.Security.Cryptography;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Attachments;

/// <summary>
/// Files of every module: upload (type told by content, size limit, school quota, SHA-256), list, download and removal. Each file
/// belongs to a record; the record's module (<see cref="IAttachmentOwnerRule"/>) decides who may read and who may change its files.
/// A file whose record the caller may not read is answered exactly like one that does not exist.
/// </summary>
public sealed class AttachmentAppService(
    IKemelSchoolPDDbContext db,
    IAttachmentStore store,
    IEnumerable<IAttachmentOwnerRule> rules,
    AttachmentOptions options,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public long MaxFileBytes => options.MaxFileBytes;

    public async Task<AttachmentDto> UploadAsync(
        string? ownerType,
        Guid ownerId,
        string? fileName,
        byte[] content,
        CancellationToken ct = default)
    {
        var rule = await ReadableOwnerAsync(ownerType, ownerId, ct);
        if (!await rule.CanChangeAsync(ownerId, ct)) throw new ForbiddenException();
        if (content.Length == 0) throw new InputValidationException("file", KemelSchoolPDErrorCodes.Attachments.FileRequired);
        if (content.LongLength > options.MaxFileBytes) throw TooLarge();
        var contentType = FileTypes.Detect(content) ?? throw new BusinessException(KemelSchoolPDErrorCodes.Attachments.UnsupportedType);
        var attachment = new Attachment(
            Guid.CreateVersion7(),
            rule.OwnerType,
            ownerId,
            SafeFileName(fileName),
            contentType,
            content.LongLength,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            currentUser.Id,
            currentUser.FullName);
        var school = currentTenant.Id ?? throw new ForbiddenException();

        // The quota is checked and the file saved in one transaction that first takes the school's lock, so two uploads at once
        // never both fit into the same remaining room: the other waits for this one's commit and then counts its file.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await LockSchoolAsync(school, ct);
        var used = await db.Attachments.SumAsync(a => (long?)a.Size, ct) ?? 0;
        if (used + content.LongLength > options.QuotaBytesPerSchool)
            throw new ConflictException(KemelSchoolPDErrorCodes.Attachments.QuotaExceeded).WithData(
                "Quota",
                Megabytes(options.QuotaBytesPerSchool));

        db.Attachments.Add(attachment);
        // The store needs the school on the row before the save stamps it.
        db.Entry(attachment).Property(nameof(Attachment.TenantId)).CurrentValue = school;
        await store.PutAsync(attachment, content, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await store.RemoveAsync(attachment, CancellationToken.None);
            throw;
        }
        return ToDto(attachment);
    }

    /// <summary>The files of one record the caller may read; without a record, the files the caller uploaded (of readable
    /// records).</summary>
    public async Task<List<AttachmentDto>> GetListAsync(GetAttachmentListInput input, CancellationToken ct = default)
    {
        IQueryable<Attachment> query;
        if (input.OwnerType is not null || input.OwnerId is not null)
        {
            var rule = await ReadableOwnerAsync(input.OwnerType, input.OwnerId ?? Guid.Empty, ct);
            query = db.Attachments.Where(a => a.OwnerType == rule.OwnerType && a.OwnerId == input.OwnerId);
        }
        else
        {
            var me = currentUser.Id;
            query = (await ReadableAsync(ct)).Where(a => me != null && a.UploadedByUserId == me);
        }
        var list = await query.AsNoTracking().OrderBy(a => a.CreationTime).ThenBy(a => a.Id).ToListAsync(ct);
        return list.Select(ToDto).ToList();
    }

    /// <summary>The file and its bytes; a download of a sensitive record's file is written to the audit log.</summary>
    public async Task<(AttachmentDto File, Stream Content)> DownloadAsync(Guid id, CancellationToken ct = default)
    {
        var (attachment, rule) = await LoadReadableAsync(id, ct);
        var content = await store.OpenReadAsync(attachment, ct) ?? throw new EntityNotFoundException(typeof(Attachment), id);
        if (rule.IsSensitive)
        {
            db.AuditLogs.Add(new AuditLog(currentTenant.Id, clock.GetUtcNow().UtcDateTime, currentUser.Id, currentUser
                .UserName, nameof(Attachment),
                attachment.Id.ToString(), EntityChangeType.Downloaded,
                [
                    new AuditPropertyChange(nameof(Attachment.FileName), null, attachment.FileName),
                    new AuditPropertyChange(nameof(Attachment.OwnerType), null, attachment.OwnerType),
                    new AuditPropertyChange(nameof(Attachment.OwnerId), null, attachment.OwnerId.ToString()),
                ]));
            await db.SaveChangesAsync(ct);
        }
        return (ToDto(attachment), content);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct = default)
    {
        var (attachment, rule) = await LoadReadableAsync(id, ct, tracked: true);
        if (!await rule.CanChangeAsync(attachment.OwnerId, ct)) throw new ForbiddenException();
        db.Attachments.Remove(attachment);
        await db.SaveChangesAsync(ct);
        await store.RemoveAsync(attachment, ct);
    }

    /// <summary>
    /// The school's lock for the rest of the transaction: an UPDATE of its change-token row (renewing the token, as any change of
    /// its records does), which PostgreSQL holds until commit and which makes a second writer wait; SQLite's transaction already
    /// holds the database's write lock from its start (BEGIN IMMEDIATE). Every school has its token row from its creation.
    /// </summary>
    private Task<int> LockSchoolAsync(Guid school, CancellationToken ct) =>
        db.SchoolChangeTokens.Where(t => t.SchoolId == school).ExecuteUpdateAsync(s => s.SetProperty(t => t.Token, Guid.NewGuid()), ct);

    /// <summary>
    /// Which of these ids are files of that record (a module checks ids named in a body with it). The files of
    /// <paramref name="claim"/> (those the record starts to name) are marked in use (<see cref="Attachment.MarkInUse"/>), so the
    /// caller's next save claims them against the daily cleanup.
    /// </summary>
    public async Task<HashSet<Guid>> FilesOfAsync(
        string ownerType,
        Guid ownerId,
        IReadOnlyCollection<Guid> ids,
        IReadOnlySet<Guid>? claim = null,
        CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var files = await db.Attachments.Where(a => a.OwnerType == ownerType && a.OwnerId == ownerId && ids.Contains(a.Id))
            .ToListAsync(ct);
        foreach (var file in files.Where(f => claim?.Contains(f.Id) == true)) file.MarkInUse();
        return files.Select(f => f.Id).ToHashSet();
    }

    /// <summary>Every file whose record the caller may read (the audit log's read rule for attachments uses it too).</summary>
    public async Task<IQueryable<Attachment>> ReadableAsync(CancellationToken ct = default)
    {
        IQueryable<Attachment>? query = null;
        foreach (var rule in rules)
        {
            var type = rule.OwnerType;
            var owners = await rule.ReadableOwnerIdsAsync(ct);
            var part = db.Attachments.Where(a => a.OwnerType == type && owners.Contains(a.OwnerId));
            query = query is null ? part : query.Concat(part);
        }
        return query ?? db.Attachments.Where(a => false);
    }

    public BusinessException TooLarge() =>
        new BusinessException(KemelSchoolPDErrorCodes.Attachments.TooLarge).WithData("Max", Megabytes(options.MaxFileBytes));

    private async Task<IAttachmentOwnerRule> ReadableOwnerAsync(string? ownerType, Guid ownerId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(ownerType)) throw new InputValidationException("ownerType", ValidationCodes.Required);
        var rule = rules.FirstOrDefault(r => string.Equals(r.OwnerType, ownerType.Trim(), StringComparison.OrdinalIgnoreCase))
                   ?? throw new InputValidationException("ownerType", KemelSchoolPDErrorCodes.Attachments.UnknownOwnerType);
        if (ownerId == Guid.Empty || !await (await rule.ReadableOwnerIdsAsync(ct)).AnyAsync(id => id == ownerId, ct))
            throw new EntityNotFoundException(typeof(Attachment), ownerId);
        return rule;
    }

    private async Task<(Attachment, IAttachmentOwnerRule)> LoadReadableAsync(Guid id, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? db.Attachments : db.Attachments.AsNoTracking();
        var attachment = await query.GetAsync(id, ct);
        var rule = rules.FirstOrDefault(r => r.OwnerType == attachment.OwnerType);
        if (rule is null || !await (await rule.ReadableOwnerIdsAsync(ct)).AnyAsync(o => o == attachment.OwnerId, ct))
            throw new EntityNotFoundException(typeof(Attachment), id);
        return (attachment, rule);
    }

    /// <summary>The last path segment of the client's name, without control characters, at most 255 characters (extension kept).</summary>
    public static string SafeFileName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/').Last();
        var clean = new string(last.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray())
            .Trim()
            .Trim('.');
        if (clean.Length == 0) return "file";
        if (clean.Length <= AttachmentConsts.MaxFileNameLength) return clean;
        var extension = Path.GetExtension(clean);
        if (extension.Length > 16) extension = "";
        return clean[..(AttachmentConsts.MaxFileNameLength - extension.Length)] + extension;
    }

    private static long Megabytes(long bytes) => Math.Max(1, bytes / (1024 * 1024));

    private static AttachmentDto ToDto(Attachment a) =>
        new(
            a.Id,
            a.OwnerType,
            a.OwnerId,
            a.FileName,
            a.ContentType,
            a.Size,
            a.Sha256,
            a.UploadedByUserId,
            a.UploadedByName,
            a.CreationTime);
}
