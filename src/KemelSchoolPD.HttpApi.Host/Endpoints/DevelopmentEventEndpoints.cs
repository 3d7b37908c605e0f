using KemelSchoolPD.DevelopmentEvents;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class DevelopmentEventEndpoints
{
    public static void MapDevelopmentEventEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.DevelopmentEvents.Default;
        var group = api.MapGroup("/app/development-events").WithTags("DevelopmentEvents");

        group.MapGet("/", ([AsParameters] GetDevelopmentEventListInput input, DevelopmentEventAppService s, CancellationToken ct) => s
            .GetListAsync(input, ct))
            .WithName("getDevelopmentEventList").RequirePermission(Own);
        group.MapGet("/{id:guid}", (Guid id, DevelopmentEventAppService s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithName("getDevelopmentEvent").RequirePermission(Own);
        group.MapPost("/", CreateAsync).WithName("createDevelopmentEvent").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}",
            (Guid id, UpdateDevelopmentEventDto input, DevelopmentEventAppService s, CancellationToken ct) => s.UpdateAsync(id, input, ct))
            .WithName("updateDevelopmentEvent").RequirePermission(Own);
        group.MapPut(
            "/{id:guid}/participants",
            (Guid id, SetDevelopmentEventParticipantsDto input, DevelopmentEventAppService s, CancellationToken ct) =>
                s.SetParticipantsAsync(id, input, ct))
            .WithName("setDevelopmentEventParticipants").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/record",
            (Guid id, RecordDevelopmentEventDto input, DevelopmentEventAppService s, CancellationToken ct) => s.RecordAsync(id, input, ct))
            .WithName("recordDevelopmentEvent").RequirePermission(Own);
        group.MapPost(
            "/{id:guid}/cancel",
            (Guid id, CancelDevelopmentEventDto input, DevelopmentEventAppService s, CancellationToken ct) => s.CancelAsync(id, input, ct))
            .WithName("cancelDevelopmentEvent").RequirePermission(Own);

        // Participation hours of the academic year
        group.MapGet("/hours", ([AsParameters] GetDevelopmentEventHoursInput input, DevelopmentEventAppService s, CancellationToken ct) => s
            .GetHoursAsync(input, ct))
            .WithName("getDevelopmentEventHours").RequirePermission(Own);
        group.MapGet(
            "/hours/summary",
            ([AsParameters] GetDevelopmentHoursSummaryInput input, DevelopmentEventAppService s, CancellationToken ct) =>
                s.GetSummaryAsync(input, ct))
            .WithName("getDevelopmentHoursSummary").RequirePermission(KemelSchoolPDPermissions.DevelopmentEvents.ViewAll);
    }

    private static async Task<Created<DevelopmentEventDto>> CreateAsync(
        CreateDevelopmentEventDto input,
        DevelopmentEventAppService service,
        CancellationToken ct)
    {
        var e = await service.CreateAsync(input, ct);
        return TypedResults.Created($"/api/app/development-events/{e.Id}", e);
    }
}
