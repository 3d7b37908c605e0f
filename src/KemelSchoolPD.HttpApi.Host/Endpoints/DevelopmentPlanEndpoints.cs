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
        const string Templates = KemelSchoolPDPermissions.DevelopmentPlans.Templates;
        var group = api.MapGroup("/app/development-plans").WithTags("DevelopmentPlans");

        group.MapGet("/templates", GetTemplateListAsync).WithName("getPlanTemplateList").RequirePermission(Own);
        group.MapGet("/templates/{id:guid}", (Guid id, PlanTemplateAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getPlanTemplate").RequirePermission(Own);
        group.MapPost("/templates", CreateTemplateAsync).WithName("createPlanTemplate").RequirePermission(Templates);
        group.MapPut(
            "/templates/{id:guid}",
            (Guid id, UpdatePlanTemplateDto input, PlanTemplateAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updatePlanTemplate").RequirePermission(Templates);
        group.MapDelete("/templates/{id:guid}", DeleteTemplateAsync).WithName("deletePlanTemplate").RequirePermission(Templates);

        group.MapPost(
            "/assignments",
            (AssignDevelopmentPlansDto input, PlanAssignmentAppService s, CancellationToken ct) => s.AssignAsync(input, ct))
            .WithName("assignDevelopmentPlans").RequirePermission(KemelSchoolPDPermissions.DevelopmentPlans.Assign);

        group.MapGet("/", GetListAsync).WithName("getDevelopmentPlanList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getDevelopmentPlan").RequirePermission(Own);
        group.MapPost("/", CreateAsync).WithName("createDevelopmentPlan").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}",
            (Guid id, UpdateDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateDevelopmentPlan").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/submit",
            (Guid id, DevelopmentPlanActionDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.SubmitAsync(id, input, ct))
            .WithName("submitDevelopmentPlan").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/return",
            (Guid id, ReturnDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.ReturnAsync(id, input, ct))
            .WithName("returnDevelopmentPlan").RequirePermission(Review);
        group.MapPost(
            "/{id:guid}/agree",
            (Guid id, DevelopmentPlanActionDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.AgreeAsync(id, input, ct))
            .WithName("agreeDevelopmentPlan").RequirePermission(Review);
        group.MapPost(
            "/{id:guid}/reopen",
            (Guid id, ReopenDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.ReopenAsync(id, input, ct))
            .WithName("reopenDevelopmentPlan").RequirePermission(Review);
        group.MapPost("/{id:guid}/progress",
                (Guid id, RecordPlanProgressDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.RecordProgressAsync(
                    id,
                    input,
                    ct))
            .WithName("recordDevelopmentPlanProgress").RequirePermission(Own);
        group.MapPost("/{id:guid}/complete",
                (Guid id, CompleteDevelopmentPlanDto input, DevelopmentPlanAppService s, CancellationToken ct) => s.CompleteAsync(
                    id,
                    input,
                    ct))
            .WithName("completeDevelopmentPlan").RequirePermission(Own);
        group.MapGet("/{id:guid}/versions", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetVersionsAsync(id, ct))
            .WithName("getDevelopmentPlanVersions").RequirePermission(Own);
        group.MapGet("/{id:guid}/versions/{versionId:guid}",
                (Guid id, Guid versionId, DevelopmentPlanAppService s, CancellationToken ct) => s.GetVersionAsync(id, versionId, ct))
            .WithName("getDevelopmentPlanVersion").RequirePermission(Own);
        group.MapGet("/{id:guid}/reviews", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetReviewsAsync(id, ct))
            .WithName("getDevelopmentPlanReviews").RequirePermission(Own);
        group.MapGet(
            "/{id:guid}/changes",
            (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetChangesSinceLastReviewAsync(id, ct))
            .WithName("getDevelopmentPlanChanges").RequirePermission(Own);
        group.MapGet("/{id:guid}/comments", (Guid id, DevelopmentPlanAppService s, CancellationToken ct) => s.GetCommentsAsync(id, ct))
            .WithName("getDevelopmentPlanComments").RequirePermission(Own);
        group.MapPost("/{id:guid}/comments", AddCommentAsync).WithName("addDevelopmentPlanComment").RequirePermission(Own);
        group.MapGet("/{id:guid}/document", GetDocumentAsync).WithName("getDevelopmentPlanDocument").RequirePermission(Own);
    }

    private static async Task<Ok<PagedResultDto<DevelopmentPlanListItemDto>>> GetListAsync(
        [AsParameters] GetDevelopmentPlanListInput input, DevelopmentPlanAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<PagedResultDto<PlanTemplateDto>>> GetTemplateListAsync(
        [AsParameters] GetPlanTemplateListInput input, PlanTemplateAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<DevelopmentPlanDto>> CreateAsync(
        CreateDevelopmentPlanDto input,
        DevelopmentPlanAppService service,
        CancellationToken ct)
    {
        var plan = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/development-plans/{plan.Id}", plan);
    }

    private static async Task<Created<PlanCommentDto>> AddCommentAsync(
        Guid id,
        CreatePlanCommentDto input,
        DevelopmentPlanAppService service,
        CancellationToken ct)
    {
        var comment = await service.AddCommentAsync(id, input, ct);
        return TypedResults.Created($"/api/app/development-plans/{id}/comments", comment);
    }

    private static async Task<Created<PlanTemplateDto>> CreateTemplateAsync(
        CreatePlanTemplateDto input,
        PlanTemplateAppService service,
        CancellationToken ct)
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
    private static async Task<FileContentHttpResult> GetDocumentAsync(
        Guid id,
        string? culture,
        DevelopmentPlanDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
