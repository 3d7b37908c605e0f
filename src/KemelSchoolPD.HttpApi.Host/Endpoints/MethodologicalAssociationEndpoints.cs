using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class MethodologicalAssociationEndpoints
{
    public static void MapMethodologicalAssociationEndpoints(this RouteGroupBuilder api)
    {
        const string View = KemelSchoolPDPermissions.MethodologicalAssociations.Default;
        const string Manage = KemelSchoolPDPermissions.MethodologicalAssociations.Manage;
        var group = api.MapGroup("/app/methodological-associations").WithTags("MethodologicalAssociations");
        group.MapGet("/", GetListAsync).WithName("getMethodologicalAssociationList").RequirePermission(View);
        group.MapGet("/{id:guid}", GetAsync).WithName("getMethodologicalAssociation").RequirePermission(View);
        group.MapPost("/", CreateAsync).WithName("createMethodologicalAssociation").RequirePermission(Manage);
        group.MapPut("/{id:guid}", UpdateAsync).WithName("updateMethodologicalAssociation").RequirePermission(Manage);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("deleteMethodologicalAssociation").RequirePermission(Manage);
        group.MapPost("/{id:guid}/members", AddMembersAsync).WithName("addMethodologicalAssociationMembers").RequirePermission(Manage);
        group.MapDelete("/{id:guid}/members/{staffMemberId:guid}", RemoveMemberAsync).WithName("removeMethodologicalAssociationMember")
            .RequirePermission(Manage);
    }

    private static async Task<Ok<PagedResultDto<MethodologicalAssociationListItemDto>>> GetListAsync(
        [AsParameters] GetMethodologicalAssociationListInput input, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<MethodologicalAssociationDto>> GetAsync(
        Guid id,
        MethodologicalAssociationAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<MethodologicalAssociationDto>> CreateAsync(
        CreateMethodologicalAssociationDto input,
        MethodologicalAssociationAppService service,
        CancellationToken ct)
    {
        var association = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/methodological-associations/{association.Id}", association);
    }

    private static async Task<Ok<MethodologicalAssociationDto>> UpdateAsync(
        Guid id,
        UpdateMethodologicalAssociationDto input,
        MethodologicalAssociationAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, MethodologicalAssociationAppService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MethodologicalAssociationDto>> AddMembersAsync(
        Guid id,
        AddAssociationMembersDto input,
        MethodologicalAssociationAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.AddMembersAsync(id, input, ct));

    private static async Task<Ok<MethodologicalAssociationDto>> RemoveMemberAsync(
        Guid id,
        Guid staffMemberId,
        MethodologicalAssociationAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.RemoveMemberAsync(id, staffMemberId, ct));
}
