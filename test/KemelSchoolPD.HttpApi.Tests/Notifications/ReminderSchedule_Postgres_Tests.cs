using Hangfire;
using Hangfire.Storage;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>
/// The whole chain on a real Hangfire server with PostgreSQL storage: the host registers the daily scan and the digest at
/// startup (and drops the old expiring-category scan); the scan queues one reminder job per batch of active schools, which runs.
/// </summary>
public sealed class ReminderSchedule_Postgres_Tests : IAsyncLifetime
{
    private KemelWebApplicationFactory _host = null!;

    public Task InitializeAsync()
    {
        _host = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql, settings: new Dictionary<string, string?>
        {
            ["Hangfire:ServerEnabled"] = "true", ["Hangfire:Storage"] = "PostgreSql", ["Hangfire:WorkerCount"] = "2",
        });
        _ = _host.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Should_Register_The_Daily_Jobs_And_Run_The_Sweep_Through_Its_Batches()
    {
        var storage = _host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var recurring = connection.GetRecurringJobs();
            recurring.Single(r => r.Id == ScanRemindersJob.RecurringJobId).ShouldSatisfyAllConditions(
                r => r.Cron.ShouldBe(ScanRemindersJob.Cron), r => r.Job.Type.ShouldBe(typeof(ScanRemindersJob)));
            recurring.Single(r => r.Id == SendNotificationDigestsJob.RecurringJobId).Cron.ShouldBe(SendNotificationDigestsJob.Cron);
            recurring.ShouldNotContain(r => r.Id == "scan-expiring-categories");
        }

        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger(ScanRemindersJob.RecurringJobId);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (SucceededSweeps(storage) == 0 && DateTime.UtcNow < deadline) await Task.Delay(250);
        SucceededSweeps(storage).ShouldBe(1, $"failed={storage.GetMonitoringApi().FailedCount()}"); // two schools: one batch
    }

    private static int SucceededSweeps(JobStorage storage) =>
        storage.GetMonitoringApi().SucceededJobs(0, 100).Count(j => j.Value.Job?.Type == typeof(SendRemindersJob));
}
