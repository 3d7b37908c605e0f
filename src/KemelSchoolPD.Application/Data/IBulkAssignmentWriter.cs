using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Data;

/// <summary>
/// The staff members of the current school an assignment is for: the active ones (not archived, not deleted), optionally only
/// one level or one methodological association, optionally without one person (a reviewer does not get a sheet they review).
/// </summary>
public sealed record AssignmentStaffScope(
    QualificationCategory? Category = null,
    Guid? MethodologicalAssociationId = null,
    Guid? ExceptStaffMemberId = null);

/// <summary>How many staff members the scope held and how many of them got a new record (the others already had one).</summary>
public sealed record BulkAssignmentResult(int Eligible, int Created);

/// <summary>
/// Creates one record per staff member in one set-based statement (INSERT … SELECT over the staff, skipping who already has one
/// for the year), with no per-row work in .NET: assignments to a whole school of 10,000 teachers. The unique index on
/// (school, year, teacher) keeps it idempotent when two run at once. Runs in the caller's transaction, if any. The SQL of each
/// database provider lives in the EntityFrameworkCore layer.
/// </summary>
public interface IBulkAssignmentWriter
{
    /// <summary>A draft development plan of <paramref name="templateId"/> for the year, its rows left to the template (read on first
    /// use).</summary>
    Task<BulkAssignmentResult> InsertMissingDevelopmentPlansAsync(
        Guid tenantId,
        AssignmentStaffScope scope,
        int academicYear,
        Guid templateId,
        DateTime now,
        Guid? creatorId,
        CancellationToken ct);

    /// <summary>
    /// A route sheet for the year made from each staff member's level's template in <paramref name="templatesByLevel"/> (staff of
    /// a level without a template are left out), its texts and rows taken from the template on first use.
    /// </summary>
    Task<BulkAssignmentResult> InsertMissingRouteSheetsAsync(Guid tenantId, AssignmentStaffScope scope, int academicYear,
        IReadOnlyCollection<RouteSheetTemplateInfo> templatesByLevel, Guid? reviewerStaffMemberId, RouteSheetPeriodKind periodKind,
        DateTime now, Guid? creatorId, CancellationToken ct);
}
