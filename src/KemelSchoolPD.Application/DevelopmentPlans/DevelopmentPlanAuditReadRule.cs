using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>The audit log shows a plan's entries only to those who may read the plan.</summary>
public sealed class DevelopmentPlanAuditReadRule(
    IKemelSchoolPDDbContext db,
    CurrentStaffMember currentStaff,
    IPermissionChecker permissions)
    : IAuditedRecordReadRule
{
    public string EntityType => nameof(DevelopmentPlan);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        return db.DevelopmentPlans.Where(DevelopmentPlan.VisibleTo(staffId, ReadsAll(granted))).Select(p => p.Id);
    }

    /// <summary>Reviewers and ViewAll read every plan of the school (the plan pages use the same mapping).</summary>
    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.Review)
            || granted.Contains(KemelSchoolPDPermissions.DevelopmentPlans.ViewAll);
}
