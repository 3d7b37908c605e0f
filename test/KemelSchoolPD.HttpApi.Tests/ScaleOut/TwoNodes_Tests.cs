using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Staff;
using KemelSchoolPD.TestBase;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KemelSchoolPD.HttpApi.Tests.ScaleOut;

/// <summary>
/// Two app nodes on one PostgreSQL database, each with its own Hangfire server: a session started on one node works on the
/// other, signing out on one ends it everywhere, and every background job runs exactly once across the nodes.
/// </summary>
public sealed class TwoNodes_Tests : IAsyncLifetime
{
    private KemelWebApplicationFactory _node1 = null!;
    private KemelWebApplicationFactory _node2 = null!;
    private readonly List<string> _jobIds = [];

    public Task InitializeAsync()
    {
        var database = PostgresCluster.Instance.CreateDatabase("scaleout");
        var settings = new Dictionary<string, string?>
        {
            ["Hangfire:ServerEnabled"] = "true",
            ["Hangfire:Storage"] = "PostgreSql",
            ["Hangfire:WorkerCount"] = "2"
        };
        _node1 = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql, database, settings);
        _ = _node1.Server; // starts node 1 first: it migrates and seeds
        _node2 = new KemelWebApplicationFactory(DatabaseProvider.PostgreSql, database, settings);
        _ = _node2.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _node1.DisposeAsync();
        await _node2.DisposeAsync();
    }

    [Fact]
    public async Task Should_Count_Failed_Sign_Ins_On_Every_Node_Together()
    {
        // teacher12 from one source: 3 failures on node 1 and 2 on node 2 make the five that refuse this source.
        object Attempt(string password) => new { school = TestData.DemoSchoolBin, userName = "teacher12", password };
        for (var i = 0; i < 5; i++)
        {
            var answer = await Client(i < 3 ? _node1 : _node2).PostAsJsonAsync("/api/account/login", Attempt("wrong-" + i));
            answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var refused = await Client(_node1).PostAsJsonAsync("/api/account/login", Attempt(TestData.Password));

        await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, KemelSchoolPDErrorCodes.Account.LockedOut);
    }

    [Fact]
    public async Task Should_Accept_A_Cookie_Issued_By_The_Other_Node_And_Sign_Out_Everywhere()
    {
        var login = await Client(_node1).PostAsJsonAsync("/api/account/login",
            new { school = TestData.DemoSchoolBin, userName = TestData.Director, password = TestData.Password });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookies = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        cookies.ShouldContain(c => c.StartsWith("KemelSchoolPD.Auth="));
        var cookie = string.Join("; ", cookies);

        var onNode2 = Client(_node2, cookie);
        var staff = await onNode2.GetAsync<PagedResultDto<StaffMemberDto>>("/api/app/staff");
        staff.TotalCount.ShouldBeGreaterThanOrEqualTo(TestData.DemoSchoolStaffCount);

        (await onNode2.PostAsync("/api/account/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await Client(_node1, cookie).GetAsync("/api/app/staff")).ShouldBeProblemAsync(
            HttpStatusCode.Unauthorized,
            "Common:Unauthorized");
    }

    [Fact]
    public async Task Should_Run_Each_Background_Job_Exactly_Once_Across_Nodes()
    {
        const int jobs = 20;
        var runId = Guid.NewGuid();
        Guid schoolId;
        using (var scope = _node1.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>();
            schoolId = db.Schools.Single(s => s.Bin == TestData.DemoSchoolBin).Id;
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(schoolId);
            var manager = scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>();
            for (var i = 0; i < jobs; i++) _jobIds.Add(manager.Enqueue<CountingJob, CountingArgs>(new CountingArgs(schoolId, runId, i)));
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (CountingJob.Runs.Count(r => r.Key.RunId == runId) < jobs && DateTime.UtcNow < deadline) await Task.Delay(250);
        await Task.Delay(1500); // give a duplicate execution, if any, the chance to show up

        var runs = CountingJob.Runs.Where(r => r.Key.RunId == runId).ToList();
        // Both nodes work the queue.
        _node1.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().Servers().Count.ShouldBe(2);
        runs.Count.ShouldBe(jobs, HangfireState());
        runs.ShouldAllBe(r => r.Value == 1);
        CountingJob.Tenants.Where(t => t.Key.RunId == runId).ShouldAllBe(t => t.Value == schoolId);
    }

    /// <summary>What Hangfire itself says, so a failure here explains itself.</summary>
    private string HangfireState()
    {
        var monitor = _node1.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var failed = monitor.FailedJobs(0, 3)
            .Select(f => f.Value.ExceptionMessage + " " + f.Value.ExceptionDetails?.Split('\n').FirstOrDefault());
        var first = _jobIds.Count == 0 ? null : monitor.JobDetails(_jobIds[0]);
        var history = first is null ? "none" : string.Join(
            " > ",
            first.History.Select(h => h.StateName + ":" + h.Reason + string.Join(",", h.Data.Select(d => d.Key + "=" + d.Value))));
        return $"ids={string.Join(",", _jobIds.Take(2))} history={history} servers={monitor.Servers().Count} enqueued={monitor.EnqueuedCount("default")} failed={monitor.FailedCount()} processing={monitor.ProcessingCount()} succeeded={monitor.SucceededListCount()}: {string.Join(" | ", failed)}";
    }

    private static HttpClient Client(KemelWebApplicationFactory node, string? cookie = null)
    {
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        if (cookie is null) return client;
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        if (cookie.Split("; ").FirstOrDefault(c => c.StartsWith("XSRF-TOKEN=")) is { } xsrf)
            client.DefaultRequestHeaders.Add("X-XSRF-TOKEN", xsrf["XSRF-TOKEN=".Length..]); // as the web app sends it
        return client;
    }
}

public sealed record CountingArgs(Guid TenantId, Guid RunId, int Number) : TenantJobArgs(TenantId);

/// <summary>Counts its own executions in this process (both nodes live in the test process).</summary>
public sealed class CountingJob(ICurrentTenant currentTenant) : IBackgroundJob<CountingArgs>
{
    public static readonly ConcurrentDictionary<(Guid RunId, int Number), int> Runs = new();
    public static readonly ConcurrentDictionary<(Guid RunId, int Number), Guid?> Tenants = new();

    public async Task ExecuteAsync(CountingArgs args, CancellationToken cancellationToken)
    {
        Tenants[(args.RunId, args.Number)] = currentTenant.Id;
        Runs.AddOrUpdate((args.RunId, args.Number), 1, (_, n) => n + 1);
        await Task.Delay(50, cancellationToken); // long enough for both nodes' workers to compete
    }
}
