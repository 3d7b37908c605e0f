using KemelSchoolPD.HttpApi.Infrastructure;
using Microsoft.AspNetCore.Builder;

// Applies the configured provider's migrations and runs every seed contributor (host, then each school), then exits.
// Same configuration keys as the host: Database:Provider, ConnectionStrings:Default, Seed:DemoData.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Configuration["Hangfire:ServerEnabled"] = "false";
builder.AddKemelSchoolPD();
await using var app = builder.Build();
await DatabaseInitializer.MigrateAndSeedAsync(app.Services);
Console.WriteLine("Database migrated and seeded.");
