using System.Security.Claims;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>Adds the school ("tenant_id"), the full name and the language preference to the sign-in claims.</summary>
public sealed class KemelClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.TenantId is { } tenantId) identity.AddClaim(new Claim(KemelClaimTypes.TenantId, tenantId.ToString()));
        identity.AddClaim(new Claim(KemelClaimTypes.FullName, user.FullName));
        if (user.PreferredCulture is { } culture) identity.AddClaim(new Claim(KemelClaimTypes.Culture, culture));
        return identity;
    }
}
