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
        var group = api.MapGroup("/methodological-associations").WithTags("MethodologicalAssociations");
        group.MapGet("/", GetListAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Default);
        group.MapGet("/{id}", GetAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Default);
        group.MapPost("/", CreateAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Manage);
        group.MapPut("/{id}", UpdateAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Manage);
        group.MapDelete("/{id}", DeleteAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Manage);
        group.MapPost("/{id}/members", AddMembersAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Manage);
        group.MapDelete("/{id}/members/{staffMemberId}", RemoveMemberAsync).RequirePermission(KemelSchoolPDPermissions.MethodologicalAssociations.Manage);
    }

    private static async Task<Ok<PagedResultDto<MethodologicalAssociationListItemDto>>> GetListAsync(
        [AsParameters] GetMethodologicalAssociationListInput input, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<MethodologicalAssociationDto>> GetAsync(Guid id, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<MethodologicalAssociationDto>> CreateAsync(CreateMethodologicalAssociationDto input, MethodologicalAssociationAppService service, CancellationToken ct)
    {
        var association = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/methodological-associations/{association.Id}", association);
    }

    private static async Task<Ok<MethodologicalAssociationDto>> UpdateAsync(Guid id, UpdateMethodologicalAssociationDto input, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, MethodologicalAssociationAppService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<MethodologicalAssociationDto>> AddMembersAsync(Guid id, AddAssociationMembersDto input, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.AddMembersAsync(id, input, ct));

    private static async Task<Ok<MethodologicalAssociationDto>> RemoveMemberAsync(Guid id, Guid staffMemberId, MethodologicalAssociationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.RemoveMemberAsync(id, staffMemberId, ct));
}
