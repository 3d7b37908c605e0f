using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.Notifications;

public sealed record NotificationCleanupResult(int Stale, int Expired);

/// <summary>
/// The daily removal of notifications nobody should see again, so the table holds only live rows: those about a record its reader
/// may no longer read (the record deleted, a mentee re-assigned, a permission taken away; the module's <see cref="IRecordReadCheck"/>,
/// as the list and the digest apply it), and those done with for longer than <c>Notifications:ReadRetentionDays</c> (180 by
/// default): read in the app, or never shown there and past their e-mail. A person whose account is inactive keeps theirs (their
/// read rule cannot be asked), and a notification waiting for a digest stays until the digest took it.
/// </summary>
public sealed class RemoveStaleNotificationsJob(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    IEnumerable<IRecordReadCheck> readChecks,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<RemoveStaleNotificationsJob> logger)
{
    public const string RecurringJobId = "remove-stale-notifications";
    /// <summary>Every day at 03:00 UTC (08:00 in Kazakhstan), after the reminder sweep.</summary>
    public static readonly string Cron = Hangfire.Cron.Daily(3);
    public const int BatchSize = 2_000;
    public const int DefaultReadRetentionDays = 180;

    public Task ExecuteAsync(CancellationToken cancellationToken) => RunAsync(cancellationToken);

    public async Task<NotificationCleanupResult> RunAsync(CancellationToken ct = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var keptFor = TimeSpan.FromDays(configuration.GetValue("Notifications:ReadRetentionDays", DefaultReadRetentionDays));
        var before = clock.GetUtcNow().UtcDateTime - keptFor;
        var expired = await db.Notifications.Where(n => n.CreationTime < before && n.EmailState != NotificationEmailState.Digest
                && (n.ReadTime != null || !n.ShowInApp))
            .ExecuteDeleteAsync(ct);

        var stale = 0;
        var types = readChecks.Select(c => c.RecordType).ToList();
        var schools = await db.Notifications.Where(n => n.RecordType != null && types.Contains(n.RecordType))
            .Select(n => n.TenantId).Distinct().ToListAsync(ct);
        foreach (var school in schools.Order())
            stale += await RemoveStaleAsync(school, types, ct);
        if (stale + expired > 0) logger.LogInformation("Notifications removed: {Stale} stale, {Expired} past retention", stale, expired);
        return new NotificationCleanupResult(stale, expired);
    }

    /// <summary>One school's notifications about records, a batch at a time; those their reader may not read are deleted.</summary>
    private async Task<int> RemoveStaleAsync(Guid school, List<string> types, CancellationToken ct)
    {
        var directory = await RecipientDirectory.LoadAsync(db, [school], [], ct);
        var removed = 0;
        var skip = 0;
        while (true)
        {
            var batch = await db.Notifications.AsNoTracking()
                .Where(n => n.TenantId == school && n.RecordType != null && n.RecordId != null && types.Contains(n.RecordType))
                .OrderBy(n => n.CreationTime).ThenBy(n => n.Id).Skip(skip).Take(BatchSize)
                .Select(n => new { n.Id, n.UserId, RecordType = n.RecordType!, RecordId = n.RecordId!.Value }).ToListAsync(ct);
            if (batch.Count == 0) return removed;
            var readers = await NotificationReaders.LoadAsync(db, batch.Select(n => n.UserId).Distinct().ToList(), directory, ct);
            var gone = new List<Guid>();
            foreach (var group in batch.Where(n => readers.ContainsKey(n.UserId)).GroupBy(n => n.RecordType))
            {
                var check = readChecks.First(c => c.RecordType == group.Key);
                var readable = await check.ReadableAsync(group.Select(n => (readers[n.UserId], n.RecordId)).ToList(), ct);
                gone.AddRange(group.Where(n => !readable.Contains((n.UserId, n.RecordId))).Select(n => n.Id));
            }
            if (gone.Count > 0) await db.Notifications.Where(n => gone.Contains(n.Id)).ExecuteDeleteAsync(ct);
            removed += gone.Count;
            skip += batch.Count - gone.Count;
        }
    }
}
