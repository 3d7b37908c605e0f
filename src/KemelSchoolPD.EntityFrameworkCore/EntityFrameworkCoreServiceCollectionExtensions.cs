using KemelSchoolPD.Data;
using KemelSchoolPD.EntityFrameworkCore.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.EntityFrameworkCore;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database chosen by "Database:Provider" (Sqlite by default, PostgreSql in production) with the
    /// connection string "ConnectionStrings:Default". Not pooled: the context carries the current school.
    /// </summary>
    public static IServiceCollection AddKemelSchoolPDEntityFrameworkCore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = GetProvider(configuration);
        var connectionString = configuration.GetConnectionString("Default") ?? "Data Source=App_Data/kemelschoolpd.db";
        services.AddScoped<KemelSaveChangesInterceptor>();

        if (provider == DatabaseProvider.PostgreSql)
            services.AddDbContext<KemelSchoolPDDbContext, PostgresKemelSchoolPDDbContext>((sp, o) => o
                .UseNpgsql(connectionString)
                .AddInterceptors(Interceptors(sp)));
        else
            services.AddDbContext<KemelSchoolPDDbContext, SqliteKemelSchoolPDDbContext>((sp, o) => o
                .UseSqlite(connectionString)
                .AddInterceptors(Interceptors(sp)));

        services.AddScoped<IKemelSchoolPDDbContext>(sp => sp.GetRequiredService<KemelSchoolPDDbContext>());
        // The modules' data access that is provider-specific or serves the domain (their Add{Module}() registrations are in Application).
        services.AddScoped<KemelSchoolPD.GrowthCycles.IGrowthCycleRepository, GrowthCycles.GrowthCycleRepository>();
        services.AddScoped<KemelSchoolPD.Mentoring.IMentoringPairRepository, Mentoring.MentoringPairRepository>();
        services.AddScoped<KemelSchoolPD.ActionResearch.IActionResearchRepository, ActionResearch.ActionResearchRepository>();
        services.AddScoped<IBulkAssignmentWriter, BulkAssignmentWriter>();
        services.AddScoped<KemelSchoolPD.Attachments.IAttachmentOwners, Attachments.AttachmentOwners>();
        return services;
    }

    /// <summary>
    /// The modules' events as notifications (first, so the kernel then stamps their school and the outbox sees their e-mail), the
    /// kernel's rules on every save, and the e-mail sender's wake-up, where the host registers them.
    /// </summary>
    private static IEnumerable<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor> Interceptors(IServiceProvider sp) =>
        new Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor?[]
        {
            sp.GetService<KemelSchoolPD.Notifications.NotificationEventsInterceptor>(),
            sp.GetRequiredService<KemelSaveChangesInterceptor>(), sp.GetService<KemelSchoolPD.Emailing.EmailOutboxInterceptor>(),
        }.OfType<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>();

    public static DatabaseProvider GetProvider(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration["Database:Provider"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;
}
