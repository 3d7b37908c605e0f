using System.Globalization;
using System.Text;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.MyWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.Notifications;

public sealed record ReminderSweepResult(int Schools, int DueItems, int Created, int Emails);

/// <summary>
/// The daily reminders: every module's "my work" items of a batch of active schools (read across schools with the school
/// filter off, a few statements per source for the whole batch), those that reached a reminder stage today (due soon, overdue,
/// a category's 12/6/3 months), told to whoever they wait for by their chosen channels. Each reminder is written once per
/// person, kind, record, due date and stage: the unique index on the idempotency key refuses a second copy (INSERT … ON CONFLICT
/// DO NOTHING), so a sweep that runs twice, or on two nodes at once, sends nothing twice; a record due again on another date is
/// a new reminder. E-mail "as it happens" goes to the outbox in the same transaction as the reminders it is about, only for
/// the rows this run actually wrote.
/// </summary>
public sealed class ReminderSweep(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    IEnumerable<IMyWorkSource> sources,
    MyWorkSettingsAppService settings,
    NotificationKindCatalog kinds,
    NotificationMailer mailer,
    TimeProvider clock,
    ILogger<ReminderSweep> logger)
{
    public const int SchoolsPerBatch = 100;
    private const int RowsPerStatementPostgres = 5_000;
    private const int RowsPerStatementSqlite = 500;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>All active schools (or the active ones of <paramref name="schoolIds"/>), batch by batch.</summary>
    public async Task<ReminderSweepResult> RunAsync(DateOnly today, IReadOnlyCollection<Guid>? schoolIds = null, CancellationToken ct = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var schools = await db.Schools.AsNoTracking().Where(s => s.IsActive && (schoolIds == null || schoolIds.Contains(s.Id)))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var total = new ReminderSweepResult(0, 0, 0, 0);
        foreach (var batch in schools.Chunk(SchoolsPerBatch))
        {
            var result = await RunBatchAsync(today, batch.ToDictionary(s => s.Id, s => s.Name), ct);
            total = new ReminderSweepResult(total.Schools + result.Schools, total.DueItems + result.DueItems, total.Created + result.Created,
                total.Emails + result.Emails);
        }
        logger.LogInformation("Reminder sweep {Today}: {Schools} schools, {Due} items due, {Created} reminders written, {Emails} e-mails queued",
            today, total.Schools, total.DueItems, total.Created, total.Emails);
        return total;
    }

    private sealed record Row(Notification Notification, Recipient To);

    private async Task<ReminderSweepResult> RunBatchAsync(DateOnly today, Dictionary<Guid, string> schools, CancellationToken ct)
    {
        var ids = schools.Keys.ToList();
        var rulesOf = await settings.RulesOfAsync(ids, ct);
        var query = new MyWorkQuery(today, null, false, ids, rulesOf);
        var due = new List<(MyWorkEntry Entry, string Stage, NotificationKindDefinition Kind)>();
        foreach (var source in sources)
            foreach (var entry in await source.GetAsync(query, ct))
                if (kinds.Find(entry.Kind) is { IsReminder: true } kind && entry.StageOn(today, rulesOf(entry.TenantId)) is { } stage)
                    due.Add((entry, stage, kind));
        if (due.Count == 0) return new ReminderSweepResult(ids.Count, 0, 0, 0);

        var directory = await RecipientDirectory.LoadAsync(db, ids, RecipientDirectory.PermissionsOf(due.Select(d => d.Entry.Audience)), ct);
        var channels = await NotificationChannels.LoadAsync(db, ids, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<Row>();
        var seen = new HashSet<(Guid, string)>();
        foreach (var (entry, stage, kind) in due)
        {
            var key = $"{entry.Kind}:{entry.Record.Id:N}:{entry.Record.DueDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "none"}:{stage}";
            foreach (var to in directory.Resolve(entry.TenantId, entry.Audience))
            {
                if (!seen.Add((to.UserId, key))) continue;
                var (inApp, email) = channels.For(entry.TenantId, to.UserId, kind);
                var state = to.Email is null ? NotificationEmailState.None : email switch
                {
                    NotificationEmailMode.Immediate => NotificationEmailState.Queued,
                    NotificationEmailMode.Digest => NotificationEmailState.Digest,
                    _ => NotificationEmailState.None,
                };
                if (!inApp && state == NotificationEmailState.None) continue;
                rows.Add(new Row(new Notification(Guid.CreateVersion7(), entry.TenantId, to.UserId, entry.Kind, stage, entry.Record,
                    new Dictionary<string, string>(entry.Values), key, inApp, state, now), to));
            }
        }
        if (rows.Count == 0) return new ReminderSweepResult(ids.Count, due.Count, 0, 0);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;
        foreach (var chunk in rows.Chunk(postgres ? RowsPerStatementPostgres : RowsPerStatementSqlite))
            await (postgres ? InsertPostgresAsync(chunk, now, ct) : InsertSqliteAsync(chunk, now, ct));
        // Rows another run wrote first kept their own ids: only ids of this run that are now in the table are this run's.
        var written = new HashSet<Guid>();
        foreach (var chunk in rows.Chunk(RowsPerStatementPostgres))
        {
            var chunkIds = chunk.Select(r => r.Notification.Id).ToList();
            written.UnionWith(await db.Notifications.AsNoTracking().Where(n => chunkIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct));
        }
        var emails = 0;
        foreach (var row in rows.Where(r => r.Notification.EmailState == NotificationEmailState.Queued && written.Contains(r.Notification.Id)))
        {
            db.OutboxEmails.Add(mailer.Single(row.To, schools[row.To.TenantId], row.Notification, now));
            emails++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReminderSweepResult(ids.Count, due.Count, written.Count, emails);
    }

    private const string Columns =
        "\"Id\", \"TenantId\", \"UserId\", \"Kind\", \"Stage\", \"Values\", \"RecordType\", \"RecordId\", \"LinkPath\", \"DueDate\", " +
        "\"IdempotencyKey\", \"ShowInApp\", \"EmailState\", \"CreationTime\", \"ConcurrencyStamp\"";

    private const string OnConflict = "ON CONFLICT (\"TenantId\", \"UserId\", \"IdempotencyKey\") DO NOTHING";

    /// <summary>One statement for thousands of rows: the columns as arrays, unnested.</summary>
    private async Task InsertPostgresAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var n = rows.Select(r => r.Notification).ToList();
        var sql = $$"""
            INSERT INTO "Notifications" ({{Columns}})
            SELECT t.id, t.tenant, t.usr, t.kind, t.stage, t.vals, t.rtype, t.rid::uuid, t.link, t.due::date, t.ikey, t.inapp, t.email, {13}, md5(t.id::text)
            FROM unnest({0}::uuid[], {1}::uuid[], {2}::uuid[], {3}::text[], {4}::text[], {5}::text[], {6}::text[], {7}::text[],
                        {8}::text[], {9}::text[], {10}::text[], {11}::boolean[], {12}::integer[])
                AS t(id, tenant, usr, kind, stage, vals, rtype, rid, link, due, ikey, inapp, email)
            {{OnConflict}}
            """;
        object[] parameters =
        [
            n.Select(x => x.Id).ToArray(), n.Select(x => x.TenantId).ToArray(), n.Select(x => x.UserId).ToArray(),
            n.Select(x => x.Kind).ToArray(), n.Select(x => x.Stage).ToArray(), n.Select(x => ValuesJson(x.Values)).ToArray(),
            n.Select(x => x.RecordType).ToArray(), n.Select(x => x.RecordId?.ToString()).ToArray(), n.Select(x => x.LinkPath).ToArray(),
            n.Select(x => x.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(), n.Select(x => x.IdempotencyKey).ToArray(),
            n.Select(x => x.ShowInApp).ToArray(), n.Select(x => (int)x.EmailState).ToArray(), now,
        ];
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>Multi-row VALUES (SQLite has no arrays); nulls are written as NULL, everything else as parameters.</summary>
    private async Task InsertSqliteAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var sql = new StringBuilder($"INSERT INTO \"Notifications\" ({Columns}) VALUES ");
        var parameters = new List<object>();
        string P(object? value)
        {
            if (value is null) return "NULL";
            parameters.Add(value);
            return "{" + (parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
        var time = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        for (var i = 0; i < rows.Length; i++)
        {
            var x = rows[i].Notification;
            if (i > 0) sql.Append(", ");
            sql.Append('(').AppendJoin(", ", P(SqliteGuid(x.Id)), P(SqliteGuid(x.TenantId)), P(SqliteGuid(x.UserId)), P(x.Kind), P(x.Stage), P(ValuesJson(x.Values)),
                P(x.RecordType), P(x.RecordId is { } r ? SqliteGuid(r) : null), P(x.LinkPath), P(x.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                P(x.IdempotencyKey), x.ShowInApp ? "1" : "0", ((int)x.EmailState).ToString(CultureInfo.InvariantCulture), P(time), P(x.ConcurrencyStamp)).Append(')');
        }
        sql.Append(' ').Append(OnConflict);
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
    }

    private static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>The Values column as EF writes it (see NotificationConfiguration).</summary>
    private static string ValuesJson(Dictionary<string, string> values) => JsonSerializer.Serialize(values, (JsonSerializerOptions?)null);
}
