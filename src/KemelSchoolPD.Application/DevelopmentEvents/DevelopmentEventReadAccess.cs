using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.DevelopmentEvents;

/// <summary>
/// The events' read rule for the current caller, in one place for every path (pages, files, the audit log, "my work"): the
/// school's calendar is read by its staff with the module's permission; keeping an event is its organiser's (or a manager's);
/// another teacher's hours are read only with ViewAll.
/// </summary>
public sealed class DevelopmentEventReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    public sealed record Caller(Guid? StaffId, bool ViewAll, bool Manage, bool HasModule);

    private Caller? _caller;

    public async Task<Caller> CallerAsync(CancellationToken ct = default)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(
            await currentStaff.GetIdAsync(ct),
            ReadsAll(granted),
            granted.Contains(KemelSchoolPDPermissions.DevelopmentEvents.Manage),
            granted.Contains(KemelSchoolPDPermissions.DevelopmentEvents.Default));
    }

    public async Task<IQueryable<DevelopmentEvent>> EventsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        if (!caller.HasModule) return db.DevelopmentEvents.Where(e => false);
        return db.DevelopmentEvents.Where(DevelopmentEvent.VisibleTo(caller.StaffId, caller.ViewAll || caller.Manage));
    }

    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.DevelopmentEvents.ViewAll)
            || granted.Contains(KemelSchoolPDPermissions.DevelopmentEvents.Manage);
}
