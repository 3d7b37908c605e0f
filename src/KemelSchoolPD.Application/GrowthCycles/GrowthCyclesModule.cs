using KemelSchoolPD.Data;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.GrowthCycles.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KemelSchoolPD.GrowthCycles;

public static class GrowthCyclesModule
{
    public static IServiceCollection AddGrowthCycles(this IServiceCollection services)
    {
        services.AddScoped<GrowthReferenceAppService>();
        services.AddScoped<SchoolReferenceSettingsAppService>();
        services.AddScoped<GrowthCycleManager>(); // its IGrowthCycleRepository comes from the EntityFrameworkCore layer
        services.AddScoped<GrowthCycleAppService>();
        services.AddScoped<GrowthCycleReadAccess>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, GrowthCycleAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, GrowthCycleArtefactAuditReadRule>();
        services.AddScoped<LearnerResultImportService>();
        services.AddScoped<IDataSeedContributor, GrowthCycleDemoSeedContributor>();
        services.AddGrowthCycleMyWork();
        services.AddGrowthCycleDocuments();
        // The development plan reads growth zones and the competence self-assessment from here (whatever the registration order).
        services.Replace(ServiceDescriptor.Scoped<IGrowthZoneSource, GrowthCycleZoneSource>());
        return services;
    }
}
