using System.Data.Common;
using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KemelSchoolPD.EntityFrameworkCore;

/// <summary>
/// The one place with SQL of a database provider for bulk assignments: one INSERT … SELECT over the school's staff per request,
/// skipping (NOT EXISTS, then ON CONFLICT DO NOTHING against the unique index for concurrent runs) whoever already has a record
/// for the year, soft-deleted ones included as the index does. No per-row work in .NET and none that PostgreSQL can avoid:
/// <list type="bullet">
/// <item>ids are UUIDv7 like the application's own (<see cref="Guid.CreateVersion7()"/>): one per request made in .NET, its last
/// 32 bits replaced by the row number, so there is no random generator per row and the new keys land together in the
/// primary-key index; concurrency stamps are made the same way;</item>
/// <item>who already has a record is found by an anti-join before any value is computed, so a repeated request creates nothing
/// and costs one pass over the staff;</item>
/// <item>on PostgreSQL the eligible count and the insert are one statement (a data-modifying CTE); SQLite runs the two in turn.</item>
/// </list>
/// Values are bound through the EF model's own type mappings (ids as upper-case text on SQLite, uuid on PostgreSQL).
/// </summary>
public sealed class BulkAssignmentWriter(KemelSchoolPDDbContext db) : IBulkAssignmentWriter
{
    private bool Postgres => db.Database.ProviderName?.Contains("Npgsql", StringComparison.OrdinalIgnoreCase) == true;

    public Task<BulkAssignmentResult> InsertMissingDevelopmentPlansAsync(
        Guid tenantId,
        AssignmentStaffScope scope,
        int academicYear,
        Guid templateId,
        DateTime now,
        Guid? creatorId,
        CancellationToken ct)
    {
        var p = new Parameters(db);
        var eligible = Eligible(p, tenantId, scope, levels: null);
        var insert = $"""
            INSERT INTO "DevelopmentPlans" ("Id", "TenantId", "TeacherStaffMemberId", "AcademicYear", "TemplateId", "Status", "Content", "Revision",
                "ConcurrencyStamp", "CreationTime", "CreatorId", "IsDeleted")
            SELECT {NewId(p)}, e."TenantId", e."Id", {p.Add<DevelopmentPlan>(nameof(DevelopmentPlan.AcademicYear), academicYear)},
                {p.Add<DevelopmentPlan>(nameof(DevelopmentPlan.TemplateId), templateId)},
                {p.Add<DevelopmentPlan>(nameof(DevelopmentPlan.Status), DevelopmentPlanStatus.Draft)},
                {p.Add("Content", PlanContentJson.Serialize(new PlanContent()))}, 0, {NewStamp(p)},
                {p.Add<DevelopmentPlan>(nameof(DevelopmentPlan.CreationTime), now)},
                {p.Add<DevelopmentPlan>(nameof(DevelopmentPlan.CreatorId), creatorId)}, {False}
            FROM eligible AS e
            WHERE NOT EXISTS (SELECT 1 FROM "DevelopmentPlans" AS x
                WHERE x."TenantId" = {p.Ref("TenantId")} AND x."TeacherStaffMemberId" = e."Id" AND x."AcademicYear" = {p.Ref("AcademicYear")})
            ON CONFLICT DO NOTHING
            """;
        // The template's rows appear on first read (DevelopmentPlan.ContentWithTemplateRows): the insert stores an empty content.
        return RunAsync(tenantId, eligible, insert, p, ct);
    }

    public Task<BulkAssignmentResult> InsertMissingRouteSheetsAsync(Guid tenantId, AssignmentStaffScope scope, int academicYear,
        IReadOnlyCollection<RouteSheetTemplateInfo> templatesByLevel, Guid? reviewerStaffMemberId, RouteSheetPeriodKind periodKind,
        DateTime now, Guid? creatorId, CancellationToken ct)
    {
        if (templatesByLevel.Count == 0) return Task.FromResult(new BulkAssignmentResult(0, 0));
        var p = new Parameters(db);
        // One row per level: (category, template); the staff are joined to their level's row.
        var levels = string.Join(", ", templatesByLevel.Select((t, i) => "(" + string.Join(", ",
            p.Add<StaffMember>(nameof(StaffMember.Category), t.Category, $"Category{i}"),
            p.Add<RouteSheet>(nameof(RouteSheet.TemplateId), t.Id, $"TemplateId{i}")) + ")"));
        var eligible = Eligible(p, tenantId, scope, levels);
        var insert = $"""
            INSERT INTO "RouteSheets" ("Id", "TenantId", "TeacherStaffMemberId", "AcademicYear", "Category", "TemplateId",
                "ReviewerStaffMemberId", "PeriodKind", "Rows", "ConcurrencyStamp", "CreationTime", "CreatorId", "IsDeleted")
            SELECT {NewId(p)}, e."TenantId", e."Id", {p.Add<RouteSheet>(nameof(RouteSheet.AcademicYear), academicYear)}, e."Category", e.column2,
                {p.Add<RouteSheet>(nameof(RouteSheet.ReviewerStaffMemberId), reviewerStaffMemberId)},
                {p.Add<RouteSheet>(nameof(RouteSheet.PeriodKind), periodKind)},
                {p.Add("Rows", RouteSheetJson.Serialize(new List<RouteSheetRow>()))}, {NewStamp(p)},
                {p.Add<RouteSheet>(nameof(RouteSheet.CreationTime), now)},
                {p.Add<RouteSheet>(nameof(RouteSheet.CreatorId), creatorId)}, {False}
            FROM eligible AS e
            WHERE NOT EXISTS (SELECT 1 FROM "RouteSheets" AS x
                WHERE x."TenantId" = {p.Ref("TenantId")} AND x."TeacherStaffMemberId" = e."Id" AND x."AcademicYear" = {p.Ref("AcademicYear")})
            ON CONFLICT DO NOTHING
            """;
        // The level's texts and rows are taken from the template on first use (RouteSheet.HasTemplateContent): the insert stores none.
        return RunAsync(tenantId, eligible, insert, p, ct);
    }

    /// <summary>"WITH [levels AS (VALUES …),] eligible AS (…)": the scope's active staff (with their level's values when given).</summary>
    private static string Eligible(Parameters p, Guid tenantId, AssignmentStaffScope scope, string? levels)
    {
        var filter = $"""s."TenantId" = {p.Add<StaffMember>(nameof(StaffMember.TenantId), tenantId)} AND NOT s."IsArchived" AND NOT s."IsDeleted" """;
        if (scope
            .Category is { } category) filter += $"""AND s."Category" = {p.Add<StaffMember>(nameof(StaffMember.Category), category)} """;
        if (scope.MethodologicalAssociationId is { } association)
            filter += $"""AND s."MethodologicalAssociationId" = {p.Add<StaffMember>(nameof(StaffMember.MethodologicalAssociationId), association)} """;
        if (scope.ExceptStaffMemberId is { } except) filter
            += $"""AND s."Id" <> {p.Add<StaffMember>(nameof(StaffMember.Id), except, "Except")} """;
        return levels is null
            ? $"""WITH eligible AS (SELECT s."TenantId", s."Id" FROM "StaffMembers" AS s WHERE {filter})"""
            : $"""
               WITH levels AS (VALUES {levels}),
               eligible AS (SELECT s."TenantId", s."Id", s."Category", l.* FROM "StaffMembers" AS s JOIN levels AS l ON l.column1 = s."Category" WHERE {filter})
               """;
    }

    private async Task<BulkAssignmentResult> RunAsync(Guid tenantId, string eligible, string insert, Parameters p, CancellationToken ct)
    {
        var result = await InsertAsync(eligible, insert, p, ct);
        // The rows bypass the save interceptor: the school's change token is renewed here, after they are written.
        if (result.Created > 0)
        {
            var t = new Parameters(db);
            var values = $"{t.Add<SchoolChangeToken>(nameof(SchoolChangeToken.SchoolId), tenantId)}, {t.Add<SchoolChangeToken>(nameof(SchoolChangeToken.Token), Guid.NewGuid())}";
            var upsert = $"""INSERT INTO "SchoolChangeTokens" ("SchoolId", "Token") VALUES ({values}) ON CONFLICT ("SchoolId") DO UPDATE SET "Token" = excluded."Token" """;
            await db.Database.ExecuteSqlRawAsync(upsert, t.Create(), ct);
        }
        return result;
    }

    private async Task<BulkAssignmentResult> InsertAsync(string eligible, string insert, Parameters p, CancellationToken ct)
    {
        if (Postgres)
        {
            // One statement: the data-modifying CTE runs once whatever the outer query reads.
            var sql = $"""
                {eligible},
                created AS ({insert} RETURNING 1)
                SELECT (SELECT count(*) FROM eligible)::int AS "Eligible", (SELECT count(*) FROM created)::int AS "Created"
                """;
            var counts = (await db.Database.SqlQueryRaw<Counts>(sql, p.Create()).ToListAsync(ct)).Single();
            return new BulkAssignmentResult(counts.Eligible, counts.Created);
        }
        // SQLite has no data-modifying CTEs: count, then insert (under the caller's transaction, SQLite's single writer).
        // Only names of parameters are written into the SQL; every value is bound.
        var count = $"""{eligible} SELECT count(*) AS "Value" FROM eligible""";
        var total = (await db.Database.SqlQueryRaw<int>(count, p.Create()).ToListAsync(ct)).Single();
        var both = $"{eligible} {insert}";
        var created = await db.Database.ExecuteSqlRawAsync(both, p.Create(), ct);
        return new BulkAssignmentResult(total, created);
    }

    /// <summary>A UUIDv7 per row: the request's own v7 id with its last 32 bits replaced by the row number (hex).</summary>
    private string NewId(Parameters p)
    {
        var prefix = p.Add("IdPrefix", Guid.CreateVersion7().ToString("D").ToUpperInvariant()[..28]);
        return Postgres
            ? $"({prefix} || lpad(to_hex(row_number() OVER ()), 8, '0'))::uuid"
            : $"{prefix} || printf('%08X', row_number() OVER ())";
    }

    /// <summary>A concurrency stamp per row (32 hex digits like the application's), distinct within and across requests.</summary>
    private string NewStamp(Parameters p)
    {
        var prefix = p.Add("StampPrefix", Guid.NewGuid().ToString("N")[..24]);
        return Postgres ? $"{prefix} || lpad(to_hex(row_number() OVER ()), 8, '0')" : $"{prefix} || printf('%08x', row_number() OVER ())";
    }

    private string False => Postgres ? "FALSE" : "0";

    private sealed class Counts
    {
        public int Eligible { get; set; }
        public int Created { get; set; }
    }

    /// <summary>Named parameters bound through the model's type mappings; created anew for each command that uses them.</summary>
    private sealed class Parameters(KemelSchoolPDDbContext db)
    {
        private readonly List<(string Name, RelationalTypeMapping Mapping, object? Value, bool Nullable)> _all = [];

        public string Add<TEntity>(string property, object? value, string? name = null)
        {
            var p = db.Model.FindEntityType(typeof(TEntity))?.FindProperty(property)
                    ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{property} is not mapped.");
            return Add(name ?? property, p.GetRelationalTypeMapping(), value, p.IsNullable);
        }

        /// <summary>A text value (JSON, id prefixes).</summary>
        public string Add(string name, string value) =>
            Add(name, db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string))!, value, false);

        public string Ref(string name) => "@" + name;

        public DbParameter[] Create()
        {
            using var command = db.Database.GetDbConnection().CreateCommand();
            return _all.Select(x => x.Mapping.CreateParameter(command, x.Name, x.Value, x.Nullable)).ToArray();
        }

        private string Add(string name, RelationalTypeMapping mapping, object? value, bool nullable)
        {
            if (_all.Any(x => x.Name == name)) throw new InvalidOperationException($"Parameter {name} is added twice.");
            _all.Add((name, mapping, value, nullable));
            return "@" + name;
        }
    }
}
