using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Schools;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Host side: schools (tenants). School side: the school's own profile.</summary>
public static class SchoolEndpoints
{
    public static void MapSchoolEndpoints(this RouteGroupBuilder api)
    {
        var host = api.MapGroup("/host/schools").WithTags("Schools");
        host.MapGet("/", GetListAsync).WithName("getSchoolList").RequirePermission(KemelSchoolPDPermissions.Schools.Default);
        host.MapGet("/{id:guid}", GetAsync).WithName("getSchool").RequirePermission(KemelSchoolPDPermissions.Schools.Default);
        host.MapPost("/", CreateAsync).WithName("createSchool").RequirePermission(KemelSchoolPDPermissions.Schools.Create);
        host.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithName("deactivateSchool")
            .RequirePermission(KemelSchoolPDPermissions.Schools.Deactivate);
        host.MapPost("/{id:guid}/activate", ActivateAsync).WithName("activateSchool")
            .RequirePermission(KemelSchoolPDPermissions.Schools.Deactivate);

        var profile = api.MapGroup("/app/school/profile").WithTags("SchoolProfile");
        profile.MapGet("/", GetProfileAsync).WithName("getSchoolProfile").RequirePermission(KemelSchoolPDPermissions.SchoolProfile.Default);
        profile.MapPut("/", UpdateProfileAsync).WithName("updateSchoolProfile")
            .RequirePermission(KemelSchoolPDPermissions.SchoolProfile.Update);
    }

    private static async Task<Ok<PagedResultDto<SchoolDto>>> GetListAsync(
        [AsParameters] GetSchoolListInput input,
        SchoolAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<SchoolDto>> GetAsync(Guid id, SchoolAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(id, ct));

    private static async Task<Created<SchoolDto>> CreateAsync(CreateSchoolDto input, SchoolAppService service, CancellationToken ct)
    {
        var school = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/host/schools/{school.Id}", school);
    }

    private static async Task<NoContent> DeactivateAsync(Guid id, SchoolAppService service, CancellationToken ct)
    {
        await service.DeactivateAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ActivateAsync(Guid id, SchoolAppService service, CancellationToken ct)
    {
        await service.ActivateAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<SchoolProfileDto>> GetProfileAsync(SchoolProfileAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(ct));

    private static async Task<Ok<SchoolProfileDto>> UpdateProfileAsync(
        UpdateSchoolProfileDto input,
        SchoolProfileAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(input, ct));
}
