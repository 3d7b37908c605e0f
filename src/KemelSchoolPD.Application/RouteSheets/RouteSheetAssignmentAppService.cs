using System.Globalization;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// Gives a whole set of teachers (everyone, a category or a methodological association) their route sheet for a year in one
/// request and one transaction: one set-based INSERT … SELECT for all levels, each teacher's sheet made from their level's
/// active template (<see cref="IBulkAssignmentWriter"/>), its texts and rows left to be taken from the template on first use
/// (<see cref="RouteSheet.HasTemplateContent"/>), so 10,000 teachers take a fraction of a second. Idempotent: the unique index on
/// (school, year, teacher) skips a teacher who already has a sheet, even when two assignments run at once. One audit entry
/// records the bulk action.
/// </summary>
public sealed class RouteSheetAssignmentAppService(
    IKemelSchoolPDDbContext db,
    IBulkAssignmentWriter writer,
    RouteSheetTemplateAppService templates,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public const string AuditEntityType = "RouteSheetAssignment";

    public async Task<RouteSheetAssignmentResultDto> AssignAsync(AssignRouteSheetsDto input, CancellationToken ct = default)
    {
        var tenantId = currentTenant.Id ?? throw new ForbiddenException();
        var scope = await ScopeAsync(input, ct);
        if (input.ReviewerStaffMemberId is { } reviewerId && !await db.StaffMembers.AnyAsync(s => s.Id == reviewerId && !s.IsArchived, ct))
            throw new InputValidationException(
                nameof(input.ReviewerStaffMemberId),
                KemelSchoolPDErrorCodes.RouteSheets.ReviewerMustBeActiveStaff);
        var now = clock.GetUtcNow().UtcDateTime;
        var levels = await templates.ActiveAsync(scope.Category is { } category ? [category] : Enum.GetValues<QualificationCategory>(), ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (total, created) = await writer.InsertMissingRouteSheetsAsync(
            tenantId,
            scope,
            input.AcademicYear,
            levels,
            input.ReviewerStaffMemberId,
            input.PeriodKind,
            now,
            currentUser.Id,
            ct);

        db.AuditLogs.Add(new AuditLog(tenantId, now, currentUser.Id, currentUser.UserName, AuditEntityType, input.AcademicYear
            .ToString(CultureInfo.InvariantCulture),
            EntityChangeType.Created,
        [
            new AuditPropertyChange(nameof(input.Scope), null, input.Scope + (input.Scope switch
            {
                RouteSheetAssignmentScope.Category => ":" + input.Category,
                RouteSheetAssignmentScope.MethodologicalAssociation => ":" + input.MethodologicalAssociationId,
                _ => "",
            })),
            new AuditPropertyChange("Created", null, created.ToString(CultureInfo.InvariantCulture)),
            new AuditPropertyChange("Skipped", null, (total - created).ToString(CultureInfo.InvariantCulture)),
        ]));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new RouteSheetAssignmentResultDto(created, total - created);
    }

    /// <summary>Whom the sheets are for (the reviewer does not get a sheet reviewed by themself); a scope without its value, or an unknown
    /// association, is a 400.</summary>
    private async Task<AssignmentStaffScope> ScopeAsync(AssignRouteSheetsDto input, CancellationToken ct)
    {
        switch (input.Scope)
        {
            case RouteSheetAssignmentScope.Category:
                if (input.Category is not { } category || !Enum.IsDefined(category))
                    throw new InputValidationException(nameof(input.Category), KemelSchoolPDErrorCodes.RouteSheets.ScopeValueRequired);
                return new AssignmentStaffScope(Category: category, ExceptStaffMemberId: input.ReviewerStaffMemberId);
            case RouteSheetAssignmentScope.MethodologicalAssociation:
                if (input.MethodologicalAssociationId is not { } associationId
                    || !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
                    throw new InputValidationException(
                        nameof(input.MethodologicalAssociationId),
                        KemelSchoolPDErrorCodes.RouteSheets.ScopeValueRequired);
                return new AssignmentStaffScope(
                    MethodologicalAssociationId: associationId,
                    ExceptStaffMemberId: input.ReviewerStaffMemberId);
            default:
                return new AssignmentStaffScope(ExceptStaffMemberId: input.ReviewerStaffMemberId);
        }
    }
}
