using KemelSchoolPD.MyWork;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.Notifications;

public static class NotificationsModule
{
    /// <summary>
    /// The notification centre, reminders, digests and "my work". Modules add their own kinds, sources, notifiers and read checks
    /// in their Add{Module}() (<see cref="NotificationKindRegistration.AddNotificationKinds"/>, <see cref="IMyWorkSource"/>,
    /// <see cref="IRecordChangeNotifier"/>, <see cref="IRecordReadCheck"/>).
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddSingleton<NotificationKindCatalog>();
        services.AddScoped<NotificationAppService>();
        services.AddScoped<NotificationPreferenceAppService>();
        services.AddScoped<NotificationMailer>();
        services.AddScoped<NotificationPublisher>();
        // The EF context picks it up as its first interceptor (events become notifications in the same save).
        services.AddScoped<NotificationEventsInterceptor>();
        services.AddScoped<ReminderSweep>();
        services.AddScoped<ReminderSweepBatch>();
        services.AddScoped<ScanRemindersJob>();
        services.AddScoped<SendRemindersJob>();
        services.AddScoped<SendNotificationDigestsJob>();
        services.AddScoped<RemoveStaleNotificationsJob>();
        services.AddMemoryCache(); // the to-do lists kept under each school's change token
        services.AddScoped<MyWorkAppService>();
        services.AddScoped<MyWorkSettingsAppService>();
        return services;
    }
}
