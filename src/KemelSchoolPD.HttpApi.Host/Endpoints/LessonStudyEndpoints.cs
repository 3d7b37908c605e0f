using KemelSchoolPD.Documents;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.PracticeLibrary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Lesson Study: groups, research lesson rounds, observation notes from the phone, the discussion, the report,
/// publication.</summary>
public static class LessonStudyEndpoints
{
    public static void MapLessonStudyEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.LessonStudy.Default;
        var group = api.MapGroup("/app/lesson-study").WithTags("LessonStudy");

        // Groups
        group.MapGet("/groups", GetGroupListAsync).WithName("getLessonStudyGroupList").RequirePermission(Own);
        group.MapGet("/groups/{id:guid}", (Guid id, LessonStudyGroupAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getLessonStudyGroup").RequirePermission(Own);
        group.MapPost("/groups", CreateGroupAsync).WithName("createLessonStudyGroup").RequirePermission(Own);
        group.MapPut(
            "/groups/{id:guid}",
            (Guid id, UpdateLessonStudyGroupDto input, LessonStudyGroupAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateLessonStudyGroup").RequirePermission(Own);
        group.MapPut(
            "/groups/{id:guid}/consent",
            (Guid id, LessonStudyConsentDto input, LessonStudyGroupAppService s, CancellationToken ct) => s.ConsentAsync(id, input, ct))
            .WithName("giveLessonStudyConsent").RequirePermission(Own);
        group.MapPost(
            "/groups/{id:guid}/request-consent",
            (Guid id, LessonStudyGroupAppService s, CancellationToken ct) => s.RequestConsentAsync(id, ct))
            .WithName("requestLessonStudyConsent").RequirePermission(Own);
        group.MapPost(
            "/groups/{id:guid}/publish",
            (Guid id, PublishLessonStudyDto input, LessonStudyGroupAppService s, CancellationToken ct) => s.PublishAsync(id, input, ct))
            .WithName("publishLessonStudy").RequirePermission(Own);
        group.MapPost(
            "/groups/{id:guid}/unpublish",
            (Guid id, LessonStudyGroupAppService s, CancellationToken ct) => s.UnpublishAsync(id, ct))
            .WithName("unpublishLessonStudy").RequirePermission(Own);
        group.MapGet("/groups/{id:guid}/report", GetReportAsync).WithName("getLessonStudyReport").RequirePermission(Own);

        // Rounds (research lessons)
        group.MapPost("/groups/{id:guid}/lessons", CreateLessonAsync).WithName("createResearchLesson").RequirePermission(Own);
        group.MapGet("/lessons/{id:guid}", (Guid id, ResearchLessonAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getResearchLesson").RequirePermission(Own);
        group.MapPut(
            "/lessons/{id:guid}",
            (Guid id, UpdateResearchLessonDto input, ResearchLessonAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateResearchLesson").RequirePermission(Own);
        group.MapGet("/lessons/{id:guid}/notes", (Guid id, ResearchLessonAppService s, CancellationToken ct) => s.GetNotesAsync(id, ct))
            .WithName("getResearchLessonNotes").RequirePermission(Own);
        group.MapPost(
            "/lessons/{id:guid}/notes",
            (Guid id, SaveLessonStudyNotesDto input, ResearchLessonAppService s, CancellationToken ct) => s.SaveNotesAsync(id, input, ct))
            .WithName("saveResearchLessonNotes").RequirePermission(Own);
        group.MapPut(
            "/lessons/{id:guid}/interviews",
            (Guid id, SavePupilInterviewsDto input, ResearchLessonAppService s, CancellationToken ct) =>
                s.SaveInterviewsAsync(id, input, ct))
            .WithName("saveResearchLessonInterviews").RequirePermission(Own);
        group.MapGet(
            "/lessons/{id:guid}/discussion",
            (Guid id, ResearchLessonAppService s, CancellationToken ct) => s.GetDiscussionAsync(id, ct))
            .WithName("getResearchLessonDiscussion").RequirePermission(Own);
        group.MapPut(
            "/lessons/{id:guid}/discussion",
            (Guid id, SaveDiscussionDto input, ResearchLessonAppService s, CancellationToken ct) => s.SaveDiscussionAsync(id, input, ct))
            .WithName("saveResearchLessonDiscussion").RequirePermission(Own);
        group.MapPost(
            "/lessons/{id:guid}/discussed",
            (Guid id, ResearchLessonAppService s, CancellationToken ct) => s.MarkDiscussedAsync(id, ct))
            .WithName("markResearchLessonDiscussed").RequirePermission(Own);
        group.MapPost(
            "/lessons/{id:guid}/evidence",
            (Guid id, ResearchLessonAppService s, CancellationToken ct) => s.AttachEvidenceAsync(id, ct))
            .WithName("attachResearchLessonEvidence").RequirePermission(Own);
    }

    public static void MapPracticeLibraryEndpoints(this RouteGroupBuilder api)
    {
        const string Read = KemelSchoolPDPermissions.PracticeLibrary.Default;
        var group = api.MapGroup("/app/practice-library").WithTags("PracticeLibrary");
        group.MapGet("/", GetLibraryListAsync).WithName("getPracticeLibraryList").RequirePermission(Read);
        group.MapGet("/{id:guid}", (Guid id, PracticeLibraryAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getPracticeLibraryItem").RequirePermission(Read);
        group.MapGet("/shared", GetSharedListAsync).WithName("getSharedPracticeLibraryList").RequirePermission(Read);
        group.MapGet("/shared/{id:guid}", (Guid id, PracticeLibraryAppService s, CancellationToken ct) => s.GetSharedAsync(id, ct))
            .WithName("getSharedPracticeLibraryItem").RequirePermission(Read);
    }

    private static async Task<Ok<PagedResultDto<LessonStudyGroupListItemDto>>> GetGroupListAsync(
        [AsParameters] GetLessonStudyGroupListInput input, LessonStudyGroupAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<PagedResultDto<PracticeLibraryListItemDto>>> GetLibraryListAsync(
        [AsParameters] GetPracticeLibraryListInput input, PracticeLibraryAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Ok<PagedResultDto<PracticeLibraryListItemDto>>> GetSharedListAsync(
        [AsParameters] GetPracticeLibraryListInput input, PracticeLibraryAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetSharedListAsync(input, ct));

    private static async Task<Created<LessonStudyGroupDto>> CreateGroupAsync(
        CreateLessonStudyGroupDto input,
        LessonStudyGroupAppService service,
        CancellationToken ct)
    {
        var group = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/lesson-study/groups/{group.Id}", group);
    }

    private static async Task<Created<ResearchLessonDto>> CreateLessonAsync(
        Guid id,
        CreateResearchLessonDto input,
        ResearchLessonAppService service,
        CancellationToken ct)
    {
        var lesson = await service.CreateAsync(id, input, ct);
        return TypedResults.Created($"/api/app/lesson-study/lessons/{lesson.Id}", lesson);
    }

    /// <summary>The group's report as a Word document in Kazakh or Russian.</summary>
    private static async Task<FileContentHttpResult> GetReportAsync(
        Guid id,
        string? culture,
        LessonStudyDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
