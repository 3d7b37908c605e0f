namespace KemelSchoolPD.MultiTenancy;

/// <summary>The ambient school. Null id means the host (platform operator).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }
    string? Name { get; }
    bool IsAvailable { get; }

    /// <summary>Runs the enclosed code as another school (or the host with null). Scopes nest; disposing restores the parent.</summary>
    IDisposable Change(Guid? id, string? name = null);
}

public sealed class CurrentTenant : ICurrentTenant
{
    private sealed record TenantInfo(Guid? Id, string? Name);

    // Process-wide, flows with the async call chain (ABP's AsyncLocalCurrentTenantAccessor).
    private static readonly AsyncLocal<TenantInfo?> Current = new();

    public Guid? Id => Current.Value?.Id;
    public string? Name => Current.Value?.Name;
    public bool IsAvailable => Id.HasValue;

    public IDisposable Change(Guid? id, string? name = null)
    {
        var parent = Current.Value;
        Current.Value = new TenantInfo(id, name);
        return new RestoreOnDisposeHandle(() => Current.Value = parent);
    }
}

public sealed class RestoreOnDisposeHandle(Action restore) : IDisposable
{
    private Action? _restore = restore;

    public void Dispose() => Interlocked.Exchange(ref _restore, null)?.Invoke();
}
