namespace KemelSchoolPD.Schools;

/// <summary>
/// A token that changes in the same transaction as any change to a school's records: what a computed view (the to-do list)
/// keys its cache on, so a cached answer is never older than the school's data on any node. No row yet: nothing written yet.
/// </summary>
public sealed class SchoolChangeToken
{
    public Guid SchoolId { get; private set; }
    public Guid Token { get; private set; }

    private SchoolChangeToken() { }

    public SchoolChangeToken(Guid schoolId) => (SchoolId, Token) = (schoolId, Guid.NewGuid());
}
