namespace KemelSchoolPD.Data;

/// <summary>Idempotent seed step. Runs once for the host (TenantId null) and once per school, inside that school's tenant scope.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first.</summary>
    int Order => 0;

    Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default);
}

public sealed record DataSeedContext(Guid? TenantId, IReadOnlyDictionary<string, object?>? Properties = null)
{
    public T? Get<T>(string name) => Properties is not null && Properties.TryGetValue(name, out var v) && v is T t ? t : default;
}
