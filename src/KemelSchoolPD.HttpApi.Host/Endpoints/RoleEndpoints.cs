using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's roles and their permissions.</summary>
public static class RoleEndpoints
{
    public static void MapRoleEndpoints(this RouteGroupBuilder api)
    {
        const string View = KemelSchoolPDPermissions.Roles.Default;
        const string Manage = KemelSchoolPDPermissions.Roles.ManagePermissions;
        var roles = api.MapGroup("/identity/roles").WithTags("Roles");
        roles.MapGet("/", GetRolesAsync).WithName("getRoleList").RequirePermission(View);
        roles.MapGet("/{id:guid}/permissions", GetPermissionsAsync).WithName("getRolePermissions").RequirePermission(View);
        roles.MapPut("/{id:guid}/permissions", UpdatePermissionsAsync).WithName("updateRolePermissions").RequirePermission(Manage);
        roles.MapPost("/", CreateRoleAsync).WithName("createRole").RequirePermission(Manage);
        roles.MapPut("/{id:guid}", RenameRoleAsync).WithName("renameRole").RequirePermission(Manage);
        roles.MapDelete("/{id:guid}", DeleteRoleAsync).WithName("deleteRole").RequirePermission(Manage);
    }

    private static async Task<Ok<IReadOnlyList<RoleDto>>> GetRolesAsync(RoleAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(ct));

    private static async Task<Ok<IReadOnlyList<PermissionGrantDto>>> GetPermissionsAsync(
        Guid id,
        RoleAppService service,
        CancellationToken ct) =>
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

    private static async Task<NoContent> UpdatePermissionsAsync(
        Guid id,
        UpdateRolePermissionsDto input,
        RoleAppService service,
        CancellationToken ct)
    {
        await service.UpdatePermissionsAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
