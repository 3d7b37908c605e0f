using KemelSchoolPD.Data;
using KemelSchoolPD.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.RouteSheets;

public static class RouteSheetsModule
{
    public static IServiceCollection AddRouteSheets(this IServiceCollection services)
    {
        services.AddScoped<RouteSheetTemplateAppService>();
        services.AddScoped<RouteSheetAppService>();
        services.AddScoped<Auditing.IAuditedRecordReadRule, RouteSheetAuditReadRule>();
        services.AddScoped<RouteSheetAssignmentAppService>();
        services.AddScoped<RouteSheetDocumentService>();
        services.AddScoped<IDataSeedContributor, RouteSheetDemoSeedContributor>();
        services.AddRouteSheetMyWork();
        services.AddDocumentTemplate(
            RouteSheetDocumentService.TemplateName,
            "RouteSheets:Document." + RouteSheetDocumentService.TemplateName);
        return services;
    }
}
