using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class MentoringEndpoints
{
    public static void MapMentoringEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.Mentoring.Default;
        const string Manage = KemelSchoolPDPermissions.Mentoring.Manage;
        var group = api.MapGroup("/app/mentoring").WithTags("Mentoring");

        // The school's settings
        group.MapGet("/settings", (MentoringSettingsAppService s, CancellationToken ct) => s.GetAsync(ct))
            .WithName("getMentoringSettings").RequirePermission(Own);
        group.MapPut("/settings", (UpdateMentoringSettingsDto input, MentoringSettingsAppService s, CancellationToken ct) => s.UpdateAsync(input, ct))
            .WithName("updateMentoringSettings").RequirePermission(KemelSchoolPDPermissions.Mentoring.Settings);

        // Pairs
        group.MapGet("/pairs", ([AsParameters] GetMentoringPairListInput input, MentoringPairAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getMentoringPairList").RequirePermission(Own);
        group.MapGet("/pairs/{id:guid}", (Guid id, MentoringPairAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getMentoringPair").RequirePermission(Own);
        group.MapPost("/pairs", CreatePairAsync).WithName("createMentoringPair").RequirePermission(Manage);
        group.MapPost("/pairs/{id:guid}/end", (Guid id, EndMentoringPairDto input, MentoringPairAppService s, CancellationToken ct) => s.EndAsync(id, input, ct))
            .WithName("endMentoringPair").RequirePermission(Manage);
        group.MapGet("/suggestions", ([AsParameters] GetMentorSuggestionsInput input, MentoringPairAppService s, CancellationToken ct) => s.GetSuggestionsAsync(input, ct))
            .WithName("getMentorSuggestions").RequirePermission(Manage);
    }

    private static async Task<Created<MentoringPairDto>> CreatePairAsync(CreateMentoringPairDto input, MentoringPairAppService service, CancellationToken ct)
    {
        var pair = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/mentoring/pairs/{pair.Id}", pair);
    }
}
