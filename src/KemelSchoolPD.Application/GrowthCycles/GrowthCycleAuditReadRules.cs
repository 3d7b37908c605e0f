using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>The audit log shows a cycle's entries only to those who may read the cycle.</summary>
public sealed class GrowthCycleAuditReadRule(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
    : IAuditedRecordReadRule
{
    public string EntityType => nameof(GrowthCycle);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var (staffId, viewAll) = await GrowthCycleAuditCaller.GetAsync(currentStaff, permissions, ct);
        return db.GrowthCycles.Where(GrowthCycle.VisibleTo(staffId, viewAll)).Select(c => c.Id);
    }
}

/// <summary>An artefact's entries: to the cycle's readers, and to its mentor only once the participant shared it.</summary>
public sealed class GrowthCycleArtefactAuditReadRule(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
    : IAuditedRecordReadRule
{
    public string EntityType => nameof(GrowthCycleArtefact);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var (staffId, viewAll) = await GrowthCycleAuditCaller.GetAsync(currentStaff, permissions, ct);
        return from a in db.GrowthCycleArtefacts
               join c in db.GrowthCycles.Where(GrowthCycle.VisibleTo(staffId, viewAll)) on a.CycleId equals c.Id
               where viewAll || c.ParticipantStaffMemberId == staffId || a.SharedWithMentor
               select a.Id;
    }
}

internal static class GrowthCycleAuditCaller
{
    public static async Task<(Guid? StaffId, bool ViewAll)> GetAsync(CurrentStaffMember currentStaff, IPermissionChecker permissions, CancellationToken ct)
    {
        var granted = await permissions.GetGrantedAsync(ct);
        return (await currentStaff.GetIdAsync(ct),
            granted.Contains(KemelSchoolPDPermissions.GrowthCycles.Manage) || granted.Contains(KemelSchoolPDPermissions.GrowthCycles.ViewAll));
    }
}
