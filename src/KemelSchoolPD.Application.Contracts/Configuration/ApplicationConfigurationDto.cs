using KemelSchoolPD.Localization;

namespace KemelSchoolPD.Configuration;

/// <summary>Everything the web app needs at start: who is signed in, where, what they may do, and every text in their language.</summary>
public sealed record ApplicationConfigurationDto(
    CurrentUserDto CurrentUser,
    CurrentTenantDto CurrentTenant,
    IReadOnlyDictionary<string, bool> GrantedPolicies,
    LocalizationConfigurationDto Localization,
    ClockDto Clock);

/// <summary><see cref="StaffMemberId"/>: the signed-in user's staff record in the current school (null for the host or a user without one).</summary>
public sealed record CurrentUserDto(bool IsAuthenticated, Guid? Id, string? UserName, string? FullName, string? Email, IReadOnlyList<string> Roles, Guid? StaffMemberId,
    bool MustChangePassword = false);

public sealed record CurrentTenantDto(bool IsAvailable, Guid? Id, string? Name);

public sealed record LocalizationConfigurationDto(string CurrentCulture, IReadOnlyList<LanguageInfo> Languages, IReadOnlyDictionary<string, string> Texts);

public sealed record ClockDto(string Kind);
