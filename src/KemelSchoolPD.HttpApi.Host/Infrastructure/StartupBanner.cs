using KemelSchoolPD.Identity;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace KemelSchoolPD.HttpApi.Infrastructure;

public static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine("KemelSchoolPD is running:");
        foreach (var address in addresses) Console.WriteLine(
            $"  {address}   (API reference: {address}/scalar in Development, health: {address}/health)");
        var email = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<KemelSchoolPD.Emailing.EmailOptions>>().Value;
        Console.WriteLine(email.UsesSmtp
            ? $"E-mail: sent through SMTP {email.Host}:{email.Port}"
            : $"E-mail: no SMTP host (Email:Smtp:Host), messages are written as .eml files to {email.PickupDirectory}");
        if (!app.Configuration.GetValue("Seed:DemoData", true)) return;
        Console.WriteLine($"Demo sign-in (password for everyone: {DemoPassword.Value}):");
        Console.WriteLine("  platform operator: admin (no school)");
        Console.WriteLine("  Kemel Demo School: director, deputy, teacher01..teacher12, mentor1, mentor2, young1, commission1");
        Console.WriteLine("  Kemel Second School: director, teacher01");
        Console.WriteLine();
    }
}
