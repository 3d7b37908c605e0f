using KemelSchoolPD.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KemelSchoolPD.DevelopmentPlans;

public static class DevelopmentPlansModule
{
    public static IServiceCollection AddDevelopmentPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanTemplateAppService>();
        services.AddScoped<DevelopmentPlanAppService>();
        services.AddScoped<PlanAssignmentAppService>();
        services.AddScoped<DevelopmentPlanDocumentService>();
        services.AddScoped<RolloverDevelopmentPlansJob>();
        services.AddScoped<ScanDevelopmentPlanRolloverJob>();
        services.AddScoped<IDataSeedContributor, DevelopmentPlanDemoSeedContributor>();
        // The growth-cycle module replaces this with its own source of growth zones.
        services.TryAddScoped<IGrowthZoneSource, NoGrowthZoneSource>();
        return services;
    }
}
