using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Schools;

/// <summary>Schools (tenants) for the platform operator, and each school's own profile.</summary>
public static class SchoolsModule
{
    public static IServiceCollection AddSchools(this IServiceCollection services) =>
        services.AddScoped<SchoolAppService>()
            .AddScoped<SchoolProfileAppService>();
}
