using System.ComponentModel.DataAnnotations;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>Sign-in names the school first, then the user; cookies for the web app, bearer tokens for API clients.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account").WithTags("Account");
        group.MapGet("/schools", GetSchoolsAsync).AllowAnonymous();
        group.MapPost("/login", LoginAsync).AllowAnonymous();
        group.MapPost("/token", TokenAsync).AllowAnonymous();
        group.MapPost("/logout", LogoutAsync).AllowAnonymous();
        group.MapPut("/culture", SetCultureAsync).RequireAuthorization();
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

    public sealed record LoginResultDto(string UserName, string FullName, bool MustChangePassword);

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

    private static async Task<Ok<LoginResultDto>> LoginAsync(LoginDto input, SignInManager<AppUser> signInManager, IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, CancellationToken ct)
    {
        var user = await SignInAsync(input, IdentityConstants.ApplicationScheme, signInManager, db, currentTenant, ct);
        return TypedResults.Ok(new LoginResultDto(user.UserName!, user.FullName, user.MustChangePassword));
    }

    /// <summary>Answers { tokenType, accessToken, expiresIn, refreshToken } (written by the bearer token handler).</summary>
    private static async Task<EmptyHttpResult> TokenAsync(LoginDto input, SignInManager<AppUser> signInManager, IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, CancellationToken ct)
    {
        await SignInAsync(input, IdentityConstants.BearerScheme, signInManager, db, currentTenant, ct);
        return TypedResults.Empty;
    }

    private static async Task<AppUser> SignInAsync(LoginDto input, string scheme, SignInManager<AppUser> signInManager,
        IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, CancellationToken ct)
    {
        var school = await FindSchoolAsync(input.School, db, currentTenant, ct);
        using (currentTenant.Change(school?.Id, school?.Name))
        {
            signInManager.AuthenticationScheme = scheme;
            var user = await signInManager.UserManager.FindByNameAsync(input.UserName);
            var result = user is null
                ? SignInResult.Failed
                : await signInManager.PasswordSignInAsync(user, input.Password, input.RememberMe && scheme == IdentityConstants.ApplicationScheme, lockoutOnFailure: true);
            if (result.IsLockedOut) throw new BusinessException(KemelSchoolPDErrorCodes.Account.LockedOut).WithData("Minutes", IdentityConsts.LockoutMinutes);
            if (!result.Succeeded) throw new BusinessException(KemelSchoolPDErrorCodes.Account.InvalidCredentials);
            return user!;
        }
    }

    private static async Task<School?> FindSchoolAsync(string? key, IKemelSchoolPDDbContext db, ICurrentTenant currentTenant, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
            return currentTenant.Id is { } headerId ? await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == headerId, ct) : null;
        var trimmed = key.Trim();
        var school = Guid.TryParse(trimmed, out var id)
            ? await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
            : await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.Bin == trimmed, ct);
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
    private static async Task<NoContent> SetCultureAsync(SetCultureDto input, SignInManager<AppUser> signInManager, ICurrentUser currentUser)
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
