using KemelSchoolPD.Auditing;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Indicators;

/// <summary>The school's indicators and its records of them.</summary>
public static class IndicatorsModule
{
    public static IServiceCollection AddSchoolIndicators(this IServiceCollection services) =>
        services.AddScoped<SchoolIndicatorsAppService>()
            .AddScoped<IAuditedRecordReadRule, SchoolIndicatorRecordAuditReadRule>();
}
