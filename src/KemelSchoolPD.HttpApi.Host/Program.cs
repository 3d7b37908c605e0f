using KemelSchoolPD.HttpApi.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddKemelSchoolPD();
var app = builder.Build();

if (args.Contains("--migrate-database"))
{
    await DatabaseInitializer.MigrateAndSeedAsync(app.Services);
    return;
}
if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
    await DatabaseInitializer.MigrateAndSeedAsync(app.Services);

app.UseKemelSchoolPD();
HangfireSetup.ScheduleRecurringJobs(app);
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
app.Run();

public partial class Program;
