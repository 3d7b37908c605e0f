using Hangfire;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// Hosts sharing one process (the tests, or two app nodes in one test) each create their jobs from their own services,
/// whichever host started last: Hangfire's process-global JobActivator.Current must not decide it.
/// </summary>
public sealed class JobActivator_Tests
{
    [Fact]
    public async Task Should_Activate_Jobs_From_The_Hosts_Own_Services_When_Another_Host_Started_Later()
    {
        await using var first = new KemelWebApplicationFactory();
        _ = first.Server;
        await using var second = new KemelWebApplicationFactory();
        _ = second.Server; // configures Hangfire's globals after the first host did

        var activator = first.Services.GetRequiredService<JobActivator>();
#pragma warning disable CS0618 // the context-free overload: the activator under test ignores the context anyway
        using var scope = activator.BeginScope();
#pragma warning restore CS0618
        var configuration = (IConfiguration)scope.Resolve(typeof(IConfiguration));

        configuration.GetConnectionString("Default").ShouldBe(first.ConnectionString);
    }
}
