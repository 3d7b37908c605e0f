namespace KemelSchoolPD.Entities;

/// <summary>A row owned by exactly one school. Read through the "Tenant" query filter; writes are guarded by the interceptor.</summary>
public interface IMultiTenant
{
    Guid TenantId { get; }
}

/// <summary>A row owned by a school or, when <see cref="TenantId"/> is null, by the host (users, roles, audit entries).</summary>
public interface IMayHaveTenant
{
    Guid? TenantId { get; }
}

public interface ISoftDelete
{
    bool IsDeleted { get; }
}

public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; }
}

public interface IAuditedObject
{
    DateTime CreationTime { get; }
    Guid? CreatorId { get; }
    DateTime? LastModificationTime { get; }
    Guid? LastModifierId { get; }
}

/// <summary>Entities whose changes are written to the audit log.</summary>
public interface IAuditedEntity;
