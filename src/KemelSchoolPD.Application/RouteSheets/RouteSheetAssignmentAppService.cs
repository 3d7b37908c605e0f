using System.Globalization;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.RouteSheets;

/// <summary>
/// Gives a whole set of teachers (everyone, a category or a methodological association) their route sheet for a year in one
/// request and one transaction: one INSERT … SELECT … ON CONFLICT DO NOTHING per level (each level has its own template), the
/// rows left to be taken from the template on first use (<see cref="RouteSheet.HasRows"/>), so 10,000 teachers take well
/// under two seconds. Idempotent: the unique index on (school, teacher, year) skips a teacher who
/// already has a sheet, even when two assignments run at once. One audit entry records the bulk action.
/// </summary>
public sealed class RouteSheetAssignmentAppService(
    IKemelSchoolPDDbContext db,
    RouteSheetTemplateAppService templates,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public const string AuditEntityType = "RouteSheetAssignment";

    public async Task<RouteSheetAssignmentResultDto> AssignAsync(AssignRouteSheetsDto input, CancellationToken ct = default)
    {
        var tenantId = currentTenant.Id ?? throw new ForbiddenException();
        var postgres = db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;
        var (scopeSql, scopeValue) = await ScopeAsync(input, postgres, ct);
        if (input.ReviewerStaffMemberId is { } reviewerId && !await db.StaffMembers.AnyAsync(s => s.Id == reviewerId && !s.IsArchived, ct))
            throw new InputValidationException(nameof(input.ReviewerStaffMemberId), KemelSchoolPDErrorCodes.RouteSheets.ReviewerMustBeActiveStaff);
        var now = clock.GetUtcNow().UtcDateTime;
        var categories = input.Scope == RouteSheetAssignmentScope.Category ? [input.Category!.Value] : Enum.GetValues<QualificationCategory>();

        var eligible = db.StaffMembers.Where(s => !s.IsArchived)
            .WhereIf(input.Scope == RouteSheetAssignmentScope.Category, s => s.Category == input.Category)
            .WhereIf(input.Scope == RouteSheetAssignmentScope.MethodologicalAssociation, s => s.MethodologicalAssociationId == input.MethodologicalAssociationId)
            // The reviewer does not get a sheet reviewed by themself.
            .WhereIf(input.ReviewerStaffMemberId.HasValue, s => s.Id != input.ReviewerStaffMemberId);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var total = await eligible.CountAsync(ct);
        var created = 0;
        var creator = currentUser.Id is { } userId ? (postgres ? $"'{userId}'::uuid" : $"'{userId.ToString().ToUpperInvariant()}'") : "NULL";
        foreach (var category in categories)
        {
            var template = await templates.ActiveAsync(category, ct);
            var parameters = new List<object>
            {
                Value(tenantId, postgres), input.AcademicYear, (int)category, Value(template.Id, postgres),
                template.TitleKk, template.TitleRu, template.StageKk, template.StageRu, template.GoalKk, template.GoalRu,
                (int)input.PeriodKind, RouteSheetJson.Serialize(new List<RouteSheetRow>()), // rows are taken from the template on first use
                postgres ? now : now.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            };
            // Optional parameters are added only when used: {13}, {14} … in the order they come.
            var reviewer = "NULL";
            var reviewerFilter = "";
            if (input.ReviewerStaffMemberId is { } r)
            {
                reviewer = $"{{{parameters.Count}}}";
                reviewerFilter = $"AND s.\"Id\" <> {reviewer}";
                parameters.Add(Value(r, postgres));
            }
            var scopeFilter = "";
            if (scopeValue is not null)
            {
                scopeFilter = string.Format(CultureInfo.InvariantCulture, scopeSql, $"{{{parameters.Count}}}");
                parameters.Add(scopeValue);
            }
            var sql = $$"""
                INSERT INTO "RouteSheets" ("Id", "TenantId", "TeacherStaffMemberId", "AcademicYear", "Category", "TemplateId",
                    "TitleKk", "TitleRu", "StageKk", "StageRu", "GoalKk", "GoalRu", "ReviewerStaffMemberId", "PeriodKind", "Rows",
                    "ConcurrencyStamp", "CreationTime", "CreatorId", "IsDeleted")
                SELECT {{(postgres ? PostgresNewId : SqliteNewId)}}, s."TenantId", s."Id", {1}, {2}, {3},
                    {4}, {5}, {6}, {7}, {8}, {9}, {{reviewer}}, {10}, {11},
                    {{(postgres ? PostgresNewStamp : SqliteNewStamp)}}, {12}, {{creator}}, {{(postgres ? "FALSE" : "0")}}
                FROM "StaffMembers" AS s
                WHERE s."TenantId" = {0} AND s."Category" = {2} AND NOT s."IsArchived" AND NOT s."IsDeleted" {{reviewerFilter}} {{scopeFilter}}
                ON CONFLICT DO NOTHING
                """;
            created += await db.Database.ExecuteSqlRawAsync(sql, parameters, ct);
        }

        db.AuditLogs.Add(new AuditLog(tenantId, now, currentUser.Id, currentUser.UserName, AuditEntityType, input.AcademicYear.ToString(CultureInfo.InvariantCulture),
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

    /// <summary>The scope's extra WHERE and its parameter (its place {0} is filled in by the caller); a scope without its value, or an unknown association, is a 400.</summary>
    private async Task<(string Sql, object? Value)> ScopeAsync(AssignRouteSheetsDto input, bool postgres, CancellationToken ct)
    {
        switch (input.Scope)
        {
            case RouteSheetAssignmentScope.Category:
                if (input.Category is null || !Enum.IsDefined(input.Category.Value))
                    throw new InputValidationException(nameof(input.Category), KemelSchoolPDErrorCodes.RouteSheets.ScopeValueRequired);
                return ("", null); // each level is its own statement already
            case RouteSheetAssignmentScope.MethodologicalAssociation:
                if (input.MethodologicalAssociationId is not { } associationId || !await db.MethodologicalAssociations.AnyAsync(a => a.Id == associationId, ct))
                    throw new InputValidationException(nameof(input.MethodologicalAssociationId), KemelSchoolPDErrorCodes.RouteSheets.ScopeValueRequired);
                return ("AND s.\"MethodologicalAssociationId\" = {0}", Value(associationId, postgres));
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
