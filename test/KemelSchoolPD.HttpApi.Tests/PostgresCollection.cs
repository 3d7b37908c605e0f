namespace KemelSchoolPD.HttpApi.Tests;

/// <summary>PostgreSQL-backed test classes run one after another: each starts its own host on its own database of one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
