using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using KemelSchoolPD.Attachments;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class HangfireSetup
{
    /// <summary>
    /// In-memory job storage for the embedded SQLite setup; PostgreSQL storage when the database is PostgreSQL (or
    /// "Hangfire:Storage" says so), so every app node shares one queue and each job runs once.
    /// </summary>
    private static readonly PostgreSqlStorageOptions PostgresOptions = new()
    {
        SchemaName = "hangfire",
        QueuePollInterval = TimeSpan.FromSeconds(1),
        PrepareSchemaIfNecessary = true,
    };

    public static IServiceCollection AddKemelHangfire(this IServiceCollection services, IConfiguration configuration)
    {
        var usePostgres = configuration["Hangfire:Storage"] is { } storage
            ? storage.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase)
            : EntityFrameworkCoreServiceCollectionExtensions.GetProvider(configuration) == DatabaseProvider.PostgreSql;

        // One storage instance per host from DI (not Hangfire's process-global JobStorage.Current), so hosts sharing a
        // process — tests, or several nodes in one test — never mix their queues.
        services.AddSingleton<JobStorage>(_ => usePostgres
            ? new PostgreSqlStorage(
                new NpgsqlConnectionFactory(configuration.GetConnectionString("Default"), PostgresOptions),
                PostgresOptions)
            : new InMemoryStorage());
        // Likewise the job activator: Hangfire's default is the process-global JobActivator.Current, which the host started
        // last overwrites, so a server could create its jobs from another host's services.
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostSafeLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .UseStorage(sp.GetRequiredService<JobStorage>()));
        if (configuration.GetValue("Hangfire:ServerEnabled", true))
            services.AddHangfireServer(o => o.WorkerCount = configuration.GetValue("Hangfire:WorkerCount", 2));
        services.AddScoped<IBackgroundJobManager, HangfireBackgroundJobManager>();
        services.AddTransient(typeof(TenantJobRunner<,>));
        return services;
    }

    /// <summary>Recurring host jobs, registered (idempotently, by id) when this node runs a Hangfire server.</summary>
    public static void ScheduleRecurringJobs(WebApplication app)
    {
        if (!app.Configuration.GetValue("Hangfire:ServerEnabled", true)) return;
        var recurring = app.Services.GetRequiredService<IRecurringJobManager>();
        // Replaced by the reminder sweep (category expiry is one of its kinds); a stored schedule of the old job would fail to run.
        recurring.RemoveIfExists("scan-expiring-categories");
        recurring.AddOrUpdate<ScanRemindersJob>(
            ScanRemindersJob.RecurringJobId,
            job => job.ExecuteAsync(CancellationToken.None),
            ScanRemindersJob.Cron);
        recurring.AddOrUpdate<SendNotificationDigestsJob>(
            SendNotificationDigestsJob.RecurringJobId,
            job => job.ExecuteAsync(CancellationToken.None),
            SendNotificationDigestsJob.Cron);
        recurring.AddOrUpdate<RemoveStaleNotificationsJob>(RemoveStaleNotificationsJob.RecurringJobId,
            job => job.ExecuteAsync(CancellationToken.None), RemoveStaleNotificationsJob.Cron);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<KemelSchoolPD.DevelopmentPlans.ScanDevelopmentPlanRolloverJob>(
            KemelSchoolPD.DevelopmentPlans.ScanDevelopmentPlanRolloverJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None),
            KemelSchoolPD.DevelopmentPlans.ScanDevelopmentPlanRolloverJob.Cron);
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<KemelSchoolPD.Emailing.SendOutboxEmailsJob>(
            KemelSchoolPD.Emailing.SendOutboxEmailsJob.RecurringJobId, job => job.ExecuteAsync(CancellationToken.None), Cron.Minutely());
        recurring.AddOrUpdate<RemoveOrphanedAttachmentsJob>(
            RemoveOrphanedAttachmentsJob.RecurringJobId,
            job => job.ExecuteAsync(CancellationToken.None),
            RemoveOrphanedAttachmentsJob.Cron);
    }

    /// <summary>
    /// Hangfire's log provider is process-global too, and every host sets it from its own logger factory: in a process with
    /// several hosts (tests, two nodes in one test) the last one wins and may be disposed while the others still create
    /// Hangfire clients. A disposed factory then means "no logging" instead of an ObjectDisposedException.
    /// </summary>
    private sealed class HostSafeLogProvider(ILoggerFactory loggerFactory) : Hangfire.Logging.ILogProvider
    {
        private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

        public Hangfire.Logging.ILog GetLogger(string name)
        {
            try { return _inner.GetLogger(name); }
            catch (ObjectDisposedException) { return NoLog.Instance; }
        }

        private sealed class NoLog : Hangfire.Logging.ILog
        {
            public static readonly NoLog Instance = new();

            public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
        }
    }

    /// <summary>The dashboard is for the platform operator only: a host user granted KemelSchoolPD.BackgroundJobs.</summary>
    public sealed class HostAdminDashboardFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            if (http.User.Identity?.IsAuthenticated != true || http.User.FindFirst(KemelClaimTypes.TenantId) is not null) return false;
            return await http.RequestServices.GetRequiredService<IPermissionChecker>()
                .IsGrantedAsync(KemelSchoolPDPermissions.BackgroundJobs.Default);
        }
    }
}
