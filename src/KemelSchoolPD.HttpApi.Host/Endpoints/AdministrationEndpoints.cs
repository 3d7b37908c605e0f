using KemelSchoolPD.Auditing;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
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
        roles.MapPost("/", CreateRoleAsync).WithName("CreateRole").RequirePermission(KemelSchoolPDPermissions.Roles.ManagePermissions);
        roles.MapPut("/{id:guid}", RenameRoleAsync).WithName("RenameRole").RequirePermission(KemelSchoolPDPermissions.Roles.ManagePermissions);
        roles.MapDelete("/{id:guid}", DeleteRoleAsync).WithName("DeleteRole").RequirePermission(KemelSchoolPDPermissions.Roles.ManagePermissions);
    }

    private static async Task<Ok<PagedResultDto<AuditLogDto>>> GetAuditLogsAsync([AsParameters] GetAuditLogListInput input, AuditLogAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<IReadOnlyList<RoleDto>>> GetRolesAsync(RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(ct));

    private static async Task<Ok<IReadOnlyList<PermissionGrantDto>>> GetPermissionsAsync(Guid id, RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetPermissionsAsync(id, ct));

    private static async Task<Created<RoleDto>> CreateRoleAsync(CreateRoleDto input, RoleAppService service, CancellationToken ct)
    {
        var role = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/identity/roles/{role.Id}", role);
    }

    private static async Task<Ok<RoleDto>> RenameRoleAsync(Guid id, CreateRoleDto input, RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RenameAsync(id, input, ct));

    private static async Task<NoContent> DeleteRoleAsync(Guid id, RoleAppService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, RoleAppService service, CancellationToken ct)
    {
        await service.UpdatePermissionsAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
