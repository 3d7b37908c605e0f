using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.LessonObservations;

/// <summary>The audit log shows an observation's entries only to those who may read the observation.</summary>
public sealed class LessonObservationAuditReadRule(
    IKemelSchoolPDDbContext db,
    CurrentStaffMember currentStaff,
    IPermissionChecker permissions)
    : IAuditedRecordReadRule
{
    public string EntityType => nameof(LessonObservation);

    public async Task<IQueryable<Guid>> ReadableIdsAsync(CancellationToken ct = default)
    {
        var staffId = await currentStaff.GetIdAsync(ct);
        var viewEvaluations = await permissions.IsGrantedAsync(KemelSchoolPDPermissions.LessonObservations.ViewEvaluations, ct);
        return db.LessonObservations.Where(LessonObservation.VisibleTo(staffId, viewEvaluations)).Select(o => o.Id);
    }
}
