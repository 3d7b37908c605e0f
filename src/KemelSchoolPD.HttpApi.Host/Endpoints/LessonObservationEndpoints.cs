using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.LessonObservations.Documents;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Lesson observations (developmental and evaluation) and the school's observation sheets.</summary>
public static class LessonObservationEndpoints
{
    public static void MapLessonObservationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/lesson-observations").WithTags("LessonObservations");
        const string view = KemelSchoolPDPermissions.LessonObservations.Default;
        const string manageForms = KemelSchoolPDPermissions.LessonObservations.ManageForms;
        group.MapGet("/forms", (ObservationFormAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("getObservationFormList").RequirePermission(view);
        group.MapGet("/forms/{id:guid}", (Guid id, ObservationFormAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getObservationForm").RequirePermission(view);
        group.MapPost("/forms", CreateFormAsync).WithName("createObservationForm").RequirePermission(manageForms);
        group.MapPut(
            "/forms/{id:guid}",
            (Guid id, SaveObservationFormDto input, ObservationFormAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateObservationForm").RequirePermission(manageForms);

        group.MapGet("/", ([AsParameters] GetLessonObservationListInput input, LessonObservationAppService s, CancellationToken ct) => s
            .GetListAsync(input, ct))
            .WithName("getLessonObservationList").RequirePermission(view);
        group.MapGet("/{id:guid}", (Guid id, LessonObservationAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getLessonObservation").RequirePermission(view);
        group.MapGet("/{id:guid}/document", GetDocumentAsync).WithName("getLessonObservationDocument").RequirePermission(view);
        group.MapPost("/", CreateAsync).WithName("createLessonObservation").RequirePermission(view);
        group.MapPut(
            "/{id:guid}",
            (Guid id, UpdateLessonObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.UpdateAsync(
                id,
                input,
                ct))
            .WithName("updateLessonObservation").RequirePermission(view);
        group.MapPost(
            "/{id:guid}/sign",
            (Guid id, ObservationStampDto input, LessonObservationAppService s, CancellationToken ct) => s.SignAsync(id, input, ct))
            .WithName("signLessonObservation").RequirePermission(view);
        group.MapPost(
            "/{id:guid}/reply",
            (Guid id, ReplyToObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ReplyAsync(id, input, ct))
            .WithName("replyToLessonObservation").RequirePermission(view);
        group.MapPut(
            "/{id:guid}/sharing",
            (Guid id, ShareObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ShareAsync(id, input, ct))
            .WithName("shareLessonObservation").RequirePermission(view);
        group.MapPost(
            "/{id:guid}/reopen",
            (Guid id, ReopenObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ReopenAsync(id, input, ct))
            .WithName("reopenLessonObservation").RequirePermission(KemelSchoolPDPermissions.LessonObservations.Reopen);
    }

    /// <summary>The observation sheet as a Word document in Kazakh or Russian, for whoever may read the observation.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(
        Guid id,
        string? culture,
        LessonObservationDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    private static async Task<Created<LessonObservationDto>> CreateAsync(
        CreateLessonObservationDto input,
        LessonObservationAppService service,
        CancellationToken ct)
    {
        var observation = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/lesson-observations/{observation.Id}", observation);
    }

    private static async Task<Created<ObservationFormDto>> CreateFormAsync(
        SaveObservationFormDto input,
        ObservationFormAppService service,
        CancellationToken ct)
    {
        var form = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/lesson-observations/forms/{form.Id}", form);
    }
}
