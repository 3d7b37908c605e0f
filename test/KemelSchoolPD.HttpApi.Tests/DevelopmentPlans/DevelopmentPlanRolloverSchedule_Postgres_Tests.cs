using Hangfire;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.DevelopmentPlans;

/// <summary>
/// The yearly rollover on a real Hangfire server with PostgreSQL storage: the host registers it for 1 September; the scan
/// queues one job per active school, each runs inside its school and opens this year's drafts from last year's plans.
/// </summary>
public sealed class DevelopmentPlanRolloverSchedule_Postgres_Tests : IAsyncLifetime
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
    public async Task Should_Register_The_Yearly_Rollover_And_Open_This_Years_Drafts_In_Each_School()
    {
        var storage = _host.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection)
                .Where(r => r.Id == ScanDevelopmentPlanRolloverJob.RecurringJobId).ShouldHaveSingleItem();
            recurring.Cron.ShouldBe("0 3 1 9 *");
        }
        var year = AcademicYears.Current(TimeProvider.System);
        var teacher = await _host.SignInAsync(TestData.DemoSchoolBin, "teacher10");
        var last = await (await teacher.PostJsonAsync(
            "/api/app/development-plans",
            new { templateId = BuiltInPlanTemplates.Table17Id, academicYear = year - 1 }))
            .ReadAsync<DevelopmentPlanDto>(System.Net.HttpStatusCode.Created);

        _host.Services.GetRequiredService<IRecurringJobManager>().Trigger(ScanDevelopmentPlanRolloverJob.RecurringJobId);

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (SucceededRollovers(storage) < 2 && DateTime.UtcNow < deadline) await Task.Delay(250);
        SucceededRollovers(storage).ShouldBe(2, $"failed={storage.GetMonitoringApi().FailedCount()}"); // both demo schools
        var current = (await teacher.GetAsync<PagedResultDto<DevelopmentPlanListItemDto>>(
            $"/api/app/development-plans?academicYear={year}")).Items.ShouldHaveSingleItem();
        (await teacher.GetAsync<DevelopmentPlanDto>($"/api/app/development-plans/{current.Id}")).PreviousPlanId.ShouldBe(last.Id);
    }

    private static int SucceededRollovers(JobStorage storage) =>
        storage.GetMonitoringApi().SucceededJobs(0, 100)
            .Count(j => j.Value.Job?.Type == typeof(TenantJobRunner<RolloverDevelopmentPlansJob, RolloverDevelopmentPlansArgs>));
}
