using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.LessonStudy;

/// <summary>
/// Lesson Study's read rule for the current caller, in one place for every path to its data (pages, the audit log, "my work",
/// documents): with ViewAll every group of the school; otherwise the groups one is a member of. Rounds and notes are read by
/// whoever reads their group.
/// </summary>
public sealed class LessonStudyReadAccess(IKemelSchoolPDDbContext db, CurrentStaffMember currentStaff, IPermissionChecker permissions)
{
    /// <summary>The caller: their staff record, whether they read every group, and whether they keep the school's library of
    /// practice.</summary>
    public sealed record Caller(Guid? StaffId, bool ViewAll, bool KeepsLibrary = false);

    private Caller? _caller;

    public async Task<Caller> CallerAsync(CancellationToken ct = default)
    {
        if (_caller is not null) return _caller;
        var granted = await permissions.GetGrantedAsync(ct);
        return _caller = new Caller(
            await currentStaff.GetIdAsync(ct),
            ReadsAll(granted),
            granted.Contains(KemelSchoolPDPermissions.PracticeLibrary.Manage));
    }

    public async Task<IQueryable<LessonStudyGroup>> GroupsAsync(CancellationToken ct = default)
    {
        var caller = await CallerAsync(ct);
        return db.LessonStudyGroups.Where(LessonStudyGroup.VisibleTo(caller.StaffId, caller.ViewAll));
    }

    public async Task<IQueryable<ResearchLesson>> LessonsAsync(CancellationToken ct = default)
    {
        var groups = await GroupsAsync(ct);
        return db.ResearchLessons.Where(l => groups.Any(g => g.Id == l.GroupId));
    }

    public async Task<IQueryable<ResearchLessonNote>> NotesAsync(CancellationToken ct = default)
    {
        var groups = await GroupsAsync(ct);
        return db.ResearchLessonNotes.Where(n => groups.Any(g => g.Id == n.GroupId));
    }

    public static bool ReadsAll(IReadOnlySet<string> granted) => granted.Contains(KemelSchoolPDPermissions.LessonStudy.ViewAll);
}
