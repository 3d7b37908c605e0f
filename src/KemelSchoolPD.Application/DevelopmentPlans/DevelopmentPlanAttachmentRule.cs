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

/// <summary>
/// The files a plan uses: those its evidence names, now or in any kept version or review of it (the history and "changes since
/// the last review" show that evidence, so a file of an agreed version stays after the teacher replaced it). A file uploaded for
/// evidence that no save kept is used by nothing, and the daily cleanup removes it after the grace period.
/// </summary>
public sealed class DevelopmentPlanAttachmentUse(IKemelSchoolPDDbContext db) : IAttachmentUse
{
    public string OwnerType => nameof(DevelopmentPlan);

    public async Task<IReadOnlySet<Guid>> UsedAsync(IReadOnlyCollection<Guid> ownerIds, CancellationToken ct = default)
    {
        var used = new HashSet<Guid>();
        await foreach (var content in db.DevelopmentPlans.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).Select(p => p.Content)
                           .AsAsyncEnumerable().WithCancellation(ct))
            used.UnionWith(PlanContentRules.FileIds(content));
        // Snapshots are read one at a time: a plan may keep many versions.
        var snapshots = db.DevelopmentPlanVersions.Where(v => ownerIds.Contains(v.PlanId)).Select(v => v.Snapshot)
            .Concat(db.DevelopmentPlanReviews.Where(r => ownerIds.Contains(r.PlanId)).Select(r => r.Snapshot));
        await foreach (var snapshot in snapshots.AsAsyncEnumerable().WithCancellation(ct))
            used.UnionWith(PlanContentRules.FileIds(PlanContentJson.Deserialize(snapshot)));
        return used;
    }
}
