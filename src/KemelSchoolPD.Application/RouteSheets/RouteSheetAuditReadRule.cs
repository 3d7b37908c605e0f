using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.RouteSheets;

/// <summary>The audit log shows a route sheet's entries only to those who may read the sheet.</summary>
public sealed class RouteSheetAuditReadRule(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
    : IAuditedRecordReadRule
{
    public string EntityType => nameof(RouteSheet);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var viewAll = await permissions.IsGrantedAsync(KemelSchoolPDPermissions.RouteSheets.ViewAll, ct);
        return db.RouteSheets.Where(RouteSheet.VisibleTo(staffId, viewAll)).Select(r => r.Id);
    }
}
