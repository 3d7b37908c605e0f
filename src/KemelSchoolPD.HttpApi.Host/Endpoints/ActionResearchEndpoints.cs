using KemelSchoolPD.ActionResearch;
using KemelSchoolPD.Documents;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class ActionResearchEndpoints
{
    public static void MapActionResearchEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.ActionResearch.Default;
        var group = api.MapGroup("/app/action-research").WithTags("ActionResearch");

        group.MapGet("/", ([AsParameters] GetActionResearchProjectListInput input, ActionResearchAppService s, CancellationToken ct) => s
            .GetListAsync(input, ct))
            .WithName("getActionResearchProjectList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, ActionResearchAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getActionResearchProject").RequirePermission(Own);
        group.MapPost("/", CreateAsync).WithName("createActionResearchProject").RequirePermission(Own);
        group.MapPut("/{id:guid}", (Guid id, UpdateActionResearchProjectDto input, ActionResearchAppService s, CancellationToken ct) => s
            .UpdateAsync(id, input, ct))
            .WithName("updateActionResearchProject").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}/research-plan",
            (Guid id, LinkActionResearchPlanDto input, ActionResearchAppService s, CancellationToken ct) =>
                s.LinkResearchPlanAsync(id, input, ct))
            .WithName("linkActionResearchPlan").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}/members",
            (Guid id, SetActionResearchMembersDto input, ActionResearchAppService s, CancellationToken ct) =>
                s.SetMembersAsync(id, input, ct))
            .WithName("setActionResearchMembers").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}/consent",
            (Guid id, SetActionResearchConsentDto input, ActionResearchAppService s, CancellationToken ct) =>
                s.SetConsentAsync(id, input, ct))
            .WithName("setActionResearchConsent").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/publish",
            (Guid id, PublishActionResearchDto input, ActionResearchAppService s, CancellationToken ct) => s.PublishAsync(id, input, ct))
            .WithName("publishActionResearchProject").RequirePermission(Own);
        group.MapPost("/{id:guid}/unpublish", (Guid id, ActionResearchAppService s, CancellationToken ct) => s.UnpublishAsync(id, ct))
            .WithName("unpublishActionResearchProject").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/close",
            (Guid id, CloseActionResearchProjectDto input, ActionResearchAppService s, CancellationToken ct) => s.CloseAsync(id, input, ct))
            .WithName("closeActionResearchProject").RequirePermission(Own);
        group.MapGet("/{id:guid}/report", GetReportAsync).WithName("getActionResearchReport").RequirePermission(Own);

        // Cycles: apply → collect → analyse → adjust; finishing opens the next unless solved
        group.MapPut("/{id:guid}/cycles/{cycleId:guid}",
                (Guid id, Guid cycleId, UpdateActionResearchCycleDto input, ActionResearchAppService s, CancellationToken ct) => s
                    .UpdateCycleAsync(id, cycleId, input, ct))
            .WithName("updateActionResearchCycle").RequirePermission(Own);
        group.MapPost("/{id:guid}/cycles/{cycleId:guid}/advance",
                (Guid id, Guid cycleId, AdvanceActionResearchCycleDto input, ActionResearchAppService s, CancellationToken ct) => s
                    .AdvanceCycleAsync(id, cycleId, input, ct))
            .WithName("advanceActionResearchCycle").RequirePermission(Own);
        group.MapPost("/{id:guid}/cycles/{cycleId:guid}/finish",
                (Guid id, Guid cycleId, FinishActionResearchCycleDto input, ActionResearchAppService s, CancellationToken ct) => s
                    .FinishCycleAsync(id, cycleId, input, ct))
            .WithName("finishActionResearchCycle").RequirePermission(Own);
        group.MapPost("/{id:guid}/cycles/{cycleId:guid}/data", AddDataAsync).WithName("addActionResearchData").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}/cycles/{cycleId:guid}/data/{dataId:guid}",
            (Guid id, Guid cycleId, Guid dataId, SaveActionResearchDataItemDto input, ActionResearchAppService s, CancellationToken ct) =>
                s.UpdateDataAsync(id, cycleId, dataId, input, ct))
            .WithName("updateActionResearchData").RequirePermission(Own);
        group.MapDelete("/{id:guid}/cycles/{cycleId:guid}/data/{dataId:guid}", DeleteDataAsync).WithName("deleteActionResearchData")
            .RequirePermission(Own);
        group.MapPost("/{id:guid}/cycles/{cycleId:guid}/evidence",
                (Guid id, Guid cycleId, AttachActionResearchEvidenceDto input, ActionResearchEvidenceService s, CancellationToken ct) => s
                    .AttachAsync(id, cycleId, input, ct))
            .WithName("attachActionResearchEvidence").RequirePermission(Own);
    }

    private static async Task<Created<ActionResearchProjectDto>> CreateAsync(
        CreateActionResearchProjectDto input,
        ActionResearchAppService service,
        CancellationToken ct)
    {
        var project = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/action-research/{project.Id}", project);
    }

    private static async Task<Created<ActionResearchDataItemDto>> AddDataAsync(
        Guid id,
        Guid cycleId,
        SaveActionResearchDataItemDto input,
        ActionResearchAppService service,
        CancellationToken ct)
    {
        var item = await service.AddDataAsync(id, cycleId, input, ct);
        return TypedResults.Created($"/api/app/action-research/{id}/cycles/{cycleId}/data/{item.Id}", item);
    }

    private static async Task<NoContent> DeleteDataAsync(
        Guid id,
        Guid cycleId,
        Guid dataId,
        ActionResearchAppService service,
        CancellationToken ct)
    {
        await service.DeleteDataAsync(id, cycleId, dataId, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The project's report as a Word document in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetReportAsync(
        Guid id,
        string? culture,
        ActionResearchDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
