using Hangfire;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// The daily host job: splits the active schools into batches and queues one <see cref="SendRemindersJob"/> per batch, all with
/// the same day, so a large installation spreads the sweep over the app nodes' workers.
/// </summary>
public sealed class ScanRemindersJob(IKemelSchoolPDDbContext db, IBackgroundJobClient jobs, IDataFilter dataFilter, TimeProvider clock)
{
    public const string RecurringJobId = "scan-reminders";
    /// <summary>Every day at 01:00 UTC (06:00 in Kazakhstan), before the school day.</summary>
    public static readonly string Cron = Hangfire.Cron.Daily(1);

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var day = ReminderSweep.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var schoolIds = await db.Schools.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.Id).Select(s => s.Id)
            .ToListAsync(cancellationToken);
        foreach (var batch in schoolIds.Chunk(ReminderSweep.SchoolsPerBatch))
            jobs.Enqueue<SendRemindersJob>(job => job.ExecuteAsync(batch, day, CancellationToken.None));
    }
}

/// <summary>The reminders of one batch of schools for one day (idempotent: a retry or a second run writes nothing twice).</summary>
public sealed class SendRemindersJob(ReminderSweep sweep)
{
    public Task ExecuteAsync(Guid[] schoolIds, string day, CancellationToken cancellationToken) =>
        sweep.RunAsync(
            DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            schoolIds,
            cancellationToken);
}

/// <summary>
/// Once a day, one e-mail per person with the notifications they chose to get as a digest and have not read in the app yet.
/// At send time the quiet rules are checked again: nothing for an inactive school, a deactivated account, or a record the
/// person may no longer read (the module's <see cref="IRecordReadCheck"/>). Each notification is claimed by one run
/// (a conditional UPDATE), in the same transaction as the e-mail queued for it, so two runs or two nodes never send it twice.
/// </summary>
public sealed class SendNotificationDigestsJob(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    IEnumerable<IRecordReadCheck> readChecks,
    NotificationMailer mailer,
    TimeProvider clock,
    ILogger<SendNotificationDigestsJob> logger)
{
    public const string RecurringJobId = "send-notification-digests";
    /// <summary>Every day at 12:00 UTC (17:00 in Kazakhstan), after lessons.</summary>
    public static readonly string Cron = Hangfire.Cron.Daily(12);
    public const int BatchSize = 2_000;

    public Task ExecuteAsync(CancellationToken cancellationToken) => SendAsync(cancellationToken);

    /// <returns>How many digest e-mails were queued.</returns>
    public async Task<int> SendAsync(CancellationToken ct = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var sent = 0;
        while (true)
        {
            var batch = await SendBatchAsync(ct);
            if (batch is null) break;
            sent += batch.Value;
        }
        if (sent > 0) logger.LogInformation("Notification digests: {Count} e-mails queued", sent);
        return sent;
    }

    /// <summary>One batch of pending notifications (null when none is left).</summary>
    private async Task<int?> SendBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.EmailState == NotificationEmailState.Digest && n.CreationTime <= now)
            .OrderBy(n => n.CreationTime)
            .Select(n => n.Id)
            .Take(BatchSize)
            .ToListAsync(ct);
        if (pending.Count == 0) return null;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var batchId = Guid.CreateVersion7();
        // The claim: a run that comes second finds these rows no longer waiting for a digest and takes none of them.
        await db.Notifications.Where(n => pending.Contains(n.Id) && n.EmailState == NotificationEmailState.Digest)
            .ExecuteUpdateAsync(
                s => s.SetProperty(n => n.EmailState, NotificationEmailState.Queued).SetProperty(n => n.EmailBatchId, batchId),
                ct);
        var claimed = await db.Notifications.AsNoTracking().Where(n => n.EmailBatchId == batchId).ToListAsync(ct);
        var tenantIds = claimed.Select(n => n.TenantId).Distinct().ToList();
        var schools = await db.Schools.AsNoTracking().Where(s => tenantIds.Contains(s.Id) && s.IsActive)
            .ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var directory = await RecipientDirectory.LoadAsync(db, tenantIds, [], ct);
        var readers = await NotificationReaders.LoadAsync(db, claimed.Select(n => n.UserId).Distinct().ToList(), directory, ct);

        var readable = new HashSet<Guid>();
        foreach (var group in claimed.Where(n => n.RecordType is not null && n.RecordId is not null).GroupBy(n => n.RecordType!))
        {
            var pairs = group.Where(n => readers.ContainsKey(n.UserId))
                .Select(n => (Reader: readers[n.UserId], RecordId: n.RecordId!.Value))
                .ToList();
            var check = readChecks.FirstOrDefault(c => c.RecordType == group.Key);
            var allowed = check is null ? new HashSet<(Guid, Guid)>() : await check.ReadableAsync(pairs, ct);
            readable.UnionWith(group.Where(n => allowed.Contains((n.UserId, n.RecordId!.Value))).Select(n => n.Id));
        }
        readable.UnionWith(claimed.Where(n => n.RecordId is null).Select(n => n.Id));

        var skipped = new List<Guid>();
        var emails = 0;
        foreach (var person in claimed.GroupBy(n => n.UserId))
        {
            var to = directory.User(person.Key);
            var items = person.Where(n => n.ReadTime is null && readable.Contains(n.Id)).OrderBy(n => n.CreationTime).ToList();
            skipped.AddRange(person.Where(n => !items.Contains(n)).Select(n => n.Id));
            if (to is null || to.Email is null || !schools.TryGetValue(to.TenantId, out var schoolName) || items.Count == 0)
            {
                skipped.AddRange(items.Select(n => n.Id));
                continue;
            }
            mailer.QueueDigest(to, schoolName, items);
            emails++;
        }
        foreach (var chunk in skipped.Chunk(BatchSize))
            await db.Notifications.Where(n => chunk.Contains(n.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.EmailState, NotificationEmailState.Skipped), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return emails;
    }
}
