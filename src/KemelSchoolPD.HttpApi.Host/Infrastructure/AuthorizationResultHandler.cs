using KemelSchoolPD.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>401 and 403 are ProblemDetails with a code, the same for cookie and bearer callers (no login redirects).</summary>
public sealed class AuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(
        RequestDelegate next,
        HttpContext context,
        AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged) return ProblemResults.WriteAsync(
            context,
            StatusCodes.Status401Unauthorized,
            CommonErrorCodes.Unauthorized);
        if (authorizeResult.Forbidden) return ProblemResults.WriteAsync(
            context,
            StatusCodes.Status403Forbidden,
            CommonErrorCodes.Forbidden);
        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
