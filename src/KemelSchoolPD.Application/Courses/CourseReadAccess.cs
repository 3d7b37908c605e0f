using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Courses;

/// <summary>
/// The courses module's read rules for the current caller, in one place for every path (pages, the audit log, my work,
/// documents, files): the catalogue (the host's entries and the school's own), the ledger and the post-course plans (one's own;
/// with ViewAll or Manage the school's).
/// </summary>
public sealed class CourseReadAccess(
    IKemelSchoolPDDbContext db,
    CurrentStaffMember currentStaff,
    IPermissionChecker permissions,
    ICurrentTenant tenant)
{
    public sealed record Caller(Guid? StaffId, bool ViewAll, IReadOnlySet<string> Granted)
    {
        public bool Has(string permission) => Granted.Contains(permission);

        /// <summary>Who acts for a record (attends, completes, attaches its files): its teacher or, with Courses.Manage, the
        /// school.</summary>
        public bool ActsFor(CourseRecord record) => record.StaffMemberId == StaffId || Has(KemelSchoolPDPermissions.Courses.Manage);
    }

    private Caller? _caller;

    public async Task<Caller> CallerAsync(CancellationToken ct = default)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        var staffId = tenant.Id is null ? null : await currentStaff.GetIdAsync(ct);
        return _caller = new Caller(staffId, ReadsAll(granted), granted);
    }

    public IQueryable<CourseProgramme> Programmes() => db.CourseProgrammes.Where(CourseProgramme.VisibleTo(tenant.Id));

    public async Task<IQueryable<CourseRecord>> RecordsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return db.CourseRecords.Where(CourseRecord.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    public async Task<IQueryable<PostCoursePlan>> PlansAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return db.PostCoursePlans.Where(PostCoursePlan.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.Courses.ViewAll) || granted.Contains(KemelSchoolPDPermissions.Courses.Manage);
}
