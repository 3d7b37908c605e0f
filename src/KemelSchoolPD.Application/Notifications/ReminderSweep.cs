using System.Globalization;
using System.Text;
using System.Text.Json;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.MyWork;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.Notifications;

public sealed record ReminderSweepResult(int Schools, int DueItems, int Created, int Emails);

/// <summary>
/// The daily reminders: every module's "my work" items of a batch of active schools (read across schools with the school
/// filter off, a few statements per source for the whole batch), those that reached a reminder stage today (due soon, overdue,
/// a category's 12/6/3 months), told to whoever they wait for by their chosen channels. Each reminder is sent once per
/// person, kind, record, due date and stage: the ledger of sent reminders (<see cref="SentReminder"/>, a unique key per
/// person) refuses a second claim (INSERT … ON CONFLICT DO NOTHING), so a sweep that runs twice, or on two nodes at once,
/// sends nothing twice, and neither does one after the cleanup removed the notification itself; a record due again on
/// another date is a new reminder, and the ledger forgets an item once it left the to-do list or its due date moved.
/// E-mail "as it happens" goes to the outbox in the same transaction as the reminders it is about, only for the rows this
/// run actually wrote.
/// </summary>
public sealed class ReminderSweep(
    IKemelSchoolPDDbContext db,
    IDataFilter dataFilter,
    IServiceScopeFactory scopes,
    ILogger<ReminderSweep> logger)
{
    public const int SchoolsPerBatch = 100;
    /// <summary>Batches run side by side, each with its own connection: while one waits for the database another prepares its
    /// rows.</summary>
    public const int ParallelBatches = 2;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>All active schools (or the active ones of <paramref name="schoolIds"/>), batch by batch.</summary>
    public async Task<ReminderSweepResult> RunAsync(
        DateOnly today,
        IReadOnlyCollection<Guid>? schoolIds = null,
        CancellationToken ct = default)
    {
        List<KeyValuePair<Guid, string>> schools;
        using (dataFilter.Disable<IMultiTenant>())
            schools = (await db.Schools.AsNoTracking().Where(s => s.IsActive && (schoolIds == null || schoolIds.Contains(s.Id)))
                .OrderBy(s => s.Id).Select(s => new
                {
                    s.Id, s
                    .Name
                }).ToListAsync(ct)).Select(s => KeyValuePair.Create(s.Id, s.Name)).ToList();
        var results = new System.Collections.Concurrent.ConcurrentBag<ReminderSweepResult>();
        await Parallel.ForEachAsync(schools.Chunk(SchoolsPerBatch), new ParallelOptions
        {
            MaxDegreeOfParallelism = ParallelBatches,
            CancellationToken = ct
        },
            async (batch, token) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
                results.Add(await scope.ServiceProvider.GetRequiredService<ReminderSweepBatch>()
                    .RunAsync(today, new Dictionary<Guid, string>(batch), token));
            });
        var total = new ReminderSweepResult(
            results.Sum(r => r.Schools),
            results.Sum(r => r.DueItems),
            results.Sum(r => r.Created),
            results.Sum(r => r.Emails));
        logger.LogInformation(
            "Reminder sweep {Today}: {Schools} schools, {Due} items due, {Created} reminders written, {Emails} e-mails queued",
            today,
            total.Schools,
            total.DueItems,
            total.Created,
            total.Emails);
        return total;
    }
}

/// <summary>One batch of schools of the <see cref="ReminderSweep"/>, in its own scope (its own connection and transaction).</summary>
public sealed class ReminderSweepBatch(
    IKemelSchoolPDDbContext db,
    IEnumerable<IMyWorkSource> sources,
    MyWorkSettingsAppService settings,
    NotificationKindCatalog kinds,
    NotificationMailer mailer,
    TimeProvider clock,
    ILogger<ReminderSweep> logger)
{
    private const int RowsPerStatementPostgres = 5_000;
    private const int RowsPerStatementSqlite = 500;

    /// <summary>A reminder to write: the entry it is about, its recipient, its key and channels (the entity is made only to e-mail
    /// it).</summary>
    private readonly record struct Row(
        Guid Id,
        MyWorkEntry Entry,
        string Stage,
        Recipient To,
        string Key,
        string ValuesJson,
        bool InApp,
        NotificationEmailState EmailState)
    {
        public Notification ToNotification(DateTime now) =>
            new(
                Id,
                Entry.TenantId,
                To.UserId,
                Entry.Kind,
                Stage,
                Entry.Record,
                new Dictionary<string, string>(Entry.Values),
                Key,
                InApp,
                EmailState,
                now);
    }

    /// <summary>The batch's schools, read with the school filter off (the caller turns it off).</summary>
    public async Task<ReminderSweepResult> RunAsync(DateOnly today, Dictionary<Guid, string> schools, CancellationToken ct)
    {
        var ids = schools.Keys.ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var rulesOf = await settings.RulesOfAsync(ids, ct);
        var query = new MyWorkQuery(today, null, false, ids, rulesOf);
        var due = new List<(MyWorkEntry Entry, string Stage, NotificationKindDefinition Kind)>();
        var live = new HashSet<(string Kind, Guid RecordId, DateOnly? DueDate)>();
        foreach (var source in sources)
        {
            foreach (var entry in await source.GetAsync(query, ct))
            {
                if (kinds.Find(entry.Kind) is not { IsReminder: true } kind || !entry.Remind) continue;
                live.Add((entry.Kind, entry.Record.Id, entry.Record.DueDate));
                if (entry.StageOn(today, rulesOf(entry.TenantId)) is { } stage) due.Add((entry, stage, kind));
            }
            logger.LogDebug("{Source}: {Ms} ms", source.GetType().Name, watch.ElapsedMilliseconds);
        }
        var forgotten = await ForgetGoneAsync(ids, live, ct);
        logger.LogDebug("Ledger: {Forgotten} forgotten, {Ms} ms", forgotten, watch.ElapsedMilliseconds);
        if (due.Count == 0) return new ReminderSweepResult(ids.Count, 0, 0, 0);

        var directory = await RecipientDirectory.LoadAsync(
            db,
            ids,
            RecipientDirectory.PermissionsOf(due.Select(d => d.Entry.Audience)),
            ct);
        var channels = await NotificationChannels.LoadAsync(db, ids, ct);
        logger.LogDebug("Recipients: {Ms} ms", watch.ElapsedMilliseconds);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<Row>();
        var seen = new HashSet<(Guid, string)>();
        foreach (var (entry, stage, kind) in due)
        {
            var key = $"{entry.Kind}:{entry.Record.Id:N}:{entry.Record.DueDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "none"}:{stage}";
            var json = ValuesJson(entry.Values);
            foreach (var to in directory.Resolve(entry.TenantId, entry.Audience))
            {
                if (!seen.Add((to.UserId, key))) continue;
                if (channels.Delivery(to, kind) is not { } delivery) continue;
                rows.Add(new Row(Guid.CreateVersion7(), entry, stage, to, key, json, delivery.InApp, delivery.Email));
            }
        }
        logger.LogDebug("Rows: {Ms} ms", watch.ElapsedMilliseconds);
        if (rows.Count == 0) return new ReminderSweepResult(ids.Count, due.Count, 0, 0);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;
        var perStatement = postgres ? RowsPerStatementPostgres : RowsPerStatementSqlite;
        // First the ledger: a reminder another run (or an earlier day) claimed keeps that claim's id, so this run's ids found in
        // the ledger now are exactly the reminders it is the first to send.
        foreach (var chunk in rows.Chunk(perStatement))
            await (postgres ? ClaimPostgresAsync(chunk, now, ct) : ClaimSqliteAsync(chunk, now, ct));
        var claimed = new List<Row>();
        foreach (var chunk in rows.Chunk(RowsPerStatementPostgres))
        {
            var chunkIds = chunk.Select(r => r.Id).ToList();
            var mine = (await db.SentReminders.AsNoTracking().Where(r => chunkIds.Contains(r.Id)).Select(r => r.Id)
                .ToListAsync(ct)).ToHashSet();
            claimed.AddRange(chunk.Where(r => mine.Contains(r.Id)));
        }
        var written = 0;
        foreach (var chunk in claimed.Chunk(perStatement))
            written += await (postgres ? InsertPostgresAsync(chunk, now, ct) : InsertSqliteAsync(chunk, now, ct));
        // E-mail "now" only for the rows this run wrote (a notification left from before the ledger keeps its own id).
        var emails = 0;
        var mailing = claimed.Where(r => r.EmailState == NotificationEmailState.Queued).ToList();
        foreach (var chunk in mailing.Chunk(RowsPerStatementPostgres))
        {
            var chunkIds = chunk.Select(r => r.Id).ToList();
            var mine = (await db.Notifications.AsNoTracking().Where(n => chunkIds.Contains(n.Id)).Select(n => n.Id).ToListAsync(ct))
                .ToHashSet();
            foreach (var row in chunk.Where(r => mine.Contains(r.Id)))
            {
                mailer.QueueSingle(row.To, schools[row.To.TenantId], row.ToNotification(now));
                emails++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogDebug("Written {Rows} of {Candidates}: {Ms} ms", written, rows.Count, watch.ElapsedMilliseconds);
        return new ReminderSweepResult(ids.Count, due.Count, written, emails);
    }

    private const string Columns =
        "\"Id\", \"TenantId\", \"UserId\", \"Kind\", \"Stage\", \"Values\", \"RecordType\", \"RecordId\", \"LinkPath\", \"DueDate\", " +
        "\"IdempotencyKey\", \"ShowInApp\", \"EmailState\", \"CreationTime\", \"ConcurrencyStamp\"";

    private const string OnConflict = "ON CONFLICT (\"TenantId\", \"UserId\", \"IdempotencyKey\") DO NOTHING";

    /// <summary>One statement for thousands of rows: the columns as arrays, unnested.</summary>
    private async Task<int> InsertPostgresAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var sql = $$"""
            INSERT INTO "Notifications" ({{Columns}})
            SELECT t.id, t.tenant, t.usr, t.kind, t.stage, t.vals, t.rtype, t.rid, t.link,
                t.due, t.ikey, t.inapp, t.email, {13}, md5(t.id::text)
            FROM unnest({0}::uuid[], {1}::uuid[], {2}::uuid[], {3}::text[], {4}::text[], {5}::text[], {6}::text[], {7}::uuid[],
                        {8}::text[], {9}::date[], {10}::text[], {11}::boolean[], {12}::integer[])
                AS t(id, tenant, usr, kind, stage, vals, rtype, rid, link, due, ikey, inapp, email)
            {{OnConflict}}
            """;
        object[] parameters =
        [
            rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Entry.TenantId).ToArray(), rows.Select(r => r.To.UserId).ToArray(),
            rows.Select(r => r.Entry.Kind).ToArray(), rows.Select(r => r.Stage).ToArray(), rows.Select(r => r.ValuesJson).ToArray(),
            rows.Select(r => r.Entry.Record.Type).ToArray(), rows.Select(r => r.Entry.Record.Id).ToArray(), rows.Select(
                r => r.Entry.Record.LinkPath).ToArray(),
            rows.Select(r => r.Entry.Record.DueDate).ToArray(), rows.Select(r => r.Key).ToArray(),
            rows.Select(r => r.InApp).ToArray(), rows.Select(r => (int)r.EmailState).ToArray(), now,
        ];
        return await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    /// <summary>Multi-row VALUES (SQLite has no arrays).</summary>
    private async Task<int> InsertSqliteAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var time = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var values = new SqliteValues();
        foreach (var x in rows)
            values.Row(SqliteGuid(x.Id), SqliteGuid(x.Entry.TenantId), SqliteGuid(x.To.UserId), x.Entry.Kind, x.Stage, x.ValuesJson,
                x.Entry.Record.Type, SqliteGuid(x.Entry.Record.Id), x.Entry.Record.LinkPath, SqliteDate(x.Entry.Record.DueDate), x.Key,
                x.InApp ? 1 : 0, (int)x.EmailState, time, Guid.NewGuid().ToString("N"));
        var sql = $"INSERT INTO \"Notifications\" ({Columns}) VALUES {values.Sql} {OnConflict}";
        return await db.Database.ExecuteSqlRawAsync(sql, values.Parameters, ct);
    }

    /// <summary>
    /// Drops the ledger rows of the batch's schools whose item left the to-do list (done, deleted, no longer the reader's) or
    /// whose due date moved: the next time such an item is due, it is a new reminder.
    /// This stays in the sweep rather than in the daily cleanup. It needs the to-do list the sweep has just read (the cleanup
    /// would read every school's list again, which costs more than this query of the batch's ledger), and "left and came
    /// back" must mean gone at a sweep: a cleanup sampling the list at another hour would keep the row of an item that was
    /// gone at one sweep and back before the cleanup ran, so its return would not be reminded. The due date in the key does
    /// not make it optional: a date moved and moved back, or an item back with the same date, is the same key again.
    /// </summary>
    private async Task<int> ForgetGoneAsync(List<Guid> schoolIds, HashSet<(string Kind, Guid RecordId, DateOnly? DueDate)> live,
        CancellationToken ct)
    {
        var sent = await db.SentReminders.AsNoTracking().Where(r => schoolIds.Contains(r.TenantId))
            .Select(r => new { r.Id, r.Kind, r.RecordId, r.DueDate }).ToListAsync(ct);
        var gone = sent.Where(r => !live.Contains((r.Kind, r.RecordId, r.DueDate))).Select(r => r.Id).ToList();
        foreach (var chunk in gone.Chunk(RowsPerStatementSqlite))
            await db.SentReminders.Where(r => chunk.Contains(r.Id)).ExecuteDeleteAsync(ct);
        return gone.Count;
    }

    private const string LedgerColumns = "\"Id\", \"TenantId\", \"UserId\", \"Kind\", \"RecordId\", \"DueDate\", \"Key\", \"CreationTime\"";

    private const string LedgerOnConflict = "ON CONFLICT (\"TenantId\", \"UserId\", \"Key\") DO NOTHING";

    private async Task ClaimPostgresAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var sql = $$"""
            INSERT INTO "SentReminders" ({{LedgerColumns}})
            SELECT t.id, t.tenant, t.usr, t.kind, t.rid, t.due, t.ikey, {7}
            FROM unnest({0}::uuid[], {1}::uuid[], {2}::uuid[], {3}::text[], {4}::uuid[], {5}::date[], {6}::text[])
                AS t(id, tenant, usr, kind, rid, due, ikey)
            {{LedgerOnConflict}}
            """;
        object[] parameters =
        [
            rows.Select(r => r.Id).ToArray(), rows.Select(r => r.Entry.TenantId).ToArray(), rows.Select(r => r.To.UserId).ToArray(),
            rows.Select(r => r.Entry.Kind).ToArray(), rows.Select(r => r.Entry.Record.Id).ToArray(),
            rows.Select(r => r.Entry.Record.DueDate).ToArray(), rows.Select(r => r.Key).ToArray(), now,
        ];
        await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
    }

    private async Task ClaimSqliteAsync(Row[] rows, DateTime now, CancellationToken ct)
    {
        var time = now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
        var values = new SqliteValues();
        foreach (var x in rows)
            values.Row(SqliteGuid(x.Id), SqliteGuid(x.Entry.TenantId), SqliteGuid(x.To.UserId), x.Entry.Kind, SqliteGuid(x.Entry.Record.Id),
                SqliteDate(x.Entry.Record.DueDate), x.Key, time);
        var sql = $"INSERT INTO \"SentReminders\" ({LedgerColumns}) VALUES {values.Sql} {LedgerOnConflict}";
        await db.Database.ExecuteSqlRawAsync(sql, values.Parameters, ct);
    }

    /// <summary>Multi-row VALUES with every value a parameter, null written as NULL.</summary>
    private sealed class SqliteValues
    {
        private readonly StringBuilder _sql = new();

        public List<object> Parameters { get; } = [];

        public string Sql => _sql.ToString();

        public void Row(params object?[] values)
        {
            if (_sql.Length > 0) _sql.Append(", ");
            _sql.Append('(').AppendJoin(", ", values.Select(P)).Append(')');
        }

        private string P(object? value)
        {
            if (value is null) return "NULL";
            Parameters.Add(value);
            return "{" + (Parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
        }
    }

    private static string? SqliteDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    /// <summary>The Values column as EF writes it (see NotificationConfiguration).</summary>
    private static string ValuesJson(IReadOnlyDictionary<string, string> values) =>
        JsonSerializer.Serialize(
            values as Dictionary<string, string> ?? new Dictionary<string, string>(values),
            (JsonSerializerOptions?)null);
}
