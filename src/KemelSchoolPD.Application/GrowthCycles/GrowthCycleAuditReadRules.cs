using KemelSchoolPD.Auditing;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>The audit log shows a cycle's entries only to those who may read the cycle.</summary>
public sealed class GrowthCycleAuditReadRule(GrowthCycleReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(GrowthCycle);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.CyclesAsync(ct)).Select(c => c.Id);
}

/// <summary>An artefact's entries: to the cycle's readers, and to its mentor only once the participant shared it.</summary>
public sealed class GrowthCycleArtefactAuditReadRule(GrowthCycleReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(GrowthCycleArtefact);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
        => (await access.ArtefactsAsync(ct)).Select(a => a.Id);
}
