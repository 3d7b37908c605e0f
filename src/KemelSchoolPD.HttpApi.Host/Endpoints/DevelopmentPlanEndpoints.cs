using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class DevelopmentPlanEndpoints
{
    public static void MapDevelopmentPlanEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.DevelopmentPlans.Default;
        const string Review = KemelSchoolPDPermissions.DevelopmentPlans.Review;
        var group = api.MapGroup("/app/development-plans").WithTags("DevelopmentPlans");

        group.MapGet("/templates", (PlanTemplateAppService s, CancellationToken ct) => s.GetListAsync(ct)).RequirePermission(Own);
        group.MapGet("/templates/{id}", (Guid id, PlanTemplateAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/templates", CreateTemplateAsync).RequirePermission(KemelSchoolPDPermissions.DevelopmentPlans.Templates);
        group.MapPut("/templates/{id}", (Guid id, UpdatePlanTemplateDto input, PlanTemplateAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.DevelopmentPlans.Templates);
        group.MapDelete("/templates/{id}", DeleteTemplateAsync).RequirePermission(KemelSchoolPDPermissions.DevelopmentPlans.Templates);

        group.MapPost("/assignments", (AssignDevelopmentPlansDto input, PlanAssignmentAppService s, CancellationToken ct) => s.AssignAsync(input, ct))
            .RequirePermission(KemelSchoolPDPermissions.DevelopmentPlans.Assign);

        group.MapGet("/", GetListAsync).RequirePermission(Own);
        group.MapGet("/{id}", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/", CreateAsync).RequirePermission(Own);
        group.MapPut("/{id}", (Guid id, UpdateDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/submit", (Guid id, DevelopmentPlanActionDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.SubmitAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/return", (Guid id, ReturnDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.ReturnAsync(id, input, ct))
            .RequirePermission(Review);
        group.MapPost("/{id}/agree", (Guid id, DevelopmentPlanActionDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.AgreeAsync(id, input, ct))
            .RequirePermission(Review);
        group.MapPost("/{id}/reopen", (Guid id, ReopenDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.ReopenAsync(id, input, ct))
            .RequirePermission(Review);
        group.MapPost("/{id}/progress", (Guid id, RecordPlanProgressDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.RecordProgressAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapPost("/{id}/complete", (Guid id, CompleteDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.CompleteAsync(id, input, ct))
            .RequirePermission(Own);
        group.MapGet("/{id}/versions", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetVersionsAsync(id, ct)).RequirePermission(Own);
        group.MapGet("/{id}/versions/{versionId}", (Guid id, Guid versionId, DevelopmentPlanAppService s, CancellationToken ct) => s.GetVersionAsync(id, versionId, ct))
            .RequirePermission(Own);
        group.MapGet("/{id}/reviews", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetReviewsAsync(id, ct)).RequirePermission(Own);
        group.MapGet("/{id}/changes", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetChangesSinceLastReviewAsync(id, ct)).RequirePermission(Own);
        group.MapGet("/{id}/comments", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetCommentsAsync(id, ct)).RequirePermission(Own);
        group.MapPost("/{id}/comments", AddCommentAsync).RequirePermission(Own);
        group.MapGet("/{id}/document", GetDocumentAsync).RequirePermission(Own);
    }

    private static async Task<Ok<PagedResultDto<DevelopmentPlanListItemDto>>> GetListAsync(
        [AsParameters] GetDevelopmentPlanListInput input, DevelopmentPlanAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<DevelopmentPlanDto>> CreateAsync(CreateDevelopmentPlanDto input, DevelopmentPlanAppService service, CancellationToken ct)
    {
        var plan = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/development-plans/{plan.Id}", plan);
    }

    private static async Task<Created<PlanCommentDto>> AddCommentAsync(Guid id, CreatePlanCommentDto input, DevelopmentPlanAppService service, CancellationToken ct)
    {
        var comment = await service.AddCommentAsync(id, input, ct);
        return TypedResults.Created($"/api/app/development-plans/{id}/comments", comment);
    }

    private static async Task<Created<PlanTemplateDto>> CreateTemplateAsync(CreatePlanTemplateDto input, PlanTemplateAppService service, CancellationToken ct)
    {
        var template = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/development-plans/templates/{template.Id}", template);
    }

    private static async Task<NoContent> DeleteTemplateAsync(Guid id, PlanTemplateAppService service, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The plan as a Word document (Table 17 or 18 form) in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(Guid id, string? culture, DevelopmentPlanDocumentService documents, CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
