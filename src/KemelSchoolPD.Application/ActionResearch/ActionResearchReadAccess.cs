using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.ActionResearch;

/// <summary>
/// Action Research's read rule for the current caller, in one place for every path to its data (pages, the report, files, the
/// audit log, "my work"): with ViewAll every project of the school; otherwise the projects one is a member of, and the published ones.
/// </summary>
public sealed class ActionResearchReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    /// <summary>The caller: their staff record, whether they read every project, hold the module, and keep the school's library of
    /// practice.</summary>
    public sealed record Caller(Guid? StaffId, bool ViewAll, bool HasModule, bool KeepsLibrary = false);

    private Caller? _caller;

    public async Task<Caller> CallerAsync(CancellationToken ct = default)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(
            await currentStaff.GetIdAsync(ct),
            ReadsAll(granted),
            granted.Contains(KemelSchoolPDPermissions.ActionResearch.Default),
            granted.Contains(KemelSchoolPDPermissions.PracticeLibrary.Manage));
    }

    public async Task<IQueryable<ActionResearchProject>> ProjectsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        // Without the module's own permission nobody reads a project (nor its files).
        if (!caller.HasModule) return db.ActionResearchProjects.Where(p => false);
        return db.ActionResearchProjects.Where(ActionResearchProject.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    public async Task<IQueryable<ActionResearchCycle>> CyclesAsync(CancellationToken ct = default)
    {
        var projects = await ProjectsAsync(ct);
        return db.ActionResearchCycles.Where(c => projects.Any(p => p.Id == c.ProjectId));
    }

    public async Task<IQueryable<ActionResearchDataItem>> DataItemsAsync(CancellationToken ct = default)
    {
        var projects = await ProjectsAsync(ct);
        return db.ActionResearchDataItems.Where(d => projects.Any(p => p.Id == d.ProjectId));
    }

    public static bool ReadsAll(IReadOnlySet<string> granted) => granted.Contains(KemelSchoolPDPermissions.ActionResearch.ViewAll);
}
