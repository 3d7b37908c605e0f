using System.Globalization;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// Gives a whole set of teachers (everyone, a category or a methodological association) a draft plan of one template for one
/// year, in one request and one transaction: one set-based INSERT … SELECT (<see cref="IBulkAssignmentWriter"/>), so 10,000
/// teachers take a fraction of a second, and idempotent: a teacher who already has a plan for that year is skipped, and the
/// unique index on (school, year, teacher) keeps it so even when two assignments run at once. One audit entry records the
/// bulk action.
/// </summary>
public sealed class PlanAssignmentAppService(
    IKemelSchoolPDDbContext db,
    IBulkAssignmentWriter writer,
    PlanTemplateAppService templates,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public const string AuditEntityType = "DevelopmentPlanAssignment";

    public async Task<PlanAssignmentResultDto> AssignAsync(AssignDevelopmentPlansDto input, CancellationToken ct = default)
    {
        var tenantId = currentTenant.Id ?? throw new ForbiddenException();
        var template = await templates.ResolveAsync(input.TemplateId, ct);
        var scope = await ScopeAsync(input, ct);
        var now = clock.GetUtcNow().UtcDateTime;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (total, created) = await writer.InsertMissingDevelopmentPlansAsync(
            tenantId,
            scope,
            input.AcademicYear,
            template.Id,
            now,
            currentUser.Id,
            ct);

        db.AuditLogs.Add(new AuditLog(tenantId, now, currentUser.Id, currentUser.UserName, AuditEntityType, template.Id.ToString(),
            EntityChangeType.Created,
        [
            new AuditPropertyChange(nameof(input.AcademicYear), null, input.AcademicYear.ToString(CultureInfo.InvariantCulture)),
            new AuditPropertyChange(nameof(input.Scope), null, input.Scope + (input.Scope switch
            {
                PlanAssignmentScope.Category => ":" + input.Category,
                PlanAssignmentScope.MethodologicalAssociation => ":" + input.MethodologicalAssociationId,
                _ => "",
            })),
            new AuditPropertyChange("Created", null, created.ToString(CultureInfo.InvariantCulture)),
            new AuditPropertyChange("Skipped", null, (total - created).ToString(CultureInfo.InvariantCulture)),
        ]));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new PlanAssignmentResultDto(created, total - created);
    }

    /// <summary>Whom the assignment is for; a scope without its value, or an unknown association, is a 400.</summary>
    private async Task<AssignmentStaffScope> ScopeAsync(AssignDevelopmentPlansDto input, CancellationToken ct)
    {
        switch (input.Scope)
        {
            case PlanAssignmentScope.Category:
                if (input.Category is not { } category)
                    throw new InputValidationException(nameof(input.Category), KemelSchoolPDErrorCodes.DevelopmentPlans.ScopeValueRequired);
                return new AssignmentStaffScope(Category: category);
            case PlanAssignmentScope.MethodologicalAssociation:
                if (input.MethodologicalAssociationId is not { } associationId
                    || !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
                    throw new InputValidationException(
                        nameof(input.MethodologicalAssociationId),
                        KemelSchoolPDErrorCodes.DevelopmentPlans.ScopeValueRequired);
                return new AssignmentStaffScope(MethodologicalAssociationId: associationId);
            default:
                return new AssignmentStaffScope();
        }
    }
}
