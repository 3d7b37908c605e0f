using System.Security.Claims;
using KemelSchoolPD.Data;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace KemelSchoolPD.Identity;

/// <summary>
/// Every school gets the default roles with their default grants; the host gets its administrator role. A permission added
/// by a later release is granted once to the default roles that have it by default (recorded in RoleDefaultGrants), so
/// existing schools get new modules while a default the school removed stays removed.
/// </summary>
public sealed class RoleSeedContributor(RoleManager<AppRole> roleManager, IKemelSchoolPDDbContext db) : IDataSeedContributor
{
    public int Order => 0;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        var roleNames = context.TenantId is null ? [KemelRoles.HostAdmin] : KemelRoles.SchoolRoles;
        foreach (var name in roleNames)
        {
            var role = await roleManager.FindByNameAsync(name);
            if (role is null)
            {
                role = new AppRole(context.TenantId, name, isStatic: true);
                await roleManager.CreateAsync(role).EnsureSucceeded();
            }
            if (!role.IsStatic) continue;

            var given = await db.RoleDefaultGrants.Where(g => g.RoleId == role.Id).Select(g => g.PermissionName)
                .ToListAsync(cancellationToken);
            var newDefaults = PermissionDefinitions.DefaultGrants(name).Except(given).ToList();
            if (newDefaults.Count == 0) continue;
            var held = (await roleManager.GetClaimsAsync(role)).Where(c => c.Type == KemelClaimTypes.Permission).Select(c => c.Value)
                .ToHashSet();
            foreach (var permission in newDefaults.Where(p => !held.Contains(p)))
                await roleManager.AddClaimAsync(role, new Claim(KemelClaimTypes.Permission, permission)).EnsureSucceeded();
            db.RoleDefaultGrants.AddRange(newDefaults.Select(p => new RoleDefaultGrant(context.TenantId, role.Id, p)));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}

/// <summary>The platform operator's account ("admin"), created once. Its password comes from configuration.</summary>
public sealed class HostAdminSeedContributor(UserManager<AppUser> userManager, IConfiguration configuration) : IDataSeedContributor
{
    public const string UserName = "admin";

    public int Order => 10;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        if (context.TenantId is not null || await userManager.FindByNameAsync(UserName) is not null) return;
        var admin = new AppUser(null, UserName, "Platform administrator", "admin@kemelschoolpd.kz") { EmailConfirmed = true };
        if (configuration["Seed:HostAdminPassword"] is { Length: > 0 } password)
            await userManager.CreateAsync(admin, password).EnsureSucceeded();
        else
        {
            await userManager.CreateAsync(admin).EnsureSucceeded();
            await DemoPassword.ApplyAsync(userManager, admin);
        }
        await userManager.AddToRoleAsync(admin, KemelRoles.HostAdmin).EnsureSucceeded();
    }
}

/// <summary>
/// Demo data only: the demo users' password (README) is 9 characters, shorter than the policy's minimum of
/// <see cref="IdentityConsts.MinPasswordLength"/>, so it is set without the password validators. Real accounts (schools opened
/// by the operator, invitations, resets) always go through the policy; set Seed:HostAdminPassword for a real operator.
/// </summary>
public static class DemoPassword
{
    public const string Value = "Demo#2026";

    public static async Task ApplyAsync(UserManager<AppUser> userManager, AppUser user)
    {
        user.PasswordHash = userManager.PasswordHasher.HashPassword(user, Value);
        await userManager.UpdateSecurityStampAsync(user).EnsureSucceeded();
    }

    /// <summary>A strong throw-away password for the moment between creating a demo account and <see cref="ApplyAsync"/>.</summary>
    public static string Placeholder() => "Seed-" + Guid.NewGuid().ToString("N") + "-x1";
}

public static class IdentityResultExtensions
{
    /// <summary>For seeding and other trusted calls: a failed identity operation there is a bug.</summary>
    public static async Task EnsureSucceeded(this Task<IdentityResult> operation)
    {
        var result = await operation;
        if (!result
            .Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}")));
    }
}
