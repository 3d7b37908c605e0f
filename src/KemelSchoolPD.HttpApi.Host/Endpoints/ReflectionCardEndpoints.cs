using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>
/// The novice's weekly reflection card and the year-end card (seed 004), the questions asked on them, the confidence
/// series, and the school's year-end campaign. The cards' read rule is the card's own: no permission widens it.
/// </summary>
public static class ReflectionCardEndpoints
{
    public static void MapReflectionCardEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.MentoringPlans.Default;
        var cards = api.MapGroup("/app/mentoring/cards").WithTags("ReflectionCards");

        cards.MapGet("/form", (ReflectionCardKind? kind, ReflectionCardAppService s) => s.GetForm(kind ?? ReflectionCardKind.Weekly))
            .WithName("getReflectionCardForm").RequirePermission(Own);
        cards.MapGet("/", GetListAsync).WithName("getReflectionCardList").RequirePermission(Own);
        cards.MapGet("/{id:guid}", (Guid id, ReflectionCardAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getReflectionCard").RequirePermission(Own);
        cards.MapPost("/", CreateWeeklyAsync).WithName("createWeeklyReflectionCard").RequirePermission(Own);
        cards.MapPost("/year-end", CreateYearEndAsync).WithName("createYearEndReflectionCard").RequirePermission(Own);
        cards.MapPut(
            "/{id:guid}",
            (Guid id, UpdateReflectionCardDto input, ReflectionCardAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateReflectionCard").RequirePermission(Own);
        cards.MapPut(
            "/{id:guid}/shares",
            (Guid id, ShareReflectionCardDto input, ReflectionCardAppService s, CancellationToken ct) => s.ShareAsync(id, input, ct))
            .WithName("shareReflectionCard").RequirePermission(Own);
        cards.MapGet("/questions", (bool? answered, ReflectionCardAppService s, CancellationToken ct) => s.GetQuestionsAsync(answered, ct))
            .WithName("getCardQuestions").RequirePermission(Own);
        cards.MapPost(
            "/{id:guid}/answer",
            (Guid id, AnswerCardQuestionDto input, ReflectionCardAppService s, CancellationToken ct) => s.AnswerQuestionAsync(
                id,
                input,
                ct))
            .WithName("answerCardQuestion").RequirePermission(Own);
        cards.MapGet("/addressees", (ReflectionCardAppService s, CancellationToken ct) => s.GetAddresseeOptionsAsync(ct))
            .WithName("getCardAddresseeOptions").RequirePermission(Own);
        cards.MapGet("/confidence", (Guid? teacherStaffMemberId, int? academicYear, ReflectionCardAppService s, CancellationToken ct) =>
                s.GetConfidenceSeriesAsync(teacherStaffMemberId, academicYear, ct))
            .WithName("getConfidenceSeries").RequirePermission(Own);

        const string Campaigns = KemelSchoolPDPermissions.MentoringPlans.Campaigns;
        var campaigns = api.MapGroup("/app/mentoring/year-end-campaigns").WithTags("YearEndCampaigns");
        campaigns.MapGet("/", (YearEndCampaignAppService s, CancellationToken ct) => s.GetListAsync(ct))
            .WithName("getYearEndCampaignList").RequirePermission(Own);
        campaigns.MapGet("/{id:guid}", (Guid id, YearEndCampaignAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getYearEndCampaign").RequirePermission(Own);
        campaigns.MapPost("/", OpenCampaignAsync).WithName("openYearEndCampaign").RequirePermission(Campaigns);
        campaigns.MapPost(
            "/{id:guid}/close",
            (Guid id, YearEndCampaignActionDto input, YearEndCampaignAppService s, CancellationToken ct) => s.CloseAsync(id, input, ct))
            .WithName("closeYearEndCampaign").RequirePermission(Campaigns);
        campaigns.MapPost(
            "/{id:guid}/reopen",
            (Guid id, YearEndCampaignActionDto input, YearEndCampaignAppService s, CancellationToken ct) => s.ReopenAsync(id, input, ct))
            .WithName("reopenYearEndCampaign").RequirePermission(Campaigns);
    }

    private static async Task<Ok<PagedResultDto<ReflectionCardListItemDto>>> GetListAsync(
        [AsParameters] GetReflectionCardListInput input, ReflectionCardAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<Created<ReflectionCardDto>> CreateWeeklyAsync(
        CreateWeeklyCardDto input,
        ReflectionCardAppService service,
        CancellationToken ct)
    {
        var card = await service.CreateWeeklyAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/cards/{card.Id}", card);
    }

    private static async Task<Created<ReflectionCardDto>> CreateYearEndAsync(
        CreateYearEndCardDto input,
        ReflectionCardAppService service,
        CancellationToken ct)
    {
        var card = await service.CreateYearEndAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/cards/{card.Id}", card);
    }

    private static async Task<Created<YearEndCampaignDto>> OpenCampaignAsync(
        OpenYearEndCampaignDto input,
        YearEndCampaignAppService service,
        CancellationToken ct)
    {
        var campaign = await service.OpenAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/year-end-campaigns/{campaign.Id}", campaign);
    }
}
