using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Indicators;
using KemelSchoolPD.Permissions;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>The school's growth-cycle indicators (seed 004 appendix) and what the school records for each.</summary>
public static class SchoolIndicatorEndpoints
{
    public static void MapSchoolIndicatorEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/app/school-indicators").WithTags("SchoolIndicators");
        group.MapGet("/", (int? academicYear, SchoolIndicatorsAppService s, CancellationToken ct) => s.GetAsync(academicYear, ct))
            .WithName("getSchoolIndicators").RequirePermission(KemelSchoolPDPermissions.SchoolIndicators.Default);
        group.MapPut("/records/{code}", (string code, SaveSchoolIndicatorRecordDto input, SchoolIndicatorsAppService s, CancellationToken ct) =>
                s.SaveRecordAsync(code, input, ct))
            .WithName("saveSchoolIndicatorRecord").RequirePermission(KemelSchoolPDPermissions.SchoolIndicators.Record);
    }
}
