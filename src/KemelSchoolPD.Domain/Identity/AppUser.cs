using KemelSchoolPD.Entities;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.Identity;

/// <summary>
/// A sign-in account. Belongs to one school (<see cref="TenantId"/>) or, when null, to the host.
/// User names and e-mails are unique per school, not globally: two schools can both have a "director".
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    public string FullName { get; private set; } = null!;
    /// <summary>kk, ru or en; null means "follow the browser".</summary>
    public string? PreferredCulture { get; private set; }
    public DateTime CreationTime { get; private set; }
    /// <summary>An inactive account cannot sign in and its sessions and tokens stop working.</summary>
    public bool IsActive { get; private set; } = true;
    /// <summary>Signed in with a one-time password: only the password change is open until a new one is chosen.</summary>
    public bool MustChangePassword { get; private set; }
    public DateTime? LastSignInAt { get; private set; }
    public DateTime? InvitedAt { get; private set; }
    public DateTime? InvitationAcceptedAt { get; private set; }
    /// <summary>SHA-256 of the invitation link's token (the token itself is only in the e-mail); null once used.</summary>
    public string? InvitationTokenHash { get; private set; }
    public DateTime? InvitationExpiresAt { get; private set; }
    /// <summary>SHA-256 of the password-reset link's token; null once used.</summary>
    public string? PasswordResetTokenHash { get; private set; }
    public DateTime? PasswordResetExpiresAt { get; private set; }

    private AppUser() { }

    public AppUser(Guid? tenantId, string userName, string fullName, string? email)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserName = userName;
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
        SetFullName(fullName);
        CreationTime = DateTime.UtcNow;
    }

    public void SetFullName(string fullName)
        => FullName = Check.NotNullOrWhiteSpace(fullName, nameof(FullName), IdentityConsts.MaxFullNameLength);

    public void SetPreferredCulture(string? culture) => PreferredCulture = culture;

    public void Deactivate()
    {
        IsActive = false;
        NewSecurityStamp();
    }

    public void Reactivate() => IsActive = true;

    public void RequirePasswordChange(bool required) => MustChangePassword = required;

    public void MarkSignedIn(DateTime now) => LastSignInAt = now;

    /// <summary>A new invitation replaces any earlier one (whose link stops working).</summary>
    public void Invite(string tokenHash, DateTime now, DateTime expiresAt)
    {
        InvitedAt = now;
        InvitationAcceptedAt = null;
        InvitationTokenHash = tokenHash;
        InvitationExpiresAt = expiresAt;
    }

    public bool IsInvitationValid(string tokenHash, DateTime now) =>
        IsActive && InvitationAcceptedAt is null && InvitationTokenHash is not null && InvitationExpiresAt > now
        && string.Equals(InvitationTokenHash, tokenHash, StringComparison.Ordinal);

    public void AcceptInvitation(DateTime now)
    {
        InvitationAcceptedAt = now;
        InvitationTokenHash = null;
        InvitationExpiresAt = null;
        EmailConfirmed = true;
    }

    public void RequestPasswordReset(string tokenHash, DateTime expiresAt)
    {
        PasswordResetTokenHash = tokenHash;
        PasswordResetExpiresAt = expiresAt;
    }

    public bool IsPasswordResetValid(string tokenHash, DateTime now) =>
        IsActive && PasswordResetTokenHash is not null && PasswordResetExpiresAt > now
        && string.Equals(PasswordResetTokenHash, tokenHash, StringComparison.Ordinal);

    public void ClearPasswordReset()
    {
        PasswordResetTokenHash = null;
        PasswordResetExpiresAt = null;
    }

    /// <summary>Ends every session and token issued before now: they carry the old stamp, which no longer matches.</summary>
    public void NewSecurityStamp() => SecurityStamp = Guid.NewGuid().ToString("N");
}

/// <summary>A role of one school (or of the host). Its permissions are stored as role claims of type "permission".</summary>
public sealed class AppRole : IdentityRole<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    /// <summary>One of the roles every school starts with; it cannot be deleted.</summary>
    public bool IsStatic { get; private set; }

    private AppRole() { }

    public AppRole(Guid? tenantId, string name, bool isStatic)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Name = name;
        IsStatic = isStatic;
    }
}
