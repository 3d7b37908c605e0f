using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;

namespace KemelSchoolPD.Indicators;

/// <summary>The school's indicator records: their audit entries to whoever reads the indicators.</summary>
public sealed class SchoolIndicatorRecordAuditReadRule(IKemelSchoolPDDbContext db, IPermissionChecker permissions) : IAuditedRecordReadRule
{
    public string EntityType => nameof(SchoolIndicatorRecord);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) =>
        await permissions.IsGrantedAsync(KemelSchoolPDPermissions.SchoolIndicators.Default, ct)
            ? db.SchoolIndicatorRecords.Select(r => r.Id)
            : db.SchoolIndicatorRecords.Where(_ => false).Select(r => r.Id);
}
