using KemelSchoolPD.Data;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Attachments;

/// <summary>Where the bytes of attachments live; chosen by <c>Attachments:Store</c>.</summary>
public interface IAttachmentStore
{
    /// <summary>Stores the bytes of a new attachment. The database store stages them for the next save of the metadata.</summary>
    Task PutAsync(Attachment attachment, byte[] content, CancellationToken ct = default);

    /// <summary>The bytes, or null when the store has none for this attachment.</summary>
    Task<Stream?> OpenReadAsync(Attachment attachment, CancellationToken ct = default);

    /// <summary>Removes the bytes (after the metadata is deleted, or when its save failed). Missing bytes are no error.</summary>
    Task RemoveAsync(Attachment attachment, CancellationToken ct = default);
}

/// <summary>The default: one row per file in AttachmentContents, saved in the same transaction as its metadata.</summary>
public sealed class DatabaseAttachmentStore(IKemelSchoolPDDbContext db) : IAttachmentStore
{
    public Task PutAsync(Attachment attachment, byte[] content, CancellationToken ct = default)
    {
        db.AttachmentContents.Add(new AttachmentContent(attachment.Id, attachment.TenantId, content));
        return Task.CompletedTask;
    }

    public async Task<Stream?> OpenReadAsync(Attachment attachment, CancellationToken ct = default)
    {
        var data = await db.AttachmentContents.AsNoTracking().Where(c => c.Id == attachment.Id).Select(c => c.Data).FirstOrDefaultAsync(ct);
        return data is null ? null : new MemoryStream(data, writable: false);
    }

    public async Task RemoveAsync(Attachment attachment, CancellationToken ct = default)
    {
        foreach (var staged in db.AttachmentContents.Local.Where(c => c.Id == attachment.Id).ToList()) db.Entry(staged).State
            = EntityState.Detached;
        await db.AttachmentContents.Where(c => c.Id == attachment.Id).ExecuteDeleteAsync(ct);
    }
}

/// <summary>Files under {Path}/{school id}/{attachment id}; names never come from the client.</summary>
public sealed class FileSystemAttachmentStore(AttachmentOptions options) : IAttachmentStore
{
    private readonly string _root = System.IO.Path.GetFullPath(options.Path
        ?? throw new InvalidOperationException("Attachments:Path is required when Attachments:Store is FileSystem."));

    public async Task PutAsync(Attachment attachment, byte[] content, CancellationToken ct = default)
    {
        var path = PathOf(attachment);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        // Written under a temporary name and moved, so a reader never sees half a file.
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        await File.WriteAllBytesAsync(temp, content, ct);
        File.Move(temp, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(Attachment attachment, CancellationToken ct = default)
    {
        var path = PathOf(attachment);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous)
            : null);
    }

    public Task RemoveAsync(Attachment attachment, CancellationToken ct = default)
    {
        File.Delete(PathOf(attachment));
        return Task.CompletedTask;
    }

    private string PathOf(Attachment attachment) =>
        System.IO.Path.Combine(_root, attachment.TenantId.ToString("N"), attachment.Id.ToString("N"));
}
