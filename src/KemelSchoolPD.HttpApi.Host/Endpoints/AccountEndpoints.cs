using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Sign-in names the school first, then the user; cookies for the web app, bearer tokens for API clients.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account").WithTags("Account");
        group.MapGet("/schools", GetSchoolsAsync).WithName("getLoginSchools").AllowAnonymous();
        group.MapPost("/login", LoginAsync).WithName("login").AllowAnonymous().RequireRateLimiting(SignInDefences.AccountPolicy)
            .Produces<LoginResultDto>();
        group.MapPost("/token", TokenAsync).WithName("createToken").AllowAnonymous().RequireRateLimiting(SignInDefences.AccountPolicy);
        group.MapPost("/refresh", RefreshAsync).WithName("refreshToken").AllowAnonymous().RequireRateLimiting(SignInDefences.AccountPolicy);
        group.MapPost("/login/two-factor", TwoFactorLoginAsync).WithName("twoFactorLogin").AllowAnonymous()
            .RequireRateLimiting(SignInDefences.AccountPolicy).Produces<LoginResultDto>();
        group.MapPost("/logout", LogoutAsync).WithName("logout").AllowAnonymous();
        group.MapPut("/culture", SetCultureAsync).WithName("changeCulture").RequireAuthorization();
        group.MapTwoFactorEndpoints();
    }

    public sealed class LoginDto
    {
        /// <summary>The school's id or BIN; empty for the platform operator.</summary>
        [StringLength(64)]
        public string? School { get; set; }

        [Required, StringLength(IdentityConsts.MaxUserNameLength)]
        public string UserName { get; set; } = null!;

        [Required, StringLength(IdentityConsts.MaxPasswordLength)]
        public string Password { get; set; } = null!;

        public bool RememberMe { get; set; }
    }

    /// <summary>
    /// Signed in: userName, fullName and whether the password must be changed first. With two-factor sign-in on: only requiresTwoFactor and
    /// twoFactorToken (valid 5 minutes),
    /// to be completed at POST /api/account/login/two-factor.
    /// </summary>
    public sealed record LoginResultDto(string? UserName, string? FullName, bool RequiresTwoFactor = false, string? TwoFactorToken = null,
        bool MustChangePassword = false);

    public sealed class RefreshDto
    {
        [Required, StringLength(4096)]
        public string RefreshToken { get; set; } = null!;
    }

    public sealed class TwoFactorLoginDto
    {
        [Required, StringLength(4096)]
        public string TwoFactorToken { get; set; } = null!;

        /// <summary>The 6-digit code of the authenticator app, or <see cref="RecoveryCode"/>.</summary>
        [StringLength(16)]
        public string? Code { get; set; }

        [StringLength(32)]
        public string? RecoveryCode { get; set; }

        public bool RememberMe { get; set; }
    }

    public sealed class SetCultureDto
    {
        [Required, StringLength(8)]
        public string Culture { get; set; } = null!;
    }

    /// <summary>Active schools for the sign-in picker: names only, nothing else about them.</summary>
    private static async Task<Ok<List<SchoolLookupDto>>> GetSchoolsAsync(IKemelSchoolPDDbContext db, string? filter, CancellationToken ct)
    {
        var schools = await db.Schools.AsNoTracking().Where(s => s.IsActive)
            .WhereSearchMatches(s => s.SearchText, filter).OrderBy(s => s.Name).Take(50)
            .Select(s => new SchoolLookupDto(s.Id, s.Name)).ToListAsync(ct);
        return TypedResults.Ok(schools);
    }

    private static async Task<IResult> LoginAsync(LoginDto input, SignInManager<AppUser> signInManager, IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant, SignInThrottle throttle, TwoFactorTokens twoFactorTokens, CancellationToken ct)
    {
        var (user, school) = await CheckPasswordAsync(input, signInManager, db, currentTenant, throttle, ct);
        using (currentTenant.Change(school?.Id, school?.Name))
        {
            if (await signInManager.UserManager.GetTwoFactorEnabledAsync(user))
                return TypedResults.Ok(new LoginResultDto(null, null, true,
                    twoFactorTokens.Create(user, IdentityConstants.ApplicationScheme, input.RememberMe)));
            return await CompleteSignInAsync(user, IdentityConstants.ApplicationScheme, input.RememberMe, signInManager);
        }
    }

    /// <summary>
    /// Answers { tokenType, accessToken, expiresIn, refreshToken } (written by the bearer token handler), or
    /// { requiresTwoFactor: true, twoFactorToken } when the user has two-factor sign-in on.
    /// </summary>
    private static async Task<IResult> TokenAsync(LoginDto input, SignInManager<AppUser> signInManager, IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant, SignInThrottle throttle, TwoFactorTokens twoFactorTokens, CancellationToken ct)
    {
        var (user, school) = await CheckPasswordAsync(input, signInManager, db, currentTenant, throttle, ct);
        using (currentTenant.Change(school?.Id, school?.Name))
        {
            if (await signInManager.UserManager.GetTwoFactorEnabledAsync(user))
                return TypedResults.Ok(new LoginResultDto(null, null, true,
                    twoFactorTokens.Create(user, IdentityConstants.BearerScheme, false)));
            return await CompleteSignInAsync(user, IdentityConstants.BearerScheme, false, signInManager);
        }
    }

    /// <summary>Cookie session (answers { userName, fullName }, sets the XSRF-TOKEN cookie) or bearer token (written by the
    /// handler).</summary>
    internal static async Task<IResult> CompleteSignInAsync(AppUser user, string scheme, bool rememberMe,
        SignInManager<AppUser> signInManager)
    {
        signInManager.AuthenticationScheme = scheme;
        if (scheme == IdentityConstants.BearerScheme)
        {
            await signInManager.SignInAsync(user, isPersistent: false);
            return TypedResults.Empty;
        }
        var context = signInManager.Context;
        await signInManager.SignInAsync(user, rememberMe);
        // The antiforgery token is bound to the user: issue it for the principal just signed in.
        context.User = await signInManager.CreateUserPrincipalAsync(user);
        SignInDefences.IssueXsrfToken(context);
        return TypedResults.Ok(new LoginResultDto(user.UserName!, user.FullName, MustChangePassword: user.MustChangePassword));
    }

    /// <summary>
    /// Checks the password without signing in. Unknown users cost the same hash verification as known ones and get the same
    /// answer; failures are counted per name and source by <see cref="SignInThrottle"/> (ADR-008), never by the account alone.
    /// </summary>
    private static async Task<(AppUser User, School? School)> CheckPasswordAsync(LoginDto input, SignInManager<AppUser> signInManager,
        IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, SignInThrottle throttle, CancellationToken ct)
    {
        var school = await FindSchoolAsync(input.School, db, currentTenant, ct);
        var source = SignInDefences.ClientAddress(signInManager.Context);
        using (currentTenant.Change(school?.Id, school?.Name))
        {
            if (await throttle.LockedForAsync(school?.Id, input.UserName, source) is { } locked) throw LockedOut(locked);
            var user = await signInManager.UserManager.FindByNameAsync(input.UserName);
            SignInResult result;
            if (user is null)
            {
                DummyPassword.Verify(signInManager.UserManager.PasswordHasher, input.Password);
                result = SignInResult.Failed;
            }
            else result = await signInManager.CheckPasswordSignInAsync(user, input.Password, lockoutOnFailure: false);

            if (result.IsLockedOut) throw LockedOut(TimeSpan.FromMinutes(IdentityConsts.LockoutMinutes)); // locked by an administrator
            if (!result.Succeeded)
            {
                if (await throttle.FailedAsync(school?.Id, input.UserName, source) is { } lockedNow) throw LockedOut(lockedNow);
                throw new BusinessException(KemelSchoolPDErrorCodes.Account.InvalidCredentials);
            }
            await throttle.SucceededAsync(school?.Id, input.UserName, source);
            return (user!, school);
        }
    }

    internal static BusinessException LockedOut(TimeSpan remaining) =>
        new BusinessException(KemelSchoolPDErrorCodes.Account.LockedOut)
            .WithData("Minutes", Math.Max(1, (int)Math.Ceiling(remaining.TotalMinutes)));

    /// <summary>
    /// A new access and refresh token for a refresh token that is still valid, whose user still exists with the same security
    /// stamp (a password change or "sign out everywhere" ends it) and whose school is active. Answers like /token.
    /// </summary>
    private static async Task<IResult> RefreshAsync(RefreshDto input, SignInManager<AppUser> signInManager, IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant, IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, CancellationToken ct)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(input.RefreshToken);
        var context = signInManager.Context;
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires) return InvalidRefreshToken(context);
        var tenantId = Guid.TryParse(ticket.Principal.FindFirst(KemelClaimTypes.TenantId)?.Value, out var t) ? t : (Guid?)null;
        if (tenantId is { } id && !await db.Schools.AnyAsync(s => s.Id == id && s.IsActive, ct)) return InvalidRefreshToken(context);
        using (currentTenant.Change(tenantId))
        {
            if (await signInManager.ValidateSecurityStampAsync(ticket.Principal) is not { } user) return InvalidRefreshToken(context);
            signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
            await signInManager.SignInAsync(user, isPersistent: false);
            return TypedResults.Empty;
        }
    }

    private static IResult InvalidRefreshToken(HttpContext context) =>
        TypedResults.Problem(ProblemResults.Create(context, StatusCodes.Status401Unauthorized,
            KemelSchoolPDErrorCodes.SignIn.InvalidRefreshToken));

    /// <summary>Second step of a sign-in with two-factor on: the authenticator code or a recovery code (used once).</summary>
    private static async Task<IResult> TwoFactorLoginAsync(TwoFactorLoginDto input, SignInManager<AppUser> signInManager,
        ICurrentTenant currentTenant, SignInThrottle throttle, TwoFactorTokens twoFactorTokens, IKemelSchoolPDDbContext db,
        CancellationToken ct)
    {
        if (twoFactorTokens.Read(input.TwoFactorToken) is not { } pending)
            throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorSessionExpired);
        var school = pending.TenantId is { } id
            ? await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.IsActive, ct)
            : null;
        if (pending.TenantId is not null && school is null) throw new BusinessException(KemelSchoolPDErrorCodes.Account.SchoolInactive);
        using (currentTenant.Change(school?.Id, school?.Name))
        {
            var users = signInManager.UserManager;
            var user = await users.FindByIdAsync(pending.UserId.ToString());
            if (user is null || user.SecurityStamp != pending.SecurityStamp)
                throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.TwoFactorSessionExpired);
            var source = SignInDefences.ClientAddress(signInManager.Context);
            if (await throttle.LockedForAsync(school?.Id, user.UserName!, source) is { } locked) throw LockedOut(locked);

            var valid = !string.IsNullOrWhiteSpace(input.Code)
                ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider,
                    TwoFactorEndpoints.Normalize(input.Code))
                : !string.IsNullOrWhiteSpace(input.RecoveryCode)
                  && (await users.RedeemTwoFactorRecoveryCodeAsync(user, input.RecoveryCode.Replace(" ", "").Trim())).Succeeded;
            if (!valid)
            {
                if (await throttle.FailedAsync(school?.Id, user.UserName!, source) is { } lockedNow) throw LockedOut(lockedNow);
                throw new BusinessException(KemelSchoolPDErrorCodes.SignIn.InvalidTwoFactorCode);
            }
            await throttle.SucceededAsync(school?.Id, user.UserName!, source);
            return await CompleteSignInAsync(user, pending.Scheme, pending.RememberMe || input.RememberMe, signInManager);
        }
    }

    /// <summary>The school a sign-in form names: its id or its BIN.</summary>
    internal static async Task<School?> FindSchoolByIdOrBinAsync(string key, IKemelSchoolPDDbContext db, CancellationToken ct)
    {
        var trimmed = key.Trim();
        return Guid.TryParse(trimmed, out var id)
            ? await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Bin == trimmed, ct);
    }

    private static async Task<School?> FindSchoolAsync(
        string? key,
        IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
            return currentTenant.Id is { } headerId ? await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == headerId, ct) : null;
        var school = await FindSchoolByIdOrBinAsync(key, db, ct);
        if (school is null) throw new BusinessException(KemelSchoolPDErrorCodes.Account.SchoolNotFound);
        if (!school.IsActive) throw new BusinessException(KemelSchoolPDErrorCodes.Account.SchoolInactive);
        return school;
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<AppUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.NoContent();
    }

    /// <summary>Remembers the user's language; the cookie is reissued so the next request already speaks it.</summary>
    private static async Task<NoContent> SetCultureAsync(
        SetCultureDto input,
        SignInManager<AppUser> signInManager,
        ICurrentUser currentUser)
    {
        if (!LocalizationSetup.IsSupported(input.Culture))
            throw new InputValidationException(nameof(input.Culture), KemelSchoolPDErrorCodes.Account.UnsupportedCulture);
        var user = await signInManager.UserManager.FindByIdAsync(currentUser.Id!.Value.ToString())
                   ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);
        user.SetPreferredCulture(input.Culture);
        await signInManager.UserManager.UpdateAsync(user).EnsureSucceeded();
        if (signInManager.Context.Request.Headers.Authorization.Count == 0) await signInManager.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

}
