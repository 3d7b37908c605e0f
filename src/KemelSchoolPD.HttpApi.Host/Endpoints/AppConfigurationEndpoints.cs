using System.Globalization;
using System.Security.Claims;
using KemelSchoolPD.Configuration;
using KemelSchoolPD.HttpApi.Infrastructure;
using KemelSchoolPD.Localization;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Staff;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>ABP's application-configuration: what the web app loads first and again after each sign-in or language change.</summary>
public static class AppConfigurationEndpoints
{
    public static void MapAppConfigurationEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/app/configuration", GetAsync).WithTags("Configuration").WithName("getApplicationConfiguration").AllowAnonymous();

    private static async Task<Ok<ApplicationConfigurationDto>> GetAsync(
        ICurrentUser currentUser, ICurrentTenant currentTenant, IPermissionChecker permissionChecker, JsonLocalizationStore texts, CurrentStaffMember currentStaff,
        HttpContext context, CancellationToken ct)
    {
        var granted = await permissionChecker.GetGrantedAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        // Pages that show "my" records (my cycle, observations of my lessons) need the caller's staff record, not their name.
        var staffMemberId = currentTenant.IsAvailable ? await currentStaff.GetIdAsync(ct) : null;
        return TypedResults.Ok(new ApplicationConfigurationDto(
            new CurrentUserDto(currentUser.IsAuthenticated, currentUser.Id, currentUser.UserName, currentUser.FullName,
                context.User.FindFirst(ClaimTypes.Email)?.Value, currentUser.Roles, staffMemberId,
                AccountStateMiddleware.MustChangePassword(context)),
            new CurrentTenantDto(currentTenant.IsAvailable, currentTenant.Id, currentTenant.Name),
            PermissionDefinitions.All.ToDictionary(d => d.Name, d => granted.Contains(d.Name)),
            new LocalizationConfigurationDto(texts.ResolveName(culture), JsonLocalizationStore.Languages, texts.GetAll(culture)),
            new ClockDto("Utc")));
    }
}
