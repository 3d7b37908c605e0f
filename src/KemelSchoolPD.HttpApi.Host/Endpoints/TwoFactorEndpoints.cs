using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>
/// Optional two-factor sign-in (TOTP authenticator app + recovery codes) for directors and the platform operator, with
/// Identity's built-in authenticator token provider. The second sign-in step is POST /api/account/login/two-factor.
/// </summary>
public static class TwoFactorEndpoints
{
    public const int RecoveryCodeCount = 10;

    public static void MapTwoFactorEndpoints(this RouteGroupBuilder account)
    {
        var group = account.MapGroup("/two-factor").RequireAuthorization();
        group.MapGet("/", GetAsync).WithName("getTwoFactor");
        group.MapPost("/setup", SetupAsync).WithName("setupTwoFactor");
        group.MapPost("/enable", EnableAsync).WithName("enableTwoFactor");
        group.MapPost("/disable", DisableAsync).WithName("disableTwoFactor");
        group.MapPost("/recovery-codes", RegenerateRecoveryCodesAsync).WithName("regenerateTwoFactorRecoveryCodes");
    }

    public sealed record TwoFactorStateDto(bool Allowed, bool Enabled, bool HasAuthenticator, int RecoveryCodesLeft);

    public sealed record TwoFactorSetupDto(string SharedKey, string AuthenticatorUri);

    public sealed record RecoveryCodesDto(IReadOnlyList<string> RecoveryCodes);

    public sealed class TwoFactorCodeDto
    {
        [Required, StringLength(16)]
        public string Code { get; set; } = null!;
    }

    public sealed class DisableTwoFactorDto
    {
        [StringLength(16)]
        public string? Code { get; set; }

        [StringLength(IdentityConsts.MaxPasswordLength)]
        public string? Password { get; set; }
    }

    internal static string Normalize(string code) => code.Replace(" ", "").Replace("-", "").Trim();

    private static async Task<Ok<TwoFactorStateDto>> GetAsync(HttpContext context, UserManager<AppUser> users)
    {
        var user = await CurrentAsync(context, users);
        return TypedResults.Ok(new TwoFactorStateDto(await IsAllowedAsync(users, user), await users.GetTwoFactorEnabledAsync(user),
            await users.GetAuthenticatorKeyAsync(user) is not null, await users.CountRecoveryCodesAsync(user)));
    }

    /// <summary>A new shared key for the authenticator app (replaces an unconfirmed one); two-factor stays off until enabled.</summary>
    private static async Task<Ok<TwoFactorSetupDto>> SetupAsync(HttpContext context, UserManager<AppUser> users,
        ICurrentTenant currentTenant, SignInManager<AppUser> signInManager)
    {
        var user = await AllowedAsync(context, users);
        if (await users.GetTwoFactorEnabledAsync(user)) throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorAlreadyEnabled);
        await users.ResetAuthenticatorKeyAsync(user).EnsureSucceeded();
        // Resetting the key renews the security stamp: re-issue the cookie, or the session ends on the next request.
        await RefreshCookieAsync(context, signInManager, user);
        var key = (await users.GetAuthenticatorKeyAsync(user))!;
        var label = Uri.EscapeDataString($"KemelSchoolPD:{user.UserName}{(currentTenant.Name is { } school ? " (" + school + ")" : "")}");
        return TypedResults.Ok(new TwoFactorSetupDto(key, $"otpauth://totp/{label}?secret={key}&issuer=KemelSchoolPD&digits=6"));
    }

    /// <summary>Turns two-factor on after a code from the app proves the key was added; answers the recovery codes (shown once).</summary>
    private static async Task<Ok<RecoveryCodesDto>> EnableAsync(TwoFactorCodeDto input, HttpContext context, UserManager<AppUser> users,
        SignInManager<AppUser> signInManager)
    {
        var user = await AllowedAsync(context, users);
        if (await users.GetTwoFactorEnabledAsync(user)) throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorAlreadyEnabled);
        if (await users.GetAuthenticatorKeyAsync(user) is null)
            throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorSetupRequired);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(input.Code)))
            throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.InvalidTwoFactorCode);
        await users.SetTwoFactorEnabledAsync(user, true).EnsureSucceeded();
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        await RefreshCookieAsync(context, signInManager, user);
        return TypedResults.Ok(new RecoveryCodesDto([.. codes ?? []]));
    }

    /// <summary>Turns two-factor off with a current code or the password; the key and recovery codes are dropped.</summary>
    private static async Task<NoContent> DisableAsync(DisableTwoFactorDto input, HttpContext context, UserManager<AppUser> users,
        SignInManager<AppUser> signInManager)
    {
        var user = await CurrentAsync(context, users);
        if (!await users.GetTwoFactorEnabledAsync(user)) throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorNotEnabled);
        var proven = !string.IsNullOrWhiteSpace(input.Code)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, Normalize(input.Code))
            : !string.IsNullOrEmpty(input.Password) && await users.CheckPasswordAsync(user, input.Password);
        if (!proven) throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.InvalidTwoFactorCode);
        await users.SetTwoFactorEnabledAsync(user, false).EnsureSucceeded();
        await users.ResetAuthenticatorKeyAsync(user).EnsureSucceeded();
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await RefreshCookieAsync(context, signInManager, user);
        return TypedResults.NoContent();
    }

    /// <summary>New recovery codes (the old ones stop working), shown once.</summary>
    private static async Task<Ok<RecoveryCodesDto>> RegenerateRecoveryCodesAsync(HttpContext context, UserManager<AppUser> users)
    {
        var user = await CurrentAsync(context, users);
        if (!await users.GetTwoFactorEnabledAsync(user)) throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorNotEnabled);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return TypedResults.Ok(new RecoveryCodesDto([.. codes ?? []]));
    }

    private static async Task<AppUser> CurrentAsync(HttpContext context, UserManager<AppUser> users) =>
        await users.GetUserAsync(context.User) ?? throw new EntityNotFoundException(typeof(AppUser), context.User.Identity?.Name);

    private static async Task<AppUser> AllowedAsync(HttpContext context, UserManager<AppUser> users)
    {
        var user = await CurrentAsync(context, users);
        if (!await IsAllowedAsync(users, user)) throw new ForbiddenException(KemelSchoolPDErrorCodes.SignIn.TwoFactorNotAllowed);
        return user;
    }

    private static async Task<bool> IsAllowedAsync(UserManager<AppUser> users, AppUser user) =>
        await users.IsInRoleAsync(user, user.TenantId is null ? KemelRoles.HostAdmin : KemelRoles.Director);

    /// <summary>
    /// The stamp changed, which ends every other session and token: this cookie session gets a fresh cookie (a bearer client
    /// signs in again).
    /// </summary>
    private static async Task RefreshCookieAsync(HttpContext context, SignInManager<AppUser> signInManager, AppUser user)
    {
        if (context.Request.Headers.Authorization.Count == 0) await signInManager.RefreshSignInAsync(user);
    }
}
