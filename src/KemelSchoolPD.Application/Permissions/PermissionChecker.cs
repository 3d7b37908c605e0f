using KemelSchoolPD.Data;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Permissions;

public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(string permission, CancellationToken ct = default);

    Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken ct = default);
}

/// <summary>
/// Grants are role claims of type "permission", read from the database once per request (scoped), so a change made on one
/// app node is seen by every node at once. Only permissions of the current side count: a school user never gets host rights.
/// </summary>
public sealed class PermissionChecker(
    IKemelSchoolPDDbContext db,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant) : IPermissionChecker
{
    private IReadOnlySet<string>? _granted;

    public async Task<bool> IsGrantedAsync(string permission, CancellationToken ct = default)
        => (await GetGrantedAsync(ct)).Contains(permission);

    public async Task<IReadOnlySet<string>> GetGrantedAsync(CancellationToken ct = default)
    {
        if (_granted is not null) return _granted;
        if (currentUser.Id is not { } userId || currentUser.TenantId != currentTenant.Id) return _granted = new HashSet<string>();

        var names = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            join claim in db.RoleClaims on role.Id equals claim.RoleId
            where userRole.UserId == userId && claim.ClaimType == KemelClaimTypes.Permission
            select claim.ClaimValue!).Distinct().ToListAsync(ct);

        var side = currentTenant.IsAvailable ? MultiTenancySide.Tenant : MultiTenancySide.Host;
        return _granted = names.Where(n => PermissionDefinitions.Find(n)?.Side == side).ToHashSet();
    }
}
