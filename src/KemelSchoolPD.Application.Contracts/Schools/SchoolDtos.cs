using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Identity;

namespace KemelSchoolPD.Schools;

public sealed record SchoolDto(
    Guid Id, string Name, string Bin, string Region, string District, SettlementType SettlementType,
    IReadOnlyList<LanguageOfInstruction> LanguagesOfInstruction, bool IsActive, DateTime CreationTime);

public sealed record SchoolLookupDto(Guid Id, string Name);

public sealed class GetSchoolListInput : PagedInput
{
    [StringLength(SchoolConsts.MaxNameLength)]
    public string? Filter { get; set; }

    public bool? IsActive { get; set; }
}

/// <summary>A new school together with its first director's account.</summary>
public sealed class CreateSchoolDto
{
    [Required, StringLength(SchoolConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required, RegularExpression(SchoolConsts.BinPattern)]
    public string Bin { get; set; } = null!;

    [Required, StringLength(SchoolConsts.MaxRegionLength)]
    public string Region { get; set; } = null!;

    [Required, StringLength(SchoolConsts.MaxDistrictLength)]
    public string District { get; set; } = null!;

    [Required]
    public SettlementType? SettlementType { get; set; }

    [Required, MinLength(1)]
    public List<LanguageOfInstruction> LanguagesOfInstruction { get; set; } = [];

    [Required, StringLength(IdentityConsts.MaxUserNameLength), RegularExpression(IdentityConsts.UserNamePattern)]
    public string DirectorUserName { get; set; } = null!;

    [Required, EmailAddress, StringLength(IdentityConsts.MaxEmailLength)]
    public string DirectorEmail { get; set; } = null!;

    [Required, StringLength(IdentityConsts.MaxFullNameLength)]
    public string DirectorFullName { get; set; } = null!;

    [Required, StringLength(IdentityConsts.MaxPasswordLength, MinimumLength = IdentityConsts.MinPasswordLength)]
    public string DirectorPassword { get; set; } = null!;
}

public sealed record SchoolProfileDto(
    Guid Id, string Name, string Bin, string Region, string District, SettlementType SettlementType,
    IReadOnlyList<LanguageOfInstruction> LanguagesOfInstruction, string? Address, string? Phone, string? Email, string ConcurrencyStamp);

public sealed class UpdateSchoolProfileDto
{
    [Required, StringLength(SchoolConsts.MaxNameLength)]
    public string Name { get; set; } = null!;

    [Required, StringLength(SchoolConsts.MaxRegionLength)]
    public string Region { get; set; } = null!;

    [Required, StringLength(SchoolConsts.MaxDistrictLength)]
    public string District { get; set; } = null!;

    [Required]
    public SettlementType? SettlementType { get; set; }

    [Required, MinLength(1)]
    public List<LanguageOfInstruction> LanguagesOfInstruction { get; set; } = [];

    [StringLength(SchoolConsts.MaxAddressLength)]
    public string? Address { get; set; }

    [StringLength(SchoolConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    [EmailAddress, StringLength(SchoolConsts.MaxEmailLength)]
    public string? Email { get; set; }

    [Required]
    public string ConcurrencyStamp { get; set; } = null!;
}
