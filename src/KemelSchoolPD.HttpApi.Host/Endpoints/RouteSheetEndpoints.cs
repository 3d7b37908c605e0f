using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.RouteSheets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class RouteSheetEndpoints
{
    public static void MapRouteSheetEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.RouteSheets.Default;
        const string Templates = KemelSchoolPDPermissions.RouteSheets.Templates;
        var group = api.MapGroup("/app/route-sheets").WithTags("RouteSheets");

        group.MapGet("/templates", (RouteSheetTemplateAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("getRouteSheetTemplateList").RequirePermission(Own);
        group.MapGet("/templates/{id:guid}", (Guid id, RouteSheetTemplateAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getRouteSheetTemplate").RequirePermission(Own);
        group.MapPut("/templates/{id:guid}",
                (Guid id, UpdateRouteSheetTemplateDto input, RouteSheetTemplateAppService s, CancellationToken ct) => s.UpdateAsync(
                    id,
                    input,
                    ct))
            .WithName("updateRouteSheetTemplate").RequirePermission(Templates);
        group.MapPost("/templates/{id:guid}/copy", CopyTemplateAsync).WithName("copyRouteSheetTemplate").RequirePermission(Templates);
        group.MapPost(
            "/templates/{id:guid}/activate",
            (Guid id, RouteSheetTemplateAppService s, CancellationToken ct) => s.ActivateAsync(id, ct))
            .WithName("activateRouteSheetTemplate").RequirePermission(Templates);
        group.MapGet(
            "/recommended-activities",
            ([AsParameters] GetRecommendedActivitiesInput input) => RouteSheetAppService.GetRecommendedActivities(input))
            .WithName("getRecommendedActivities").RequirePermission(Own);

        group.MapPost(
            "/assignments",
            (AssignRouteSheetsDto input, RouteSheetAssignmentAppService s, CancellationToken ct) => s.AssignAsync(input, ct))
            .WithName("assignRouteSheets").RequirePermission(KemelSchoolPDPermissions.RouteSheets.Assign);

        group.MapGet("/", GetListAsync).WithName("getRouteSheetList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, RouteSheetAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getRouteSheet").RequirePermission(Own);
        group.MapPost("/", CreateAsync).WithName("createRouteSheet").RequirePermission(Own);
        group.MapPut("/{id:guid}", (Guid id, UpdateRouteSheetSettingsDto input, RouteSheetAppService s, CancellationToken ct) => s
            .UpdateSettingsAsync(id, input, ct))
            .WithName("updateRouteSheetSettings").RequirePermission(KemelSchoolPDPermissions.RouteSheets.Assign);
        group.MapPost(
            "/{id:guid}/self-assessment",
            (Guid id, MarkRouteSheetDto input, RouteSheetAppService s, CancellationToken ct) => s.SelfAssessAsync(id, input, ct))
            .WithName("selfAssessRouteSheet").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/review",
            (Guid id, MarkRouteSheetDto input, RouteSheetAppService s, CancellationToken ct) => s.ReviewAsync(id, input, ct))
            .WithName("reviewRouteSheet").RequirePermission(KemelSchoolPDPermissions.RouteSheets.Review);
        group.MapGet(
            "/{id:guid}/weekly-evaluations",
            (Guid id, RouteSheetAppService s, CancellationToken ct) => s.GetWeeklyEvaluationsAsync(id, ct))
            .WithName("getWeeklyEvaluations").RequirePermission(Own);
        group.MapPost("/{id:guid}/weekly-evaluations", AddWeeklyEvaluationAsync).WithName("addWeeklyEvaluation").RequirePermission(Own);
        group.MapGet("/{id:guid}/document", GetDocumentAsync).WithName("getRouteSheetDocument").RequirePermission(Own);
    }

    private static async Task<Ok<PagedResultDto<RouteSheetListItemDto>>> GetListAsync(
        [AsParameters] GetRouteSheetListInput input, RouteSheetAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<RouteSheetDto>> CreateAsync(
        CreateRouteSheetDto input,
        RouteSheetAppService service,
        CancellationToken ct)
    {
        var sheet = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/route-sheets/{sheet.Id}", sheet);
    }

    private static async Task<Created<RouteSheetTemplateDto>> CopyTemplateAsync(
        Guid id,
        RouteSheetTemplateAppService service,
        CancellationToken ct)
    {
        var copy = await service.CopyAsync(id, ct);
        return TypedResults.Created($"/api/app/route-sheets/templates/{copy.Id}", copy);
    }

    private static async Task<Created<WeeklySelfEvaluationDto>> AddWeeklyEvaluationAsync(
        Guid id,
        CreateWeeklySelfEvaluationDto input,
        RouteSheetAppService service,
        CancellationToken ct)
    {
        var entry = await service.AddWeeklyEvaluationAsync(id, input, ct);
        return TypedResults.Created($"/api/app/route-sheets/{id}/weekly-evaluations", entry);
    }

    /// <summary>The route sheet as a Word document in Kazakh or Russian; <c>period</c> prints one period's marks only.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(
        Guid id,
        string? culture,
        int? period,
        RouteSheetDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, period, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
