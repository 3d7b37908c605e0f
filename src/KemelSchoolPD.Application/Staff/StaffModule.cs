using KemelSchoolPD.Documents;
using KemelSchoolPD.Staff.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Staff;

/// <summary>The staff registry, its import and printable list, and the methodological associations.</summary>
public static class StaffModule
{
    public static IServiceCollection AddStaff(this IServiceCollection services) =>
        services.AddScoped<CurrentStaffMember>()
            .AddScoped<StaffMemberAppService>()
            .AddScoped<StaffImportAppService>()
            .AddScoped<MethodologicalAssociationAppService>()
            .AddScoped<StaffRegistryDocument>()
            .AddDocumentTemplate(StaffRegistryDocument.TemplateName, "Staff:Document.StaffRegistry")
            .AddStaffMyWork();
}
