using System.Globalization;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.Users;

/// <summary>The data of the Invitation and PasswordReset e-mail templates.</summary>
public sealed record AccountEmailModel(string SchoolName, string FullName, string UserName, string Link, DateTime ExpiresAt);

/// <summary>
/// Makes one-time links (the token goes into the queued e-mail only; the account keeps its hash) and queues the e-mail in the
/// caller's unit of work.
/// </summary>
public sealed class AccountMailer(IEmailOutbox outbox, IAppPublicUrl publicUrl, ICurrentTenant currentTenant, TimeProvider clock)
{
    public void Invite(AppUser user)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = AccountTokens.NewToken();
        var expiresAt = now.AddDays(UserConsts.InvitationValidDays);
        user.Invite(AccountTokens.Hash(token), now, expiresAt);
        Queue(user, EmailKinds.Invitation, "accept-invitation", token, expiresAt);
    }

    public void SendPasswordReset(AppUser user)
    {
        var token = AccountTokens.NewToken();
        var expiresAt = clock.GetUtcNow().UtcDateTime.AddMinutes(UserConsts.PasswordResetValidMinutes);
        user.RequestPasswordReset(AccountTokens.Hash(token), expiresAt);
        Queue(user, EmailKinds.PasswordReset, "reset-password", token, expiresAt);
    }

    private void Queue(AppUser user, string kind, string page, string token, DateTime expiresAt)
    {
        var link
            = $"{publicUrl.BaseUrl.TrimEnd('/')}/account/{page}?school={user.TenantId}&user={user.Id}&token={Uri.EscapeDataString(token)}";
        outbox.Queue(
            user.Email!,
            kind,
            CultureOf(user),
            new AccountEmailModel(currentTenant.Name ?? "", user.FullName, user.UserName!, link, expiresAt));
    }

    /// <summary>The person's language, else the language of the request that caused the e-mail, else Kazakh.</summary>
    private static string CultureOf(AppUser user)
    {
        var request = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return user.PreferredCulture ?? (request is "kk" or "ru" or "en" ? request : "kk");
    }
}

public static class PasswordSetter
{
    /// <summary>
    /// Checks the password with the host's Identity password validators (length, common passwords...) and stores its hash
    /// with a new security stamp; the caller saves. Failures are field errors "Identity:{Code}" on <paramref name="field"/>.
    /// </summary>
    public static async Task SetAsync(UserManager<AppUser> userManager, AppUser user, string password, string field)
    {
        var errors = new List<FieldError>();
        foreach (var validator in userManager.PasswordValidators)
        {
            var result = await validator.ValidateAsync(userManager, user, password);
            if (!result.Succeeded) errors.AddRange(result.Errors.Select(e => new FieldError(field, "Identity:" + e.Code)));
        }
        if (errors.Count > 0) throw new InputValidationException(errors);
        user.PasswordHash = userManager.PasswordHasher.HashPassword(user, password);
        user.NewSecurityStamp();
    }
}
