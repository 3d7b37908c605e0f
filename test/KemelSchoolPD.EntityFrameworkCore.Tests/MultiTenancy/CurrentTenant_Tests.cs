using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.EntityFrameworkCore.Tests.MultiTenancy;

/// <summary>The ambient school: scopes nest, flow with the async call chain and never leak into other flows.</summary>
public sealed class CurrentTenant_Tests
{
    private readonly CurrentTenant _tenant = new();
    private readonly Guid _a = Guid.CreateVersion7();
    private readonly Guid _b = Guid.CreateVersion7();

    [Fact]
    public void Should_Be_The_Host_When_No_Scope_Is_Open()
    {
        _tenant.Id.ShouldBeNull();
        _tenant.Name.ShouldBeNull();
        _tenant.IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public void Should_Nest_Scopes_And_Restore_The_Parent_On_Dispose()
    {
        using (_tenant.Change(_a, "A"))
        {
            (_tenant.Id, _tenant.Name, _tenant.IsAvailable).ShouldBe((_a, "A", true));
            using (_tenant.Change(_b, "B"))
            {
                (_tenant.Id, _tenant.Name).ShouldBe((_b, "B"));
                using (_tenant.Change(null)) (_tenant.Id, _tenant.Name, _tenant.IsAvailable).ShouldBe((null, null, false));
                (_tenant.Id, _tenant.Name).ShouldBe((_b, "B"));
            }
            (_tenant.Id, _tenant.Name).ShouldBe((_a, "A"));
        }
        _tenant.IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public void Should_Ignore_A_Second_Dispose_Of_The_Same_Scope()
    {
        using var outer = _tenant.Change(_a);
        var inner = _tenant.Change(_b);
        inner.Dispose();
        using var later = _tenant.Change(_b, "later");

        inner.Dispose(); // must not restore "A" over the later scope

        _tenant.Name.ShouldBe("later");
    }

    [Fact]
    public void Should_Be_Seen_By_Every_Instance_Of_The_Process()
    {
        using var _ = _tenant.Change(_a);

        new CurrentTenant().Id.ShouldBe(_a); // a job or seeder resolving its own instance sees the same school
    }

    [Fact]
    public async Task Should_Flow_Into_Awaited_Tasks()
    {
        using var _ = _tenant.Change(_a, "A");

        await Task.Yield();
        _tenant.Id.ShouldBe(_a);
        (await Task.Run(() => _tenant.Id)).ShouldBe(_a);
        (await ReadAfterDelayAsync()).ShouldBe(_a);
        (_tenant.Id, _tenant.Name).ShouldBe((_a, "A"));
    }

    [Fact]
    public async Task Should_Not_Leak_A_Change_Made_In_Awaited_Work_Back_To_The_Caller()
    {
        using var _ = _tenant.Change(_a);

        await Task.Run(() =>
        {
            _tenant.Change(_b); // deliberately never disposed
            _tenant.Id.ShouldBe(_b);
        });
        _tenant.Id.ShouldBe(_a);

        await ChangeWithoutDisposingAsync(_b);
        _tenant.Id.ShouldBe(_a);
    }

    [Fact]
    public async Task Should_Keep_Parallel_Flows_Apart()
    {
        const int flows = 16;
        var ids = Enumerable.Range(0, flows).Select(_ => Guid.CreateVersion7()).ToArray();
        var everyFlowHasChanged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var changed = 0;

        var seen = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            using var _ = _tenant.Change(id);
            if (Interlocked.Increment(ref changed) == flows) everyFlowHasChanged.SetResult();
            await everyFlowHasChanged.Task; // every other flow has set its own school by now
            var afterBarrier = _tenant.Id;
            await Task.Delay(Random.Shared.Next(1, 10));
            return (afterBarrier, afterDelay: _tenant.Id);
        })));

        seen.ShouldBe(ids.Select(id => ((Guid?)id, (Guid?)id)).ToArray());
        _tenant.Id.ShouldBeNull();
    }

    private async Task<Guid?> ReadAfterDelayAsync()
    {
        await Task.Delay(5).ConfigureAwait(false); // continue on a pool thread, outside any synchronization context
        return _tenant.Id;
    }

    private async Task ChangeWithoutDisposingAsync(Guid id)
    {
        await Task.Yield();
        _tenant.Change(id);
        _tenant.Id.ShouldBe(id);
    }
}
