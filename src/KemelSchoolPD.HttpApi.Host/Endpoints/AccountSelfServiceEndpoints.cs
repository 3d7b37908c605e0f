using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>What each person does with their own account, and the anonymous one-time links from e-mails.</summary>
public static class AccountSelfServiceEndpoints
{
    /// <summary>The rate-limiter policy of anonymous account endpoints (registered with the sign-in limits).</summary>
    public const string RateLimitPolicy = Infrastructure.SignInDefences.AccountPolicy;

    public static void MapAccountSelfServiceEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/account").WithTags("Account");
        group.MapGet("/my-profile", GetProfileAsync).WithName("getMyProfile").RequireAuthorization();
        group.MapPut("/my-profile", UpdateProfileAsync).WithName("updateMyProfile").RequireAuthorization();
        group.MapPost("/change-password", ChangePasswordAsync).WithName("changeMyPassword").RequireAuthorization();
        group.MapPost("/forgot-password", ForgotPasswordAsync).WithName("forgotPassword").AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/reset-password", ResetPasswordAsync).WithName("resetPasswordWithLink").AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/accept-invitation", AcceptInvitationAsync).WithName("acceptInvitation").AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicy);
    }

    private static async Task<Ok<MyProfileDto>> GetProfileAsync(MyAccountAppService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetProfileAsync(ct));

    private static async Task<Ok<MyProfileDto>> UpdateProfileAsync(
        UpdateMyProfileDto input,
        MyAccountAppService service,
        CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateProfileAsync(input, ct));

    /// <summary>
    /// Every other session and token of the person ends; this one continues: a cookie caller gets a new cookie (204), a bearer
    /// caller gets new tokens in the answer ({ tokenType, accessToken, expiresIn, refreshToken }).
    /// </summary>
    private static async Task<IResult> ChangePasswordAsync(
        ChangePasswordDto input, MyAccountAppService service, SignInManager<AppUser> signInManager, HttpContext http, CancellationToken ct)
    {
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        var persistent = !bearer && (await http.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Properties?.IsPersistent == true;
        var user = await service.ChangePasswordAsync(input, ct);
        if (bearer)
        {
            signInManager.AuthenticationScheme = IdentityConstants.BearerScheme;
            await signInManager.SignInAsync(user, isPersistent: false);
            return Results.Empty;
        }
        await signInManager.SignInAsync(user, persistent);
        return TypedResults.NoContent();
    }

    /// <summary>Always 204: nobody learns from it whether a school or an account exists.</summary>
    private static async Task<NoContent> ForgotPasswordAsync(
        ForgotPasswordDto input,
        MyAccountAppService service,
        IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant,
        CancellationToken ct)
    {
        if (await FindActiveSchoolAsync(input.School, db, ct) is { } school)
            using (currentTenant.Change(school.Id, school.Name))
                await service.ForgotPasswordAsync(input.UserNameOrEmail, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ResetPasswordAsync(
        SetPasswordWithTokenDto input,
        MyAccountAppService service,
        IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant,
        CancellationToken ct)
    {
        var school = await FindActiveSchoolAsync(input.School, db, ct)
                     ?? throw new Exceptions.BusinessException(KemelSchoolPDErrorCodes.AccountSelfService.ResetLinkInvalid);
        using (currentTenant.Change(school.Id, school.Name))
            await service.ResetPasswordAsync(input.UserId!.Value, input.Token, input.NewPassword, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> AcceptInvitationAsync(
        SetPasswordWithTokenDto input,
        MyAccountAppService service,
        IKemelSchoolPDDbContext db,
        ICurrentTenant currentTenant,
        CancellationToken ct)
    {
        var school = await FindActiveSchoolAsync(input.School, db, ct)
                     ?? throw new Exceptions.BusinessException(KemelSchoolPDErrorCodes.AccountSelfService.InvitationInvalid);
        using (currentTenant.Change(school.Id, school.Name))
            await service.AcceptInvitationAsync(input.UserId!.Value, input.Token, input.NewPassword, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The school by id or BIN; null when there is none or it is deactivated.</summary>
    private static async Task<School?> FindActiveSchoolAsync(string key, IKemelSchoolPDDbContext db, CancellationToken ct)
    {
        var school = await AccountEndpoints.FindSchoolByIdOrBinAsync(key, db, ct);
        return school is { IsActive: true } ? school : null;
    }
}
