using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Auditing;

public sealed record AuditLogDto(
    Guid Id, DateTime Time, Guid? UserId, string? UserName, string EntityType, string EntityId,
    EntityChangeType ChangeType, IReadOnlyList<AuditPropertyChangeDto> Changes);

public sealed record AuditPropertyChangeDto(string Property, string? OldValue, string? NewValue);

public sealed class GetAuditLogListInput : PagedInput
{
    [StringLength(128)]
    public string? EntityType { get; set; }

    [StringLength(64)]
    public string? EntityId { get; set; }

    [StringLength(256)]
    public string? UserName { get; set; }

    public DateTime? From { get; set; }

    public DateTime? To { get; set; }
}
