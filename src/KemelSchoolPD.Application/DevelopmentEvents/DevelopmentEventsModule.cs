using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.DevelopmentEvents;

public static class DevelopmentEventsModule
{
    public static IServiceCollection AddDevelopmentEvents(this IServiceCollection services)
    {
        services.AddScoped<DevelopmentEventReadAccess>();
        services.AddScoped<DevelopmentEventAppService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, DevelopmentEventAuditReadRule>();
        services.AddScoped<Attachments.IAttachmentOwnerRule, DevelopmentEventAttachmentRule>();
        services.AddScoped<Data.IDataSeedContributor, DevelopmentEventDemoSeedContributor>();
        services.AddDevelopmentEventMyWork();
        return services;
    }
}
