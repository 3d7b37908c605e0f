using KemelSchoolPD.Attachments;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// Files of a plan (evidence): read by whoever may read the plan (<see cref="DevelopmentPlan.VisibleTo"/>); attached and removed
/// only by the plan's teacher while the plan is editable or under way. A teacher's evidence is personal: downloads are audited.
/// </summary>
public sealed class DevelopmentPlanAttachmentRule(
    IKemelSchoolPDDbContext db,
    CurrentStaffMember currentStaff,
    IPermissionChecker permissions)
    : IAttachmentOwnerRule
{
    public string OwnerType => nameof(DevelopmentPlan);

    public bool IsSensitive => true;

    public async Task<IQueryable<Guid>> ReadableOwnerIdsAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        var viewAll = granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.Review)
            || granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.ViewAll);
        // Without the module's own permission nobody reads a plan (nor, then, its files).
        if (!granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.Default)) return db.DevelopmentPlans.Where(p => false)
            .Select(p => p.Id);
        return db.DevelopmentPlans.Where(DevelopmentPlan.VisibleTo(staffId, viewAll)).Select(p => p.Id);
    }

    public async Task<bool> CanChangeAsync(Guid ownerId, CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        if (staffId is null) return false;
        var plan = await db.DevelopmentPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == ownerId, ct);
        return plan is not null && plan.TeacherStaffMemberId == staffId && (plan.IsEditable || plan.IsUnderWay);
    }
}
