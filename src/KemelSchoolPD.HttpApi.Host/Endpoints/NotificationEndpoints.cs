using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The notification centre: the bell's count, the list, read marks, and each person's (and the school's) channels per
/// kind.</summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.Notifications.Default;
        var group = api.MapGroup("/app/notifications").WithTags("Notifications");
        group.MapGet(
            "/",
            ([AsParameters] GetNotificationListInput input, NotificationAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getNotificationList").RequirePermission(Own);
        group.MapGet("/unread-count", (NotificationAppService s, CancellationToken ct) => s.GetUnreadCountAsync(ct))
            .WithName("getUnreadNotificationCount").RequirePermission(Own);
        group.MapPost("/{id:guid}/read", MarkReadAsync).WithName("markNotificationRead").RequirePermission(Own);
        group.MapPost("/read-all", (NotificationAppService s, CancellationToken ct) => s.MarkAllReadAsync(ct))
            .WithName("markAllNotificationsRead").RequirePermission(Own);
        group.MapGet("/preferences", (NotificationPreferenceAppService s, CancellationToken ct) => s.GetMineAsync(ct))
            .WithName("getNotificationPreferences").RequirePermission(Own);
        group.MapPut("/preferences", (UpdateNotificationPreferencesDto input, NotificationPreferenceAppService s, CancellationToken ct) => s
            .UpdateMineAsync(input, ct))
            .WithName("updateNotificationPreferences").RequirePermission(Own);
        group.MapGet("/school-defaults", (NotificationPreferenceAppService s, CancellationToken ct) => s.GetSchoolDefaultsAsync(ct))
            .WithName("getNotificationSchoolDefaults").RequirePermission(KemelSchoolPDPermissions.Notifications.SchoolDefaults);
        group.MapPut(
            "/school-defaults",
            (UpdateNotificationPreferencesDto input, NotificationPreferenceAppService s, CancellationToken ct) =>
                s.UpdateSchoolDefaultsAsync(input, ct))
            .WithName("updateNotificationSchoolDefaults").RequirePermission(KemelSchoolPDPermissions.Notifications.SchoolDefaults);
    }

    private static async Task<NoContent> MarkReadAsync(Guid id, NotificationAppService service, CancellationToken ct)
    {
        await service.MarkReadAsync(id, ct);
        return TypedResults.NoContent();
    }
}
