using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.Attachments;

/// <summary>
/// The daily host job: in each school that has files, removes the orphaned ones (<see cref="OrphanedAttachments"/>), one school
/// at a time in its own scope, so a school's failure does not stop the others.
/// </summary>
public sealed class RemoveOrphanedAttachmentsJob(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    ICurrentTenant currentTenant,
    IServiceScopeFactory scopes,
    ILogger<RemoveOrphanedAttachmentsJob> logger)
{
    public const string RecurringJobId = "remove-orphaned-attachments";
    /// <summary>Every day at 02:00 UTC (07:00 in Kazakhstan).</summary>
    public static readonly string Cron = Hangfire.Cron.Daily(2);

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        List<Guid> schools;
        using (dataFilter.Disable<IMultiTenant>())
            schools = await db.Attachments.AsNoTracking().Select(a => a.TenantId).Distinct().ToListAsync(cancellationToken);
        var removed = 0;
        foreach (var school in schools.Order())
        {
            try
            {
                removed += await RemoveForSchoolAsync(school, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Orphaned attachments of school {School} were not removed", school);
            }
        }
        if (removed > 0) logger.LogInformation("Orphaned attachments: {Count} files removed", removed);
    }

    /// <returns>How many files of the school were removed.</returns>
    public async Task<int> RemoveForSchoolAsync(Guid schoolId, CancellationToken ct = default)
    {
        using var _ = currentTenant.Change(schoolId);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrphanedAttachments>().RemoveAsync(ct);
    }
}

/// <summary>
/// The current school's files that no record holds any more (their record was deleted, or never kept), and, for an owner type
/// with an <see cref="IAttachmentUse"/>, the files its existing records do not use (uploaded for evidence never saved), older
/// than the grace period (<see cref="AttachmentOptions.OrphanGracePeriod"/>, so an upload whose record is being saved is not
/// taken): their metadata and their bytes are removed. Files of an owner type the model does not know are left alone.
/// A record's save that starts to use a file between the cleanup's look and its delete wins (<see cref="Attachment.MarkInUse"/>).
/// </summary>
public sealed class OrphanedAttachments(
    IKemelSchoolPDDbContext db,
    IAttachmentOwners owners,
    IEnumerable<IAttachmentUse> uses,
    IAttachmentStore store,
    AttachmentOptions options,
    TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<int> RemoveAsync(CancellationToken ct = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - options.OrphanGracePeriod;
        var removed = 0;
        var types = await db.Attachments.Where(a => a.CreationTime < before).Select(a => a.OwnerType).Distinct().ToListAsync(ct);
        foreach (var type in types)
        {
            if (owners.ExistingIds(type) is not { } existing) continue;
            var old = db.Attachments.AsNoTracking().Where(a => a.OwnerType == type && a.CreationTime < before);
            removed += await RemoveFilesAsync(old.Where(a => !existing.Contains(a.OwnerId)), null, ct);
            if (uses.FirstOrDefault(u => u.OwnerType == type) is { } use)
                removed += await RemoveFilesAsync(old.Where(a => existing.Contains(a.OwnerId)), use, ct);
        }
        return removed;
    }

    /// <summary>The files of the query, a batch at a time: all of them, or with a <paramref name="use"/> those their records do
    /// not use.</summary>
    private async Task<int> RemoveFilesAsync(IQueryable<Attachment> files, IAttachmentUse? use, CancellationToken ct)
    {
        var removed = 0;
        Guid? after = null;
        while (true)
        {
            // A file kept (used, or claimed meanwhile) stays in the table: the next batch starts after the last file looked at.
            var query = after is { } last ? files.Where(a => a.Id.CompareTo(last) > 0) : files;
            var batch = await query.OrderBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0) return removed;
            after = batch[^1].Id;
            if (use is not null)
            {
                var used = await use.UsedAsync(batch.Select(a => a.OwnerId).Distinct().ToList(), ct);
                batch = batch.Where(a => !used.Contains(a.Id)).ToList();
            }
            if (batch.Count > 0) removed += await RemoveBatchAsync(batch, ct);
        }
    }

    /// <summary>
    /// Deletes the files' metadata with the concurrency stamps read with them, then their bytes. A record's save that started to
    /// use one of them since renewed its stamp: the batch's delete then fails as a whole and its files are tried one at a time; the
    /// claimed one stays (the next run looks at it again), the others go.
    /// </summary>
    private async Task<int> RemoveBatchAsync(List<Attachment> batch, CancellationToken ct)
    {
        var deleted = await TryDeleteAsync(batch, ct) ? batch : await DeleteOneAtATimeAsync(batch, ct);
        // The bytes go after their metadata (a file store cannot share the transaction); missing bytes are no error.
        foreach (var attachment in deleted) await store.RemoveAsync(attachment, ct);
        return deleted.Count;
    }

    private async Task<List<Attachment>> DeleteOneAtATimeAsync(List<Attachment> batch, CancellationToken ct)
    {
        var deleted = new List<Attachment>();
        foreach (var attachment in batch)
            if (await TryDeleteAsync([attachment], ct)) deleted.Add(attachment);
        return deleted;
    }

    private async Task<bool> TryDeleteAsync(List<Attachment> files, CancellationToken ct)
    {
        db.Attachments.RemoveRange(files);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing of the save was written: what it staged (the deletes, their audit entries, the school's token) is dropped.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
