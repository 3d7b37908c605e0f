using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class HangfireSetup
{
    /// <summary>
    /// In-memory job storage for the embedded SQLite setup; PostgreSQL storage when the database is PostgreSQL (or
    /// "Hangfire:Storage" says so), so every app node shares one queue and each job runs once.
    /// </summary>
    public static IServiceCollection AddKemelHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var usePostgres = configuration["Hangfire:Storage"] is { } storage
            ? storage.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase)
            : EntityFrameworkCoreServiceCollectionExtensions.GetProvider(configuration) == DatabaseProvider.PostgreSql;

        services.AddHangfire(config =>
        {
            config.UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (usePostgres)
                config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(configuration.GetConnectionString("Default")),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", QueuePollInterval = TimeSpan.FromSeconds(1) });
            else
                config.UseInMemoryStorage();
        });
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));
        services.AddScoped<IBackgroundJobManager, HangfireBackgroundJobManager>();
        services.AddTransient<TenantJobRunner>();
        return services;
    }

    /// <summary>The dashboard is for the platform operator only: a host user granted KemelSchoolPD.BackgroundJobs.</summary>
    public sealed class HostAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true || http.User.FindFirst(KemelClaimTypes.TenantId) is not null) return false;
            return await http.RequestServices.GetRequiredService<IPermissionChecker>().IsGrantedAsync(KemelSchoolPDPermissions.BackgroundJobs.Default);
        }
    }
}
