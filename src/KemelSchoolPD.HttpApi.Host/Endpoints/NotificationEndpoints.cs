using KemelSchoolPD.Dtos;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/notifications").WithTags("Notifications");
        group.MapGet("/", GetListAsync).WithName("getNotificationList").RequirePermission(KemelSchoolPDPermissions.Notifications.Default);
        group.MapPost("/{id:guid}/read", MarkReadAsync).WithName("markNotificationRead").RequirePermission(KemelSchoolPDPermissions.Notifications.Default);
    }

    private static async Task<Ok<NotificationListDto>> GetListAsync([AsParameters] PagedInput input, NotificationAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetListAsync(input, ct));

    private static async Task<NoContent> MarkReadAsync(Guid id, NotificationAppService service, CancellationToken ct)
    {
        await service.MarkReadAsync(id, ct);
        return TypedResults.NoContent();
    }
}
