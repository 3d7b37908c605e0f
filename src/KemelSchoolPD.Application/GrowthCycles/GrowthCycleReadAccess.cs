using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.GrowthCycles;

/// <summary>
/// The growth cycles' read rule for the current caller, in one place for every path to their data: the audit log and the
/// views other modules derive from a cycle (a plan's growth zones). With ViewAll or Manage everything; otherwise one's own
/// cycles and one's mentees', of which a mentor reads only the artefacts the participant shared.
/// </summary>
public sealed class GrowthCycleReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    public async Task<IQueryable<GrowthCycle>> CyclesAsync(CancellationToken ct = default)
    {
        var (staffId, viewAll) = await CallerAsync(ct);
        return db.GrowthCycles.Where(GrowthCycle.VisibleTo(staffId, viewAll));
    }

    public async Task<IQueryable<GrowthCycleArtefact>> ArtefactsAsync(CancellationToken ct = default)
    {
        var (staffId, viewAll) = await CallerAsync(ct);
        return from a in db.GrowthCycleArtefacts
               join c in db.GrowthCycles.Where(GrowthCycle.VisibleTo(staffId, viewAll)) on a.CycleId equals c.Id
               where viewAll || c.ParticipantStaffMemberId == staffId || a.SharedWithMentor
               select a;
    }

    private async Task<(Guid? StaffId, bool ViewAll)> CallerAsync(CancellationToken ct)
    {
        var granted = await permissions.GetGrantedAsync(ct);
        return (await currentStaff.GetIdAsync(ct), ReadsAll(granted));
    }

    /// <summary>Managers and ViewAll read every cycle of the school (the cycle pages use the same mapping).</summary>
    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.GrowthCycles.Manage) || granted.Contains(KemelSchoolPDPermissions.GrowthCycles.ViewAll);
}
