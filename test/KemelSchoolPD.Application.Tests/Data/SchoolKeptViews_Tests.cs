using KemelSchoolPD.Data;
using KemelSchoolPD.TestBase;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace KemelSchoolPD.Application.Tests.Data;

/// <summary>A kept view is computed once per key at a time: the readers that arrive meanwhile wait for it (no thundering herd).</summary>
public abstract class SchoolKeptViews_Tests(KemelWebApplicationFactory host) : ApplicationTestBase(host)
{
    [Fact]
    public async Task Should_Compute_A_View_Once_For_The_Readers_Arriving_While_It_Is_Computed()
    {
        var school = await SchoolIdAsync(TestData.DemoSchoolBin);
        var key = Guid.NewGuid();
        var computations = 0;
        var release = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => ReadAsync(school, key, () =>
        {
            Interlocked.Increment(ref computations);
            return release.Task;
        }, CancellationToken.None))).ToList();
        await WaitUntilAsync(() => Volatile.Read(ref computations) > 0);
        await Task.Delay(300); // the other readers arrive while the first computes
        release.SetResult(42);

        (await Task.WhenAll(readers)).ShouldAllBe(v => v == 42);
        computations.ShouldBe(1);
        (await ReadAsync(school, key, () => Task.FromResult(0), CancellationToken.None)).ShouldBe(42, "kept after it was computed");
    }

    [Fact]
    public async Task Should_Let_A_Waiting_Reader_Compute_Its_Own_When_The_Reader_Computing_Leaves()
    {
        var school = await SchoolIdAsync(TestData.DemoSchoolBin);
        var key = Guid.NewGuid();
        using var leaves = new CancellationTokenSource();
        var never = new TaskCompletionSource<int>();

        var computing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = Task.Run(() => ReadAsync(school, key, () =>
        {
            computing.SetResult();
            return never.Task.WaitAsync(leaves.Token);
        }, leaves.Token));
        await computing.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the first reader computes: the second finds its computation
        var second = Task.Run(() => ReadAsync(school, key, () => Task.FromResult(7), CancellationToken.None));
        await Task.Delay(200);
        await leaves.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(first);
        (await second.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(7);
    }

    private async Task<int> ReadAsync(Guid school, Guid key, Func<Task<int>> compute, CancellationToken ct)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var cache = scope.ServiceProvider.GetRequiredService<IMemoryCache>();
        var db = scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>();
        return await cache.KeptForSchoolAsync(db, school, key, compute, ct);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++) await Task.Delay(100);
        condition().ShouldBeTrue();
    }
}

public sealed class SchoolKeptViews_Sqlite_Tests(SqliteHostFixture host) : SchoolKeptViews_Tests(host), IClassFixture<SqliteHostFixture>;

public sealed class SchoolKeptViews_Postgres_Tests(PostgresHostFixture host) :
    SchoolKeptViews_Tests(host),
    IClassFixture<PostgresHostFixture>;
