using System.Text.RegularExpressions;
using KemelSchoolPD.Entities;
using KemelSchoolPD.Exceptions;

namespace KemelSchoolPD.Schools;

/// <summary>
/// A school is a tenant: its <see cref="Entity{TKey}.Id"/> is the TenantId of every row it owns. Host data, so not IMultiTenant.
/// A deactivated school keeps all its data; its users simply cannot sign in.
/// </summary>
public sealed partial class School : AuditedAggregateRoot<Guid>, IAuditedEntity
{
    public string Name { get; private set; } = null!;
    public string Bin { get; private set; } = null!;
    public string Region { get; private set; } = null!;
    public string District { get; private set; } = null!;
    public SettlementType SettlementType { get; private set; }
    public IReadOnlyList<LanguageOfInstruction> LanguagesOfInstruction { get; private set; } = [];
    public string? Address { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public bool IsActive { get; private set; }
    /// <summary>Name, BIN and region as <see cref="KemelSchoolPD.SearchText"/> compares them.</summary>
    public string SearchText { get; private set; } = "";

    private School() { }

    internal School(Guid id, string name, string bin, string region, string district, SettlementType settlementType,
        IReadOnlyCollection<LanguageOfInstruction> languages) : base(id)
    {
        SetIdentity(name, bin, region, district, settlementType, languages);
        IsActive = true;
    }

    public static School Create(string name, string bin, string region, string district, SettlementType settlementType,
        IReadOnlyCollection<LanguageOfInstruction> languages) =>
        new(Guid.CreateVersion7(), name, bin, region, district, settlementType, languages);

    public School SetIdentity(string name, string bin, string region, string district, SettlementType settlementType,
        IReadOnlyCollection<LanguageOfInstruction> languages)
    {
        Name = Check.NotNullOrWhiteSpace(name, nameof(Name), SchoolConsts.MaxNameLength);
        Bin = Check.NotNullOrWhiteSpace(bin, nameof(Bin), SchoolConsts.BinLength);
        if (!BinRegex().IsMatch(Bin)) throw new InputValidationException(nameof(Bin), ValidationCodes.Pattern);
        Region = Check.NotNullOrWhiteSpace(region, nameof(Region), SchoolConsts.MaxRegionLength);
        District = Check.NotNullOrWhiteSpace(district, nameof(District), SchoolConsts.MaxDistrictLength);
        SettlementType = Check.Defined(settlementType, nameof(SettlementType));
        if (languages.Count == 0) throw new InputValidationException(nameof(LanguagesOfInstruction), ValidationCodes.Required);
        foreach (var language in languages) Check.Defined(language, nameof(LanguagesOfInstruction));
        LanguagesOfInstruction = languages.Distinct().Order().ToList();
        return RefreshSearchText();
    }

    /// <summary>Rewrites the search column from the fields (also used to fill rows written before the column existed).</summary>
    public School RefreshSearchText()
    {
        SearchText = KemelSchoolPD.SearchText.Of(Name, Bin, Region);
        return this;
    }

    public School SetContacts(string? address, string? phone, string? email)
    {
        Address = Check.NullIfEmpty(address, nameof(Address), SchoolConsts.MaxAddressLength);
        Phone = Check.NullIfEmpty(phone, nameof(Phone), SchoolConsts.MaxPhoneLength);
        Email = Check.NullIfEmpty(email, nameof(Email), SchoolConsts.MaxEmailLength);
        return this;
    }

    public School Deactivate()
    {
        if (!IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.Schools.AlreadyInactive);
        IsActive = false;
        return this;
    }

    public School Activate()
    {
        if (IsActive) throw new ConflictException(KemelSchoolPDErrorCodes.Schools.AlreadyActive);
        IsActive = true;
        return this;
    }

    [GeneratedRegex(SchoolConsts.BinPattern)]
    private static partial Regex BinRegex();
}
