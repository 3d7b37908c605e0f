using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Mentoring;

/// <summary>
/// Mentoring's read rule for the current caller, in one place for every path to its data (pages, the audit log, "my work"):
/// with ViewAll or Manage every pair of the school; otherwise the pairs one is mentor or mentee of.
/// </summary>
public sealed class MentoringReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    public sealed record Caller(Guid? StaffId, bool ViewAll, bool Manage);

    private Caller? _caller;

    public async Task<Caller> CallerAsync(CancellationToken ct = default)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(await currentStaff.GetIdAsync(ct), ReadsAll(granted),
            granted.Contains(KemelSchoolPDPermissions.Mentoring.Manage));
    }

    public async Task<IQueryable<MentoringPair>> PairsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return db.MentoringPairs.Where(MentoringPair.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    /// <summary>The meetings of the pairs the caller reads (never their private notes: those are their author's alone).</summary>
    public async Task<IQueryable<MentoringMeeting>> MeetingsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return db.MentoringMeetings.Where(MentoringMeeting.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    /// <summary>Managers and ViewAll read every pair of the school.</summary>
    public static bool ReadsAll(IReadOnlySet<string> granted) =>
        granted.Contains(KemelSchoolPDPermissions.Mentoring.Manage) || granted.Contains(KemelSchoolPDPermissions.Mentoring.ViewAll);
}
