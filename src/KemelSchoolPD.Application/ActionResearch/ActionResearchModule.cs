using KemelSchoolPD.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.ActionResearch;

public static class ActionResearchModule
{
    public static IServiceCollection AddActionResearch(this IServiceCollection services)
    {
        services.AddScoped<ActionResearchManager>(); // its IActionResearchRepository comes from the EntityFrameworkCore layer
        services.AddScoped<ActionResearchReadAccess>();
        services.AddScoped<ActionResearchAppService>();
        services.AddScoped<ActionResearchEvidenceService>();
        services.AddScoped<ActionResearchDocumentService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ActionResearchProjectAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ActionResearchCycleAuditReadRule>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, ActionResearchDataItemAuditReadRule>();
        services.AddScoped<Attachments.IAttachmentOwnerRule, ActionResearchDataItemAttachmentRule>();
        services.AddDocumentTemplate(
            ActionResearchConsts.DocumentTemplate,
            "ActionResearch:Document." + ActionResearchConsts.DocumentTemplate);
        services.AddScoped<Data.IDataSeedContributor, ActionResearchDemoSeedContributor>();
        services.AddActionResearchMyWork();
        return services;
    }
}
