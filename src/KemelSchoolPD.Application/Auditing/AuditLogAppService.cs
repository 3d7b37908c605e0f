using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Auditing;

/// <summary>
/// The school's change history, newest first. The tenant filter keeps each school to its own entries; each module's read rule
/// keeps the entries about records the caller may not read.
/// </summary>
public sealed class AuditLogAppService(IKemelSchoolPDDbContext db, IEnumerable<IAuditedRecordReadRule> readRules, AuditNames names)
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken ct = default)
    {
        // "2026-11-01" from a date picker arrives without a kind; times are stored in UTC (and Npgsql refuses unspecified ones).
        var from = AsUtc(input.From);
        var to = AsUtc(input.To);
        // A bare date (midnight) as the end means "up to and including that day" (and the calendar's last day: no end at all).
        if (to is { TimeOfDay.Ticks: 0 } day) to = day.Date == DateTime.MaxValue.Date ? null : day.AddDays(1).AddMicroseconds(-1);
        var query = db.AuditLogs.AsNoTracking()
            .WhereIf(!string.IsNullOrWhiteSpace(input.EntityType), a => a.EntityType == input.EntityType)
            .WhereIf(!string.IsNullOrWhiteSpace(input.EntityId), a => a.EntityId == input.EntityId)
            .WhereIf(!string.IsNullOrWhiteSpace(input.UserName), a => a.UserName == input.UserName)
            .WhereIf(from.HasValue, a => a.Time >= from)
            .WhereIf(to.HasValue, a => a.Time <= to);
        foreach (var rule in readRules)
        {
            var type = rule.EntityType;
            var readable = await rule.ReadableIdsAsync(ct);
            query = query.Where(a => a.EntityType != type || (a.EntityGuid != null && readable.Contains(a.EntityGuid.Value)));
        }
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(a => a.Time).ThenByDescending(a => a.Id).PageBy(input).ToListAsync(ct);
        // Named only after the read rules: whose record, and the people behind the ids in its values (AuditNames).
        return new PagedResultDto<AuditLogDto>(total, await names.NameAsync(page, ct));
    }

    private static DateTime? AsUtc(DateTime? value) => value?.Kind switch
    {
        null => null,
        DateTimeKind.Local => value.Value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
    };
}
