using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.EntityFrameworkCore.Tests.MultiTenancy;

/// <summary>Switchable query filters: on by default, switched per scope, restored on dispose, kept apart per async flow.</summary>
public sealed class DataFilter_Tests
{
    private readonly DataFilter _filter = new();

    [Fact]
    public void Should_Enable_Every_Filter_By_Default()
    {
        _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
        _filter.IsEnabled<ISoftDelete>().ShouldBeTrue();
    }

    [Fact]
    public void Should_Nest_Disable_And_Enable_Scopes_And_Restore_Each_Parent_On_Dispose()
    {
        using (_filter.Disable<IMultiTenant>())
        {
            _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
            using (_filter.Enable<IMultiTenant>())
            {
                _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
                using (_filter.Disable<IMultiTenant>()) _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
                _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
            }
            _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
        }
        _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
    }

    [Fact]
    public void Should_Switch_Each_Filter_Independently()
    {
        using (_filter.Disable<ISoftDelete>())
        {
            _filter.IsEnabled<ISoftDelete>().ShouldBeFalse();
            _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
        }
        using (_filter.Disable<IMultiTenant>())
        {
            _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
            _filter.IsEnabled<ISoftDelete>().ShouldBeTrue();
        }
    }

    [Fact]
    public void Should_Ignore_A_Second_Dispose_Of_The_Same_Scope()
    {
        var disable = _filter.Disable<IMultiTenant>();
        disable.Dispose();
        using var later = _filter.Disable<IMultiTenant>();

        disable.Dispose(); // must not re-enable the filter over the later scope

        _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
    }

    [Fact]
    public void Should_Be_Seen_By_Every_Instance_Of_The_Process()
    {
        using var _ = _filter.Disable<IMultiTenant>();

        new DataFilter().IsEnabled<IMultiTenant>().ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Flow_Into_Awaited_Tasks_And_Not_Into_Parallel_Flows()
    {
        var bothSet = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var set = 0;

        async Task<bool> Flow(bool disable)
        {
            using var scope = disable ? _filter.Disable<IMultiTenant>() : null;
            if (Interlocked.Increment(ref set) == 2) bothSet.SetResult();
            await bothSet.Task;
            await Task.Delay(1);
            return _filter.IsEnabled<IMultiTenant>();
        }

        var results = await Task.WhenAll(Task.Run(() => Flow(disable: true)), Task.Run(() => Flow(disable: false)));

        results.ShouldBe([false, true]);
        _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
    }
}
