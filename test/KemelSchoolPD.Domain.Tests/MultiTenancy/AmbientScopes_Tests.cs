using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;

namespace KemelSchoolPD.Domain.Tests.MultiTenancy;

public sealed class AmbientScopes_Tests
{
    private readonly CurrentTenant _tenant = new();
    private readonly DataFilter _filter = new();

    [Fact]
    public void Should_Nest_Tenant_Scopes_And_Restore_The_Parent_On_Dispose()
    {
        var a = Guid.CreateVersion7();
        var b = Guid.CreateVersion7();

        using (_tenant.Change(a, "A"))
        {
            _tenant.Id.ShouldBe(a);
            using (_tenant.Change(b, "B")) _tenant.Name.ShouldBe("B");
            _tenant.Id.ShouldBe(a);
            using (_tenant.Change(null)) _tenant.IsAvailable.ShouldBeFalse();
            _tenant.Name.ShouldBe("A");
        }
        _tenant.IsAvailable.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_Flow_Into_Awaited_Work_Without_Leaking_Between_Parallel_Flows()
    {
        var ids = Enumerable.Range(0, 20).Select(_ => Guid.CreateVersion7()).ToList();

        var seen = await Task.WhenAll(ids.Select(async id =>
        {
            using var _ = _tenant.Change(id);
            await Task.Delay(Random.Shared.Next(1, 20));
            return _tenant.Id;
        }));

        seen.ShouldBe(ids.Cast<Guid?>());
        _tenant.Id.ShouldBeNull();
    }

    [Fact]
    public void Should_Enable_Filters_By_Default_And_Restore_Them_After_Nested_Scopes()
    {
        _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
        using (_filter.Disable<IMultiTenant>())
        {
            _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
            _filter.IsEnabled<ISoftDelete>().ShouldBeTrue();
            using (_filter.Enable<IMultiTenant>()) _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
            _filter.IsEnabled<IMultiTenant>().ShouldBeFalse();
        }
        _filter.IsEnabled<IMultiTenant>().ShouldBeTrue();
    }
}
