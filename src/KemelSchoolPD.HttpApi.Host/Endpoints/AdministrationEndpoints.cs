using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's audit log and its roles' permissions.</summary>
public static class AdministrationEndpoints
{
    public static void MapAdministrationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/audit-logs", GetAuditLogsAsync).WithTags("AuditLogs").RequirePermission(KemelSchoolPDPermissions.AuditLogs.Default);

        var roles = api.MapGroup("/identity/roles").WithTags("Roles");
        roles.MapGet("/", GetRolesAsync).RequirePermission(KemelSchoolPDPermissions.Roles.Default);
        roles.MapGet("/{id}/permissions", GetPermissionsAsync).RequirePermission(KemelSchoolPDPermissions.Roles.Default);
        roles.MapPut("/{id}/permissions", UpdatePermissionsAsync).RequirePermission(KemelSchoolPDPermissions.Roles.ManagePermissions);
    }

    private static async Task<Ok<PagedResultDto<AuditLogDto>>> GetAuditLogsAsync([AsParameters] GetAuditLogListInput input, AuditLogAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<IReadOnlyList<RoleDto>>> GetRolesAsync(RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(ct));

    private static async Task<Ok<IReadOnlyList<PermissionGrantDto>>> GetPermissionsAsync(Guid id, RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetPermissionsAsync(id, ct));

    private static async Task<NoContent> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, RoleAppService service, CancellationToken ct)
    {
        await service.UpdatePermissionsAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
