using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Sign-in accounts of the school's staff: give them (one or many), roles, invitations, resets, lockouts, deactivation.</summary>
public static class UserEndpoints
{
    public static void MapUserEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/users").WithTags("Users");
        group.MapGet("/", GetListAsync).WithName("getUsers").RequirePermission(KemelSchoolPDPermissions.Users.Default);
        group.MapGet("/proposal/{staffMemberId:guid}", GetProposalAsync).WithName("getUserNameProposal")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapGet("/{id:guid}", GetAsync).WithName("getUser").RequirePermission(KemelSchoolPDPermissions.Users.Default);
        group.MapPost("/", CreateAsync).WithName("createUser").RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/bulk", BulkCreateAsync).WithName("bulkCreateUsers").RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPut("/{id:guid}/roles", UpdateRolesAsync).WithName("updateUserRoles")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/{id:guid}/resend-invitation", ResendInvitationAsync).WithName("resendUserInvitation")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/{id:guid}/reset-password", ResetPasswordAsync).WithName("resetUserPassword")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/{id:guid}/unlock", UnlockAsync).WithName("unlockUser").RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("deactivateUser")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
        group.MapPost("/{id:guid}/reactivate", ReactivateAsync).WithName("reactivateUser")
            .RequirePermission(KemelSchoolPDPermissions.Users.Manage);
    }

    private static async Task<Ok<PagedResultDto<UserDto>>> GetListAsync(
        [AsParameters] GetUserListInput input,
        UserAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<UserNameProposalDto>> GetProposalAsync(Guid staffMemberId, UserAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetProposalAsync(staffMemberId, ct));

    private static async Task<Ok<UserDto>> GetAsync(Guid id, UserAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<CreateUserResultDto>> CreateAsync(CreateUserDto input, UserAppService service, CancellationToken ct)
    {
        var result = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/users/{result.User.Id}", result);
    }

    private static async Task<Ok<BulkCreateUsersResultDto>> BulkCreateAsync(
        BulkCreateUsersDto input,
        UserAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.BulkCreateAsync(input, ct));

    private static async Task<Ok<UserDto>> UpdateRolesAsync(Guid id, UpdateUserRolesDto input, UserAppService service, CancellationToken ct)
        =>
        TypedResults.Ok(await service.UpdateRolesAsync(id, input, ct));

    private static async Task<NoContent> ResendInvitationAsync(Guid id, UserAppService service, CancellationToken ct)
    {
        await service.ResendInvitationAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ResetUserPasswordResultDto>> ResetPasswordAsync(
        Guid id,
        ResetUserPasswordDto input,
        UserAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.ResetPasswordAsync(id, input, ct));

    private static async Task<NoContent> UnlockAsync(Guid id, UserAppService service, CancellationToken ct)
    {
        await service.UnlockAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> DeactivateAsync(Guid id, UserAppService service, CancellationToken ct)
    {
        await service.DeactivateAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReactivateAsync(Guid id, UserAppService service, CancellationToken ct)
    {
        await service.ReactivateAsync(id, ct);
        return TypedResults.NoContent();
    }
}
