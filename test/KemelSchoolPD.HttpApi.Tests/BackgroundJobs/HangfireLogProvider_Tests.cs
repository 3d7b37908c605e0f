using Hangfire;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// Hangfire's log provider is process-global and set by every host that starts. When the host that set it last is
/// disposed first (test classes end in any order), the hosts still running must go on creating Hangfire clients.
/// </summary>
public sealed class HangfireLogProvider_Tests
{
    [Fact]
    public async Task Should_Create_Job_Clients_After_The_Host_That_Configured_Hangfire_Last_Was_Disposed()
    {
        await using var running = new KemelWebApplicationFactory();
        _ = running.Server;
        await using (var ended = new KemelWebApplicationFactory())
        {
            _ = ended.Server; // configures Hangfire's globals (its log provider) after the running host did
        }

        // Building Hangfire's job factory asks for a logger; the job must reach the running host's storage.
        var id = running.Services.GetRequiredService<IBackgroundJobClient>().Enqueue(() => Console.Out.Flush());

        running.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(id).ShouldNotBeNull();
    }
}
