using KemelSchoolPD.Emailing;
using Microsoft.Extensions.Options;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class EmailingSetup
{
    public static IServiceCollection AddKemelEmailing(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section)).PostConfigure(o =>
            o.PickupDirectory = Path.GetFullPath(configuration["Email:PickupDirectory"] ?? o.PickupDirectory, contentRoot));
        services.AddScoped<IEmailOutbox, DbEmailOutbox>();
        services.AddScoped<EmailOutboxInterceptor>();
        services.AddSingleton<EmailTemplateRenderer>();
        services.AddScoped<SendOutboxEmailsJob>();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpEmailTransport>(sp)
            : ActivatorUtilities.CreateInstance<PickupDirectoryEmailTransport>(sp));
        return services;
    }
}
