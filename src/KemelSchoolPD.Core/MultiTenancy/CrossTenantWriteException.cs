namespace KemelSchoolPD.MultiTenancy;

/// <summary>Thrown when code running as one school tries to write a row owned by another. A bug, never a client error.</summary>
public sealed class CrossTenantWriteException(string entityType, Guid? rowTenantId, Guid? currentTenantId)
    : InvalidOperationException($"Refused to write {entityType} of tenant {rowTenantId?.ToString() ?? "host"} while running as tenant {currentTenantId?.ToString() ?? "host"}.");
