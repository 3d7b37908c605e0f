using System.Collections.Concurrent;

namespace KemelSchoolPD.MultiTenancy;

/// <summary>
/// Switches a query filter (keyed by its marker interface: IMultiTenant, ISoftDelete) on or off for a scope.
/// Filters are on unless a scope disables them.
/// </summary>
public interface IDataFilter
{
    IDisposable Disable<TFilter>() where TFilter : class;
    IDisposable Enable<TFilter>() where TFilter : class;
    bool IsEnabled<TFilter>() where TFilter : class;
}

public sealed class DataFilter : IDataFilter
{
    private static readonly ConcurrentDictionary<Type, AsyncLocal<bool?>> States = new();

    public IDisposable Disable<TFilter>() where TFilter : class => Set<TFilter>(false);

    public IDisposable Enable<TFilter>() where TFilter : class => Set<TFilter>(true);

    public bool IsEnabled<TFilter>() where TFilter : class => State<TFilter>().Value ?? true;

    private static IDisposable Set<TFilter>(bool enabled)
    {
        var state = State<TFilter>();
        var parent = state.Value;
        state.Value = enabled;
        return new RestoreOnDisposeHandle(() => state.Value = parent);
    }

    private static AsyncLocal<bool?> State<TFilter>() => States.GetOrAdd(typeof(TFilter), _ => new AsyncLocal<bool?>());
}
