using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;

namespace KemelSchoolPD.Auditing;

/// <summary>
/// One change of one record. <see cref="OwnerName"/>: whose record it is (the teacher of a plan, the participant of a cycle…),
/// when the record has one person behind it; <see cref="UserFullName"/>: the name of who made the change.
/// </summary>
public sealed record AuditLogDto(
    Guid Id, DateTime Time, Guid? UserId, string? UserName, string EntityType, string EntityId,
    EntityChangeType ChangeType, IReadOnlyList<AuditPropertyChangeDto> Changes, string? OwnerName = null, string? UserFullName = null);

/// <summary>A property's old and new value as stored; when a value is the id of a staff member or a user, their name beside it.</summary>
public sealed record AuditPropertyChangeDto(
    string Property,
    string? OldValue,
    string? NewValue,
    string? OldValueName = null,
    string? NewValueName = null);

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
