using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Indicators;

/// <summary>The director's dashboard figures.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddSchoolIndicators(this IServiceCollection services) =>
        services.AddScoped<SchoolIndicatorsAppService>();
}
