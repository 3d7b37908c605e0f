using KemelSchoolPD.Documents;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The mentor's year plan: drafted by the mentor, agreed or returned by the director or a deputy, progress per activity,
/// DOCX.</summary>
public static class MentoringPlanEndpoints
{
    public static void MapMentoringPlanEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.MentoringPlans.Default;
        const string Review = KemelSchoolPDPermissions.MentoringPlans.Review;
        var group = api.MapGroup("/app/mentoring/year-plans").WithTags("MentorYearPlans");

        group.MapGet("/", GetListAsync).WithName("getMentorYearPlanList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, MentorYearPlanAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getMentorYearPlan").RequirePermission(Own);
        group.MapPost("/", CreateAsync).WithName("createMentorYearPlan").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}",
            (Guid id, UpdateMentorYearPlanDto input, MentorYearPlanAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateMentorYearPlan").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/submit",
            (Guid id, MentorYearPlanActionDto input, MentorYearPlanAppService s, CancellationToken ct) => s.SubmitAsync(id, input, ct))
            .WithName("submitMentorYearPlan").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/agree",
            (Guid id, MentorYearPlanActionDto input, MentorYearPlanAppService s, CancellationToken ct) => s.AgreeAsync(id, input, ct))
            .WithName("agreeMentorYearPlan").RequirePermission(Review);
        group.MapPost(
            "/{id:guid}/return",
            (Guid id, ReturnMentorYearPlanDto input, MentorYearPlanAppService s, CancellationToken ct) => s.ReturnAsync(id, input, ct))
            .WithName("returnMentorYearPlan").RequirePermission(Review);
        group.MapPost("/{id:guid}/progress",
                (Guid id, RecordMentorYearPlanProgressDto input, MentorYearPlanAppService s, CancellationToken ct) => s.RecordProgressAsync(
                    id,
                    input,
                    ct))
            .WithName("recordMentorYearPlanProgress").RequirePermission(Own);
        group.MapGet("/{id:guid}/versions", (Guid id, MentorYearPlanAppService s, CancellationToken ct) => s.GetVersionsAsync(id, ct))
            .WithName("getMentorYearPlanVersions").RequirePermission(Own);
        group.MapGet("/{id:guid}/versions/{versionId:guid}",
                (Guid id, Guid versionId, MentorYearPlanAppService s, CancellationToken ct) => s.GetVersionAsync(id, versionId, ct))
            .WithName("getMentorYearPlanVersion").RequirePermission(Own);
        group.MapGet("/{id:guid}/reviews", (Guid id, MentorYearPlanAppService s, CancellationToken ct) => s.GetReviewsAsync(id, ct))
            .WithName("getMentorYearPlanReviews").RequirePermission(Own);
        group.MapGet(
            "/{id:guid}/changes",
            (Guid id, MentorYearPlanAppService s, CancellationToken ct) => s.GetChangesSinceLastReviewAsync(id, ct))
            .WithName("getMentorYearPlanChanges").RequirePermission(Own);
        group.MapGet("/{id:guid}/document", GetDocumentAsync).WithName("getMentorYearPlanDocument").RequirePermission(Own);
    }

    private static async Task<Ok<PagedResultDto<MentorYearPlanListItemDto>>> GetListAsync(
        [AsParameters] GetMentorYearPlanListInput input, MentorYearPlanAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<MentorYearPlanDto>> CreateAsync(
        CreateMentorYearPlanDto input,
        MentorYearPlanAppService service,
        CancellationToken ct)
    {
        var plan = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/year-plans/{plan.Id}", plan);
    }

    /// <summary>The plan as a Word document in Kazakh or Russian (a plain layout the school may replace).</summary>
    private static async Task<FileContentHttpResult> GetDocumentAsync(
        Guid id,
        string? culture,
        MentorYearPlanDocumentService documents,
        CancellationToken ct)
    {
        var file = await documents.RenderAsync(id, culture, ct);
        return TypedResults.File(file.Content, GeneratedDocument.DocxContentType, file.FileName);
    }
}
