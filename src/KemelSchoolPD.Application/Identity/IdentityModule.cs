using KemelSchoolPD.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Identity;

/// <summary>The school's roles and their permissions, the built-in roles and the platform operator's account.</summary>
public static class IdentityModule
{
    public static IServiceCollection AddRoles(this IServiceCollection services) =>
        services.AddScoped<RoleAppService>()
            .AddScoped<IDataSeedContributor, RoleSeedContributor>()
            .AddScoped<IDataSeedContributor, HostAdminSeedContributor>();
}
