using Hangfire;
using Hangfire.Storage;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.Notifications;

/// <summary>
/// The whole chain on a real Hangfire server with PostgreSQL storage: the host registers the daily scan at startup; the scan
/// queues one job per active school; each job runs inside its school and leaves notifications there.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ExpiringCategoriesSchedule_Postgres_Tests : IAsyncLifetime
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
    public async Task Should_Register_The_Daily_Scan_And_Run_It_Through_To_Each_Schools_Notifications()
    {
        var storage = _host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var recurring = connection.GetRecurringJobs().Where(r => r.Id == ScanExpiringCategoriesJob.RecurringJobId).ShouldHaveSingleItem();
            recurring.Cron.ShouldBe(Cron.Daily(2));
            recurring.Job.Type.ShouldBe(typeof(ScanExpiringCategoriesJob));
        }
        await ExpiringCategorySetup.MakeCommissionMemberExpireSoonAsync(_host);
        var schools = await SchoolIdsAsync();

        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger(ScanExpiringCategoriesJob.RecurringJobId);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<Guid> ran;
        while ((ran = SucceededNotifyJobs(storage)).Count < schools.Count && DateTime.UtcNow < deadline) await Task.Delay(250);
        ran.OrderBy(id => id).ShouldBe(schools.OrderBy(id => id), $"failed={storage.GetMonitoringApi().FailedCount()}");

        // Only the demo school has a category expiring within 180 days (commission1): its director, deputy and commission1 got one each.
        var demoId = schools.Single(id => id == DemoSchoolId());
        var rows = await AllNotificationsAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(n => n.TenantId == demoId);
        rows.GroupBy(n => (n.UserId, n.SubjectKey)).ShouldAllBe(g => g.Count() == 1);
        rows.Select(n => n.UserId).Distinct().Count().ShouldBe(3);
    }

    private static List<Guid> SucceededNotifyJobs(JobStorage storage) =>
        storage.GetMonitoringApi().SucceededJobs(0, 100)
            .Where(j => j.Value.Job?.Type == typeof(TenantJobRunner<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>))
            .Select(j => ((NotifyExpiringCategoriesArgs)j.Value.Job.Args[0]).TenantId).ToList();

    private Guid DemoSchoolId()
    {
        using var scope = _host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Single(s => s.Bin == TestData.DemoSchoolBin).Id;
    }

    private async Task<List<Guid>> SchoolIdsAsync()
    {
        using var scope = _host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Schools.Where(s => s.IsActive).Select(s => s.Id).ToListAsync();
    }

    private async Task<List<Notification>> AllNotificationsAsync()
    {
        using var scope = _host.Services.CreateScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().Notifications.AsNoTracking().ToListAsync();
    }
}
