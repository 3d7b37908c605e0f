namespace KemelSchoolPD.Users;

public static class UserConsts
{
    /// <summary>An invitation link works once, for this long.</summary>
    public const int InvitationValidDays = 7;
    /// <summary>A password-reset link works once, for this long.</summary>
    public const int PasswordResetValidMinutes = 120;
    /// <summary>At most this many people per bulk request.</summary>
    public const int MaxBulkStaffMembers = 500;
    public const int MaxRoles = 20;
    public const int MaxRoleNameLength = 64;
    public const int MaxPhoneLength = 32;
    /// <summary>Lower-case Latin letters, digits, dot, dash and underscore: what <see cref="UserNameTransliterator"/> proposes and people
    /// can type.</summary>
    public const string UserNamePattern = "^[a-z0-9][a-z0-9._-]*$";
}

/// <summary>How a new account's first password reaches the person.</summary>
public enum AccountDelivery
{
    /// <summary>An invitation e-mail with a one-time link (7 days) where the person chooses a password.</summary>
    Email = 1,
    /// <summary>A one-time password shown once (or printed), to be changed at the first sign-in.</summary>
    OneTimePassword = 2,
}

/// <summary>Where an account's invitation stands.</summary>
public enum InvitationState
{
    /// <summary>The account was not made by invitation (one-time password, demo, school creation).</summary>
    None = 0,
    Pending = 1,
    Expired = 2,
    Accepted = 3,
}

/// <summary>What bulk account creation did for one person.</summary>
public enum BulkAccountOutcome
{
    Invited = 1,
    OneTimePassword = 2,
    SkippedHasAccount = 3,
}
