using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Configuration;

/// <summary>
/// What the web app needs at start: who is signed in, where, what they may do, and their language. The texts of that language
/// are not here but at <c>/api/app/texts/{culture}</c> (cached by the browser), named by <see
/// cref="LocalizationConfigurationDto.TextsVersion"/>.
/// </summary>
public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    IReadOnlyDictionary<string, bool> GrantedPolicies,
    LocalizationConfigurationDto Localization,
    ClockDto Clock);

/// <summary><see cref="StaffMemberId"/>: the signed-in user's staff record in the current school (null for the host or a user without
/// one).</summary>
public sealed record CurrentUserDto(
    bool IsAuthenticated,
    Guid? Id,
    string? UserName,
    string? FullName,
    string? Email,
    IReadOnlyList<string> Roles,
    Guid? StaffMemberId,
    bool MustChangePassword = false);

public sealed record CurrentTenantDto(bool IsAvailable, Guid? Id, string? Name);

/// <summary><see cref="TextsVersion"/>: the version of the current culture's texts, to ask for them as
/// <c>/api/app/texts/{culture}?version=…</c>.</summary>
public sealed record LocalizationConfigurationDto(string CurrentCulture, IReadOnlyList<LanguageInfo> Languages, string TextsVersion);

/// <summary>Every text of one culture (the default culture's texts fill its gaps), by localization key.</summary>
public sealed record LocalizedTextsDto(string Culture, IReadOnlyDictionary<string, string> Texts);

public sealed record ClockDto(string Kind);
