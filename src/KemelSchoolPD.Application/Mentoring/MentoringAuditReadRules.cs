using KemelSchoolPD.Auditing;

namespace KemelSchoolPD.Mentoring;

/// <summary>The audit log shows a pair's entries only to those who may read the pair.</summary>
public sealed class MentoringPairAuditReadRule(MentoringReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentoringPair);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.PairsAsync(ct)).Select(p => p.Id);
}
