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

        group.MapGet("/templates", (RouteSheetTemplateAppService s, CancellationToken ct) => s.GetListAsync(ct)).RequirePermission(Own);
        group.MapGet("/templates/{id}", (Guid id, RouteSheetTemplateAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(Own);
        group.MapPut("/templates/{id}", (Guid id, UpdateRouteSheetTemplateDto input, RouteSheetTemplateAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(Templates);
        group.MapPost("/templates/{id}/copy", CopyTemplateAsync).RequirePermission(Templates);
        group.MapPost("/templates/{id}/activate", (Guid id, RouteSheetTemplateAppService s, CancellationToken ct) => s.ActivateAsync(id, ct))
            .RequirePermission(Templates);
        group.MapGet("/recommended-activities", ([AsParameters] GetRecommendedActivitiesInput input) => RouteSheetAppService.GetRecommendedActivities(input))
            .RequirePermission(Own);

        group.MapPost("/assignments", (AssignRouteSheetsDto input, RouteSheetAssignmentAppService s, CancellationToken ct) => s.AssignAsync(input, ct))
            .RequirePermission(KemelSchoolPDPermissions.RouteSheets.Assign);

        group.MapGet("/", GetListAsync).RequirePermission(Own);
        group.MapGet("/{id}", (Guid id, RouteSheetAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/", CreateAsync).RequirePermission(Own);
        group.MapPut("/{id}", (Guid id, UpdateRouteSheetSettingsDto input, RouteSheetAppService s, CancellationToken ct) => s.UpdateSettingsAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.RouteSheets.Assign);
        group.MapPost("/{id}/self-assessment", (Guid id, MarkRouteSheetDto input, RouteSheetAppService s, CancellationToken ct) => s.SelfAssessAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/review", (Guid id, MarkRouteSheetDto input, RouteSheetAppService s, CancellationToken ct) => s.ReviewAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.RouteSheets.Review);
        group.MapGet("/{id}/weekly-evaluations", (Guid id, RouteSheetAppService s, CancellationToken ct) => s.GetWeeklyEvaluationsAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/{id}/weekly-evaluations", AddWeeklyEvaluationAsync).RequirePermission(Own);
        group.MapGet("/{id}/document", GetDocumentAsync).RequirePermission(Own);
    }

    private static async Task<Ok<PagedResultDto<RouteSheetListItemDto>>> GetListAsync(
        [AsParameters] GetRouteSheetListInput input, RouteSheetAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<RouteSheetDto>> CreateAsync(CreateRouteSheetDto input, RouteSheetAppService service, CancellationToken ct)
    {
        var sheet = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/route-sheets/{sheet.Id}", sheet);
    }

    private static async Task<Created<RouteSheetTemplateDto>> CopyTemplateAsync(Guid id, RouteSheetTemplateAppService service, CancellationToken ct)
    {
        var copy = await service.CopyAsync(id, ct);
        return TypedResults.Created($"/api/app/route-sheets/templates/{copy.Id}", copy);
    }

    private static async Task<Created<WeeklySelfEvaluationDto>> AddWeeklyEvaluationAsync(Guid id, CreateWeeklySelfEvaluationDto input, RouteSheetAppService service,
        CancellationToken ct)
    {
        var entry = await service.AddWeeklyEvaluationAsync(id, input, ct);
        return TypedResults.Created($"/api/app/route-sheets/{id}/weekly-evaluations", entry);
    }

    /// <summary>The route sheet as a Word document in Kazakh or Russian; <c>period</c> prints one period's marks only.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(Guid id, string? culture, int? period, RouteSheetDocumentService documents, CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, period, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
