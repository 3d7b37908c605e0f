using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KemelSchoolPD.DevelopmentPlans;

public static class DevelopmentPlansModule
{
    public static IServiceCollection AddDevelopmentPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanTemplateAppService>();
        services.AddScoped<DevelopmentPlanAppService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, DevelopmentPlanAuditReadRule>();
        services.AddScoped<Attachments.IAttachmentOwnerRule, DevelopmentPlanAttachmentRule>();
        services.AddScoped<Attachments.IAttachmentUse, DevelopmentPlanAttachmentUse>();
        services.AddScoped<PlanAssignmentAppService>();
        services.AddScoped<DevelopmentPlanDocumentService>();
        services.AddScoped<RolloverDevelopmentPlansJob>();
        services.AddScoped<ScanDevelopmentPlanRolloverJob>();
        services.AddScoped<IDataSeedContributor, DevelopmentPlanDemoSeedContributor>();
        services.AddDevelopmentPlanMyWork();
        // The growth-cycle module replaces this with its own source of growth zones.
        services.TryAddScoped<IGrowthZoneSource, NoGrowthZoneSource>();
        services.AddDocumentTemplate(DevelopmentPlanDocuments.Table17, "DevelopmentPlans:Document." + DevelopmentPlanDocuments.Table17);
        services.AddDocumentTemplate(DevelopmentPlanDocuments.Table18, "DevelopmentPlans:Document." + DevelopmentPlanDocuments.Table18);
        return services;
    }
}
