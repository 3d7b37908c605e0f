using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Users;

/// <summary>What each person does with their own account: profile, password, and the one-time links from e-mails.</summary>
public sealed class MyAccountAppService(
    IKemelSchoolPDDbContext db, UserManager<AppUser> userManager, AccountMailer mailer, IUserSessionRevoker sessions,
    ICurrentUser currentUser, TimeProvider clock)
{
    private static readonly HashSet<string> Cultures = ["kk", "ru", "en"];

    public async Task<MyProfileDto> GetProfileAsync(CancellationToken ct = default)
    {
        var user = await CurrentAsync(ct);
        var staff = await db.StaffMembers.AsNoTracking().FirstOrDefaultAsync(s => s.UserId == user.Id, ct);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == user.Id select r.Name!)
            .ToListAsync(ct);
        return new MyProfileDto(
            user.Id,
            user.UserName!,
            staff?.FullName ?? user.FullName,
            user.Email,
            staff?.Phone,
            user.PreferredCulture,
            staff?.Id,
            roles.Order(StringComparer.Ordinal).ToList(),
            user.MustChangePassword,
            user.LastSignInAt);
    }

    /// <summary>The e-mail is the account's and the staff record's; the phone is the staff record's; the full name is the
    /// registry's.</summary>
    public async Task<MyProfileDto> UpdateProfileAsync(UpdateMyProfileDto input, CancellationToken ct = default)
    {
        var user = await CurrentAsync(ct);
        var staff = await db.StaffMembers.FirstOrDefaultAsync(s => s.UserId == user.Id, ct);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim().ToLowerInvariant();
        var culture = string.IsNullOrWhiteSpace(input.PreferredCulture) ? null : input.PreferredCulture.Trim();
        if (culture is not null && !Cultures.Contains(culture))
            throw new InputValidationException(nameof(input.PreferredCulture), KemelSchoolPDErrorCodes.Account.UnsupportedCulture);
        if (email is not null && !string.Equals(email, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            var normalized = userManager.NormalizeEmail(email);
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized && u.Id != user.Id, ct)
                || await db.StaffMembers.AnyAsync(s => s.Email == email && s.UserId != user.Id, ct))
                throw new ConflictException(KemelSchoolPDErrorCodes.Users.DuplicateEmail).WithData("Email", email);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.Email = email;
        user.NormalizedEmail = email is null ? null : userManager.NormalizeEmail(email);
        user.SetPreferredCulture(culture);
        staff?.SetContacts(email, input.Phone);
        await userManager.UpdateAsync(user).ThrowIfFailed("userName", nameof(input.Email), "password");
        await transaction.CommitAsync(ct);
        return await GetProfileAsync(ct);
    }

    /// <summary>Changes the password and ends every session of the person; the endpoint signs the current one in again.</summary>
    public async Task<AppUser> ChangePasswordAsync(ChangePasswordDto input, CancellationToken ct = default)
    {
        var user = await CurrentAsync(ct);
        if (!await userManager.CheckPasswordAsync(user, input.CurrentPassword))
            throw new InputValidationException(nameof(input.CurrentPassword), "Identity:PasswordMismatch");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await PasswordSetter.SetAsync(userManager, user, input.NewPassword, nameof(input.NewPassword));
        user.RequirePasswordChange(false);
        await userManager.UpdateAsync(user).EnsureSucceeded();
        await sessions.RevokeAllAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
        return user;
    }

    /// <summary>Runs in the named school. Answers nothing either way, so nobody learns whether an account exists.</summary>
    public async Task ForgotPasswordAsync(string userNameOrEmail, CancellationToken ct = default)
    {
        var key = userNameOrEmail.Trim();
        var user = await userManager.FindByNameAsync(key) ?? (key.Contains('@') ? await userManager.FindByEmailAsync(key) : null);
        if (user is null || !user.IsActive || user.Email is null) return;
        mailer.SendPasswordReset(user);
        await userManager.UpdateAsync(user).EnsureSucceeded();
    }

    /// <summary>A used, expired or wrong link gives the same answer.</summary>
    public async Task ResetPasswordAsync(Guid userId, string token, string newPassword, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null || !user.IsPasswordResetValid(AccountTokens.Hash(token), clock.GetUtcNow().UtcDateTime))
            throw new BusinessException(KemelSchoolPDErrorCodes.AccountSelfService.ResetLinkInvalid);
        await SetPasswordAsync(user, newPassword, ct);
    }

    public async Task AcceptInvitationAsync(Guid userId, string token, string newPassword, CancellationToken ct = default)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (user is null || !user.IsInvitationValid(AccountTokens.Hash(token), now))
            throw new BusinessException(KemelSchoolPDErrorCodes.AccountSelfService.InvitationInvalid);
        user.AcceptInvitation(now);
        await SetPasswordAsync(user, newPassword, ct);
    }

    private async Task SetPasswordAsync(AppUser user, string newPassword, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await PasswordSetter.SetAsync(userManager, user, newPassword, nameof(SetPasswordWithTokenDto.NewPassword));
        user.ClearPasswordReset();
        user.RequirePasswordChange(false);
        // Someone who proves they own the mailbox may sign in at once, even after too many failed attempts.
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        await userManager.UpdateAsync(user).EnsureSucceeded();
        await sessions.RevokeAllAsync(user.Id, ct);
        await transaction.CommitAsync(ct);
    }

    private async Task<AppUser> CurrentAsync(CancellationToken ct) =>
        await db.Users.FirstOrDefaultAsync(u => u.Id == currentUser.Id, ct)
            ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);
}
