using System.Security.Claims;
using KemelSchoolPD.Users;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>The explicitly set principal (jobs, seeders) first, then the HTTP request's user.</summary>
public sealed class HttpContextPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : CurrentPrincipalAccessor
{
    public override ClaimsPrincipal? Principal => base.Principal ?? httpContextAccessor.HttpContext?.User;
}
