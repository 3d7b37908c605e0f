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
        group.MapGet("/forms", (ObservationFormAppService s, CancellationToken ct) => s.GetListAsync(ct)).RequirePermission(view);
        group.MapGet("/forms/{id}", (Guid id, ObservationFormAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(view);
        group.MapPost("/forms", CreateFormAsync).RequirePermission(KemelSchoolPDPermissions.LessonObservations.ManageForms);
        group.MapPut("/forms/{id}", (Guid id, SaveObservationFormDto input, ObservationFormAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.LessonObservations.ManageForms);

        group.MapGet("/", ([AsParameters] GetLessonObservationListInput input, LessonObservationAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .RequirePermission(view);
        group.MapGet("/{id}", (Guid id, LessonObservationAppService s, CancellationToken ct) => s.GetAsync(id, ct)).RequirePermission(view);
        group.MapGet("/{id}/document", GetDocumentAsync).RequirePermission(view);
        group.MapPost("/", CreateAsync).RequirePermission(view);
        group.MapPut("/{id}", (Guid id, UpdateLessonObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .RequirePermission(view);
        group.MapPost("/{id}/sign", (Guid id, ObservationStampDto input, LessonObservationAppService s, CancellationToken ct) => s.SignAsync(id, input, ct))
            .RequirePermission(view);
        group.MapPost("/{id}/reply", (Guid id, ReplyToObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ReplyAsync(id, input, ct))
            .RequirePermission(view);
        group.MapPut("/{id}/sharing", (Guid id, ShareObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ShareAsync(id, input, ct))
            .RequirePermission(view);
        group.MapPost("/{id}/reopen", (Guid id, ReopenObservationDto input, LessonObservationAppService s, CancellationToken ct) => s.ReopenAsync(id, input, ct))
            .RequirePermission(KemelSchoolPDPermissions.LessonObservations.Reopen);
    }

    /// <summary>The observation sheet as a Word document in Kazakh or Russian, for whoever may read the observation.</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(Guid id, string? culture, LessonObservationDocumentService documents, CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }

    private static async Task<Created<LessonObservationDto>> CreateAsync(CreateLessonObservationDto input, LessonObservationAppService service, CancellationToken ct)
    {
        var observation = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/lesson-observations/{observation.Id}", observation);
    }

    private static async Task<Created<ObservationFormDto>> CreateFormAsync(SaveObservationFormDto input, ObservationFormAppService service, CancellationToken ct)
    {
        var form = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/lesson-observations/forms/{form.Id}", form);
    }
}
