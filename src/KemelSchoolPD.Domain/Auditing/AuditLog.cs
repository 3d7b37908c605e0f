using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Auditing;

/// <summary>One create, update or delete of an audited record: who, when, which record, which properties changed from what to
/// what.</summary>
public sealed class AuditLog : Entity<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    public DateTime Time { get; private set; }
    public Guid? UserId { get; private set; }
    public string? UserName { get; private set; }
    public string EntityType { get; private set; } = null!;
    public string EntityId { get; private set; } = null!;
    /// <summary>The record's id when it is a GUID, so that a module's read rule can be joined to its entries.</summary>
    public Guid? EntityGuid { get; private set; }
    public EntityChangeType ChangeType { get; private set; }
    // A list of its own that only this class changes (EF fills it through the field).
    private List<AuditPropertyChange> _changes = [];
    public IReadOnlyList<AuditPropertyChange> Changes => _changes;

    private AuditLog() { }

    public AuditLog(Guid? tenantId, DateTime time, Guid? userId, string? userName, string entityType, string entityId,
        EntityChangeType changeType, IEnumerable<AuditPropertyChange> changes) : base(Guid.CreateVersion7())
    {
        TenantId = tenantId;
        Time = time;
        UserId = userId;
        UserName = userName;
        EntityType = entityType;
        EntityId = entityId;
        EntityGuid = Guid.TryParse(entityId, out var guid) ? guid : null;
        ChangeType = changeType;
        _changes = [.. changes];
    }

    /// <summary>
    /// Forgets the values of a property, before and after (a text that must not outlive the consent it was written under): the
    /// entry still tells who changed the property and when.
    /// </summary>
    public void WithholdValues(string property)
    {
        if (Changes.All(c => c.Property != property || (c.OldValue is null && c.NewValue is null))) return;
        _changes = _changes.Select(c => c.Property == property ? c with { OldValue = null, NewValue = null } : c).ToList();
    }
}

public sealed record AuditPropertyChange(string Property, string? OldValue, string? NewValue);

public static class AuditLogConsts
{
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 64;
    public const int MaxUserNameLength = 256;
    /// <summary>Longer values are cut in the log (the record itself keeps them whole).</summary>
    public const int MaxValueLength = 2000;
}
