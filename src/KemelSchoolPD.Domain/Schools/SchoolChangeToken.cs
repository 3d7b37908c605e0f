namespace KemelSchoolPD.Schools;

/// <summary>
/// A token that changes in the same transaction as any change to a school's records: what a computed view (the to-do list)
/// keys its cache on, so a cached answer is never older than the school's data on any node. No row yet: nothing written yet.
/// </summary>
public sealed class SchoolChangeToken
{
    /// <summary>
    /// The row of the platform itself (no school has this id): renewed with any change to the host's catalogue that schools read
    /// (course programmes, public holidays…), and part of every kept view's key, so such a change renews every school's views at once.
    /// </summary>
    public static readonly Guid Platform = Guid.Empty;

    public Guid SchoolId { get; private set; }
    public Guid Token { get; private set; }

    private SchoolChangeToken() { }

    public SchoolChangeToken(Guid schoolId) => (SchoolId, Token) = (schoolId, Guid.NewGuid());
}
