using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.MyWork;
using KemelSchoolPD.Permissions;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>"My work": the caller's to-do list, its counts (and the director's school overview), and the school's due-date rules.</summary>
public static class MyWorkEndpoints
{
    public static void MapMyWorkEndpoints(this RouteGroupBuilder api)
    {
        const string Own = KemelSchoolPDPermissions.MyWork.Default;
        var group = api.MapGroup("/app/my-work").WithTags("MyWork");
        group.MapGet("/", ([AsParameters] GetMyWorkInput input, MyWorkAppService s, CancellationToken ct) => s.GetListAsync(input, ct))
            .WithName("getMyWork").RequirePermission(Own);
        group.MapGet(
            "/summary",
            ([AsParameters] GetMyWorkSummaryInput input, MyWorkAppService s, CancellationToken ct) => s.GetSummaryAsync(input, ct))
            .WithName("getMyWorkSummary").RequirePermission(Own);
        group.MapGet(
            "/school",
            ([AsParameters] GetSchoolWorkInput input, MyWorkAppService s, CancellationToken ct) => s.GetSchoolListAsync(input, ct))
            .WithName("getSchoolWork").RequirePermission(KemelSchoolPDPermissions.MyWork.SchoolOverview);
        group.MapGet("/settings", (MyWorkSettingsAppService s, CancellationToken ct) => s.GetAsync(ct))
            .WithName("getMyWorkSettings").RequirePermission(Own);
        group.MapPut(
            "/settings",
            (UpdateMyWorkSettingsDto input, MyWorkSettingsAppService s, CancellationToken ct) => s.UpdateAsync(input, ct))
            .WithName("updateMyWorkSettings").RequirePermission(KemelSchoolPDPermissions.MyWork.Settings);
    }
}
