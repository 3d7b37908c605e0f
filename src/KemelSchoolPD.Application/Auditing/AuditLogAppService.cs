using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Auditing;

/// <summary>The school's change history, newest first. The tenant filter keeps each school to its own entries.</summary>
public sealed class AuditLogAppService(IKemelSchoolPDDbContext db)
{
    public async Task<PagedResultDto<AuditLogDto>> GetListAsync(GetAuditLogListInput input, CancellationToken ct = default)
    {
        var query = db.AuditLogs.AsNoTracking()
            .WhereIf(!string.IsNullOrWhiteSpace(input.EntityType), a => a.EntityType == input.EntityType)
            .WhereIf(!string.IsNullOrWhiteSpace(input.EntityId), a => a.EntityId == input.EntityId)
            .WhereIf(!string.IsNullOrWhiteSpace(input.UserName), a => a.UserName == input.UserName)
            .WhereIf(input.From.HasValue, a => a.Time >= input.From)
            .WhereIf(input.To.HasValue, a => a.Time <= input.To);
        var total = await query.LongCountAsync(ct);
        var page = await query.OrderByDescending(a => a.Time).ThenByDescending(a => a.Id).PageBy(input).ToListAsync(ct);
        return new PagedResultDto<AuditLogDto>(total, page.Select(a => new AuditLogDto(
            a.Id, a.Time, a.UserId, a.UserName, a.EntityType, a.EntityId, a.ChangeType,
            a.Changes.Select(c => new AuditPropertyChangeDto(c.Property, c.OldValue, c.NewValue)).ToList())).ToList());
    }
}
