namespace KemelSchoolPD.Entities;

/// <summary>
/// A module's rules for one school, kept as one row per school: until the school saves its own, <see cref="Defaults"/> apply.
/// <typeparamref name="TRules"/> is the rules as values; the row checks them when it is made or updated.
/// </summary>
public interface ISchoolSettings<TSelf, TRules> : IMultiTenant, IHasConcurrencyStamp
    where TSelf : class, ISchoolSettings<TSelf, TRules>
{
    static abstract TRules Defaults { get; }

    static abstract TSelf Create(Guid id, TRules rules);

    TSelf Update(TRules rules);

    TRules ToRules();
}
