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
using Microsoft.Net.Http.Headers;

namespace KemelSchoolPD.HttpApi.Endpoints;

/// <summary>
/// ABP's application-configuration: what the web app loads first and again after each sign-in or language change; and the texts
/// of a language, apart, so that the browser keeps them between page loads and the configuration carries only the user's own data.
/// </summary>
public static class AppConfigurationEndpoints
{
    /// <summary>Texts asked for by their version (the web app's way) change never: the next release asks for another URL.</summary>
    public const string VersionedTextsCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Texts asked for without a version may change with the next release: the browser asks again (a 304 when
    /// unchanged).</summary>
    public const string TextsCacheControl = "public, max-age=0, must-revalidate";

    public static void MapAppConfigurationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/app/configuration", GetAsync).WithTags("Configuration").WithName("getApplicationConfiguration").AllowAnonymous();
        api.MapGet("/app/texts/{culture}", GetTexts).WithTags("Configuration").WithName("getTexts").AllowAnonymous()
            .Produces<LocalizedTextsDto>().Produces(StatusCodes.Status304NotModified);
    }

    private static async Task<Ok<ApplicationConfigurationDto>> GetAsync(
        ICurrentUser currentUser, ICurrentTenant currentTenant, IPermissionChecker permissionChecker,
        JsonLocalizationStore texts, PublishedTexts published, CurrentStaffMember currentStaff,
        HttpContext context, CancellationToken ct)
    {
        var granted = await permissionChecker.GetGrantedAsync(ct);
        var culture = texts.ResolveName(CultureInfo.CurrentUICulture);
        // Pages that show "my" records (my cycle, observations of my lessons) need the caller's staff record, not their name.
        var staffMemberId = currentTenant.IsAvailable ? await currentStaff.GetIdAsync(ct) : null;
        return TypedResults.Ok(new ApplicationConfigurationDto(
            new CurrentUserDto(currentUser.IsAuthenticated, currentUser.Id, currentUser.UserName, currentUser.FullName,
                context.User.FindFirst(ClaimTypes.Email)?.Value, currentUser.Roles, staffMemberId,
                AccountStateMiddleware.MustChangePassword(context)),
            new CurrentTenantDto(currentTenant.IsAvailable, currentTenant.Id, currentTenant.Name),
            PermissionDefinitions.All.ToDictionary(d => d.Name, d => granted.Contains(d.Name)),
            new LocalizationConfigurationDto(culture, JsonLocalizationStore.Languages, published.VersionOf(culture)),
            new ClockDto("Utc")));
    }

    /// <summary>
    /// Every text of a culture with a strong ETag (a hash of the content): 304 when the browser's copy is current. Anyone may
    /// read them, as anyone could with the configuration before: the sign-in page needs them.
    /// </summary>
    private static IResult GetTexts(string culture, string? version, PublishedTexts published, HttpContext context)
    {
        if (published.Find(culture) is not { } texts)
            return TypedResults.Problem(
                ProblemResults.Create(context, StatusCodes.Status404NotFound, Exceptions.CommonErrorCodes.EntityNotFound));
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(texts.ETag);
        context.Response.Headers.CacheControl = version == texts.Version ? VersionedTextsCacheControl : TextsCacheControl;
        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(headers.ETag, useStrongComparison: false)))
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return TypedResults.Bytes(texts.Json, "application/json");
    }
}
