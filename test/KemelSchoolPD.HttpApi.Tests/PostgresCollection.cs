namespace KemelSchoolPD.HttpApi.Tests;

/// <summary>
/// Kept for classes that must not run beside each other on the shared cluster. PostgreSQL-backed classes otherwise run in
/// parallel like the SQLite ones: each starts its own host on its own database, so they share nothing but the server.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection
{
    public const string Name = "PostgreSQL";
}
