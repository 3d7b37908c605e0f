using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Indicators;
using KemelSchoolPD.Permissions;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's growth-cycle indicators for the director's dashboard.</summary>
public static class SchoolIndicatorEndpoints
{
    public static void MapSchoolIndicatorEndpoints(this RouteGroupBuilder api) =>
        api.MapGroup("/app/school-indicators").WithTags("SchoolIndicators")
            .MapGet("/", (int? academicYear, SchoolIndicatorsAppService s, CancellationToken ct) => s.GetAsync(academicYear, ct))
            .WithName("getSchoolIndicators").RequirePermission(KemelSchoolPDPermissions.SchoolIndicators.Default);
}
