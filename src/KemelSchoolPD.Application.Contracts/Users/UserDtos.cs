using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Staff;

namespace KemelSchoolPD.Users;

/// <summary>An account of the school as the user administration lists it.</summary>
public sealed record UserDto(
    Guid Id, string UserName, string FullName, string? Email, Guid? StaffMemberId, IReadOnlyList<string> Roles,
    bool IsActive, bool IsLockedOut, DateTimeOffset? LockoutEnd, bool MustChangePassword, InvitationState InvitationState,
    DateTime? InvitedAt, DateTime? InvitationAcceptedAt, DateTime? InvitationExpiresAt, DateTime? LastSignInAt, DateTime CreationTime);

public sealed class GetUserListInput : PagedInput
{
    /// <summary>Part of the user name, full name or e-mail.</summary>
    [StringLength(IdentityConsts.MaxFullNameLength)]
    public string? Filter { get; set; }

    public Guid? StaffMemberId { get; set; }

    /// <summary>Only holders of this role (its name).</summary>
    [StringLength(UserConsts.MaxRoleNameLength)]
    public string? Role { get; set; }

    public bool? IsActive { get; set; }

    /// <summary>true: locked out now (too many failed sign-ins); false: not locked out.</summary>
    public bool? IsLockedOut { get; set; }

    public InvitationState? InvitationState { get; set; }

    /// <summary>Only accounts that have signed in (true) or never have (false).</summary>
    public bool? HasSignedIn { get; set; }

    /// <summary>userName (default), fullName, lastSignInAt, creationTime; add " desc" to reverse.</summary>
    [StringLength(64)]
    public string? Sorting { get; set; }
}

public sealed class CreateUserDto
{
    [Required]
    public Guid? StaffMemberId { get; set; }

    /// <summary>Empty: the proposal (GET /api/app/users/proposal).</summary>
    [StringLength(IdentityConsts.MaxUserNameLength), RegularExpression(UserConsts.UserNamePattern)]
    public string? UserName { get; set; }

    [Required, MaxLength(UserConsts.MaxRoles)]
    public List<string> Roles { get; set; } = [];

    [Required]
    public AccountDelivery? Delivery { get; set; }
}

/// <summary>The account made; <see cref="OneTimePassword"/> is shown this once and is never readable again.</summary>
public sealed record CreateUserResultDto(UserDto User, AccountDelivery Delivery, string? OneTimePassword);

/// <summary>
/// Accounts for many people at once: the listed staff members, or everyone the staff list's filter finds. People who already
/// have an account are skipped. People with an e-mail get an invitation, the others a one-time password on the handout.
/// </summary>
public sealed class BulkCreateUsersDto
{
    [MaxLength(UserConsts.MaxBulkStaffMembers)]
    public List<Guid>? StaffMemberIds { get; set; }

    /// <summary>Used when <see cref="StaffMemberIds"/> is empty: the same filter as GET /api/app/staff (archived people never).</summary>
    public BulkStaffFilterDto? StaffFilter { get; set; }

    [Required, MaxLength(UserConsts.MaxRoles)]
    public List<string> Roles { get; set; } = [];
}

public sealed class BulkStaffFilterDto
{
    [StringLength(StaffMemberConsts.MaxFullNameLength)]
    public string? Filter { get; set; }

    public QualificationCategory? Category { get; set; }

    [StringLength(StaffMemberConsts.MaxSubjectLength)]
    public string? Subject { get; set; }

    public Guid? MethodologicalAssociationId { get; set; }

    public bool? IsYoungSpecialist { get; set; }
}

public sealed record BulkCreateUsersItemDto(
    Guid StaffMemberId,
    string FullName,
    BulkAccountOutcome Outcome,
    Guid? UserId,
    string? UserName);

/// <summary>A file in a JSON answer.</summary>
public sealed record FileDto(string FileName, string ContentType, string ContentBase64);

/// <summary>
/// What was done for each person; <see cref="Handout"/> (DOCX, in the request's language) holds the one-time passwords
/// and exists only in this answer.
/// </summary>
public sealed record BulkCreateUsersResultDto(
    int CreatedCount,
    int SkippedCount,
    IReadOnlyList<BulkCreateUsersItemDto> Items,
    FileDto? Handout);

public sealed record UserNameProposalDto(Guid StaffMemberId, string UserName);

public sealed class UpdateUserRolesDto
{
    [Required, MaxLength(UserConsts.MaxRoles)]
    public List<string> Roles { get; set; } = [];
}

public sealed class ResetUserPasswordDto
{
    [Required]
    public AccountDelivery? Delivery { get; set; }
}

/// <summary>A one-time password is shown this once; with Email delivery it is null and a reset link was queued.</summary>
public sealed record ResetUserPasswordResultDto(AccountDelivery Delivery, string? OneTimePassword);

public sealed class CreateRoleDto
{
    [Required, StringLength(UserConsts.MaxRoleNameLength, MinimumLength = 2)]
    public string Name { get; set; } = null!;
}

public sealed record MyProfileDto(
    Guid Id, string UserName, string FullName, string? Email, string? Phone, string? PreferredCulture, Guid? StaffMemberId,
    IReadOnlyList<string> Roles, bool MustChangePassword, DateTime? LastSignInAt);

public sealed class UpdateMyProfileDto
{
    [StringLength(IdentityConsts.MaxEmailLength), EmailAddress]
    public string? Email { get; set; }

    [StringLength(UserConsts.MaxPhoneLength)]
    public string? Phone { get; set; }

    /// <summary>kk, ru, en or null (follow the browser).</summary>
    [StringLength(8)]
    public string? PreferredCulture { get; set; }
}

public sealed class ChangePasswordDto
{
    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string CurrentPassword { get; set; } = null!;

    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = null!;
}

public sealed class ForgotPasswordDto
{
    /// <summary>The school's id or BIN.</summary>
    [Required, StringLength(64)]
    public string School { get; set; } = null!;

    [Required, StringLength(IdentityConsts.MaxEmailLength)]
    public string UserNameOrEmail { get; set; } = null!;
}

/// <summary>The body of both one-time links: reset-password and accept-invitation.</summary>
public sealed class SetPasswordWithTokenDto
{
    [Required, StringLength(64)]
    public string School { get; set; } = null!;

    [Required]
    public Guid? UserId { get; set; }

    [Required, StringLength(256)]
    public string Token { get; set; } = null!;

    [Required, StringLength(IdentityConsts.MaxPasswordLength)]
    public string NewPassword { get; set; } = null!;
}
