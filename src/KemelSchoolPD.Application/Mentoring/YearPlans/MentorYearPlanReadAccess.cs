using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// The year plans' read rule for the current caller (<see cref="MentorYearPlan.VisibleTo"/>), in one place for every path to
/// them: the pages, the audit log and the document. With ViewAll or Review every plan of the school; otherwise one's own and,
/// read only, those that concern one as a mentee.
/// </summary>
public sealed class MentorYearPlanReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    public async Task<IQueryable<MentorYearPlan>> PlansAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var granted = await permissions.GetGrantedAsync(ct);
        return db.MentorYearPlans.Where(MentorYearPlan.VisibleTo(staffId, ReadsAll(granted)));
    }

    /// <summary>Reviewers and ViewAll read every mentor's plan of the school.</summary>
    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.MentoringPlans.Review)
            || granted.Contains(KemelSchoolPDPermissions.MentoringPlans.ViewAll);
}

/// <summary>The audit log shows a year plan's entries only to those who may read the plan.</summary>
public sealed class MentorYearPlanAuditReadRule(MentorYearPlanReadAccess access) : IAuditedRecordReadRule
{
    public string EntityType => nameof(MentorYearPlan);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default) => (await access.PlansAsync(ct)).Select(p => p.Id);
}
