using KemelSchoolPD.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>A policy per permission name: "KemelSchoolPD.Staff.Create" needs an authenticated user granted that permission.</summary>
public sealed class PermissionRequirement(string permission) : IAuthorizationRequirement
{
    public string Permission { get; } = permission;
}

public sealed class PermissionHandler(IPermissionChecker permissionChecker) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && await permissionChecker.IsGrantedAsync(requirement.Permission))
            context.Succeed(requirement);
    }
}

public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        PermissionDefinitions.Find(policyName) is null
            ? await base.GetPolicyAsync(policyName)
            : new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
}

/// <summary>Marks what an endpoint needs; a test checks that every /api endpoint has one of these or is explicitly anonymous.</summary>
public static class PermissionEndpointExtensions
{
    public static TBuilder RequirePermission<TBuilder>(
        this TBuilder builder,
        string permission) where TBuilder : IEndpointConventionBuilder =>
        PermissionDefinitions.Find(permission) is null
            ? throw new ArgumentException($"Unknown permission {permission}.", nameof(permission))
            : builder.RequireAuthorization(permission);
}
