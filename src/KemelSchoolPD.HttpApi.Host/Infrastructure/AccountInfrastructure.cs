using System.Security.Claims;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// An inactive account cannot sign in; the login then answers exactly as for a wrong password. A successful password sign-in
/// records when it happened.
/// </summary>
public sealed class KemelSignInManager(
    UserManager<AppUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, TimeProvider clock)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);

    /// <summary>Signing out ends every session and token of the person, on every device (a new security stamp).</summary>
    public override async Task SignOutAsync()
    {
        if (Guid.TryParse(Context.User.FindFirst(KemelSchoolPD.Users.KemelClaimTypes.UserId)?.Value, out var userId))
        {
            var db = Context.RequestServices.GetRequiredService<KemelSchoolPDDbContext>();
            var user = await db.Users.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.Id == userId);
            if (user is not null)
            {
                user.NewSecurityStamp();
                await db.SaveChangesAsync();
                await db.UserSessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync();
            }
        }
        await base.SignOutAsync();
    }

    /// <summary>Every completed sign-in (cookie or token, after the second factor too) records when it happened.</summary>
    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties,
        IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        user.MarkSignedIn(clock.GetUtcNow().UtcDateTime);
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}

/// <summary>Identity's user checks, except that an account may have no e-mail (people who get a one-time password).</summary>
public sealed class KemelUserValidator(IdentityErrorDescriber describer) : UserValidator<AppUser>(describer)
{
    public override async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        var result = await base.ValidateAsync(manager, user);
        if (result.Succeeded || user.Email is not null) return result;
        var errors = result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidEmail)).ToArray();
        return errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors);
    }
}

public sealed class DbUserSessionRevoker(KemelSchoolPDDbContext db) : IUserSessionRevoker
{
    /// <summary>Runs on the caller's connection, so it is part of the caller's transaction.</summary>
    public Task RevokeAllAsync(Guid userId, CancellationToken ct = default) =>
        db.UserSessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}

public sealed class AppPublicUrl(IConfiguration configuration, IHttpContextAccessor contextAccessor) : IAppPublicUrl
{
    public string BaseUrl => configuration["App:PublicUrl"] is { Length: > 0 } configured
        ? configured
        : contextAccessor.HttpContext?.Request is { } request
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost:5000";
}

/// <summary>
/// Checks every signed-in request (cookie or bearer) against the database: the account must still be active and the
/// principal's security stamp must still be the account's. Deactivation, archiving, a password change or reset and sign-out
/// change the stamp, so every other session and token stops working at its next request, on every app node. An account that
/// must change its one-time password may only reach the few endpoints it needs for that.
/// </summary>
public sealed class AccountStateMiddleware(RequestDelegate next)
{
    private const string MustChangePasswordKey = "Kemel.MustChangePassword";

    private static readonly string[] OpenBeforePasswordChange =
    [
        "/api/app/configuration", "/api/account/logout", "/api/account/culture", "/api/account/change-password",
    ];

    public static bool MustChangePassword(HttpContext context) => context.Items.ContainsKey(MustChangePasswordKey);

    public async Task InvokeAsync(HttpContext context, KemelSchoolPDDbContext db, IOptions<IdentityOptions> identityOptions)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && Guid.TryParse(context.User.FindFirst(KemelSchoolPD.Users.KemelClaimTypes.UserId)?.Value, out var userId))
        {
            var stamp = context.User.FindFirst(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
            var state = await db.Users.IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.IsActive, u.SecurityStamp, u.MustChangePassword }).FirstOrDefaultAsync(context.RequestAborted);
            if (state is null || !state.IsActive || stamp != state.SecurityStamp)
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            else if (state.MustChangePassword)
            {
                context.Items[MustChangePasswordKey] = true;
                var path = context.Request.Path;
                if (path.StartsWithSegments("/api")
                    && !OpenBeforePasswordChange.Any(p => path.Equals(p, StringComparison.OrdinalIgnoreCase)))
                {
                    await ProblemResults.WriteAsync(
                        context,
                        StatusCodes.Status403Forbidden,
                        KemelSchoolPDErrorCodes.AccountSelfService.PasswordChangeRequired);
                    return;
                }
            }
        }
        await next(context);
    }
}
