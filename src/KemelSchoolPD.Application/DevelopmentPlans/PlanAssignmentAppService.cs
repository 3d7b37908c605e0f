using System.Globalization;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.DevelopmentPlans;

/// <summary>
/// Gives a whole set of teachers (everyone, a category or a methodological association) a draft plan of one template for one
/// year, in one request and one transaction. Set-based (one INSERT … SELECT … WHERE NOT EXISTS) so 10,000 teachers take well
/// under two seconds, and idempotent: a teacher who already has a plan for that year is skipped, and the unique index on
/// (school, teacher, year) keeps it so even when two assignments run at once. One audit entry records the bulk action.
/// </summary>
public sealed class PlanAssignmentAppService(
    IKemelSchoolPDDbContext db,
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
        var (filterSql, filterValue) = await ScopeAsync(input, ct);
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;
        var now = clock.GetUtcNow().UtcDateTime;

        var eligible = db.StaffMembers.Where(s => !s.IsArchived)
            .WhereIf(input.Scope == PlanAssignmentScope.Category, s => s.Category == input.Category)
            .WhereIf(input.Scope == PlanAssignmentScope.MethodologicalAssociation, s => s.MethodologicalAssociationId == input.MethodologicalAssociationId);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var total = await eligible.CountAsync(ct);
        var parameters = new List<object>
        {
            Value(tenantId, postgres), input.AcademicYear, Value(template.Id, postgres), (int)DevelopmentPlanStatus.Draft,
            PlanContentJson.Serialize(new PlanContent()), // the template's rows appear on first read (DevelopmentPlan.ContentWithTemplateRows)
            postgres ? now : now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        };
        if (filterValue is not null) parameters.Add(filterValue);
        var creator = currentUser.Id is { } userId ? (postgres ? $"'{userId}'::uuid" : $"'{userId.ToString().ToUpperInvariant()}'") : "NULL";
        var sql = $$"""
            INSERT INTO "DevelopmentPlans" ("Id", "TenantId", "TeacherStaffMemberId", "AcademicYear", "TemplateId", "Status", "Content", "Revision",
                "ConcurrencyStamp", "CreationTime", "CreatorId", "IsDeleted")
            SELECT {{(postgres ? PostgresNewId : SqliteNewId)}}, s."TenantId", s."Id", {1}, {2}, {3}, {4}, 0,
                {{(postgres ? PostgresNewStamp : SqliteNewStamp)}}, {5}, {{creator}}, {{(postgres ? "FALSE" : "0")}}
            FROM "StaffMembers" AS s
            WHERE s."TenantId" = {0} AND NOT s."IsArchived" AND NOT s."IsDeleted" {{filterSql}}
            ON CONFLICT DO NOTHING
            """;
        var created = await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);

        db.AuditLogs.Add(new AuditLog(tenantId, now, currentUser.Id, currentUser.UserName, AuditEntityType, template.Id.ToString(),
            Auditing.EntityChangeType.Created,
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

    /// <summary>The extra WHERE of the scope and its parameter ({6}); a scope without its value, or an unknown association, is a 400.</summary>
    private async Task<(string Sql, object? Value)> ScopeAsync(AssignDevelopmentPlansDto input, CancellationToken ct)
    {
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;
        switch (input.Scope)
        {
            case PlanAssignmentScope.Category:
                if (input.Category is not { } category)
                    throw new InputValidationException(nameof(input.Category), KemelSchoolPDErrorCodes.DevelopmentPlans.ScopeValueRequired);
                return ("AND s.\"Category\" = {6}", (int)category);
            case PlanAssignmentScope.MethodologicalAssociation:
                if (input.MethodologicalAssociationId is not { } associationId || !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
                    throw new InputValidationException(nameof(input.MethodologicalAssociationId), KemelSchoolPDErrorCodes.DevelopmentPlans.ScopeValueRequired);
                return ("AND s.\"MethodologicalAssociationId\" = {6}", Value(associationId, postgres));
            default:
                return ("", null);
        }
    }

    /// <summary>SQLite keeps ids as upper-case text (as EF writes them); PostgreSQL as uuid.</summary>
    private static object Value(Guid id, bool postgres) => postgres ? id : id.ToString().ToUpperInvariant();

    private const string PostgresNewId = "gen_random_uuid()";
    private const string PostgresNewStamp = "replace(gen_random_uuid()::text, '-', '')";
    private const string SqliteNewId =
        "upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || " +
        "substr('89AB', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))";
    private const string SqliteNewStamp = "lower(hex(randomblob(16)))";
}
