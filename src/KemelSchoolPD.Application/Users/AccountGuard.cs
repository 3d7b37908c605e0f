using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Identity;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Users;

/// <summary>The rules that protect a school from locking itself out or from a user handing out more than they hold.</summary>
public sealed class AccountGuard(IKemelSchoolPDDbContext db, IPermissionChecker permissionChecker)
{
    private static readonly string DirectorNormalized = KemelRoles.Director.ToUpperInvariant();

    /// <summary>Whether the account is an active director (holds the Director role, active, its staff record not archived).</summary>
    public Task<bool> IsActiveDirectorAsync(Guid userId, CancellationToken ct = default)
        => ActiveDirectors().AnyAsync(id => id == userId, ct);

    /// <summary>Throws 409 when taking <paramref name="userId"/> away from the directors would leave the school with none.</summary>
    public async Task EnsureNotLastDirectorAsync(Guid userId, CancellationToken ct = default)
    {
        if (!await IsActiveDirectorAsync(userId, ct)) return;
        if (!await ActiveDirectors().AnyAsync(id => id != userId, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.Users.LastDirector);
    }

    /// <summary>A user may hand out (in a role's permissions or by giving a role) only permissions they hold themselves.</summary>
    public async Task EnsureCanGrantAsync(IEnumerable<string> permissions, CancellationToken ct = default)
    {
        var wanted = permissions.ToList();
        if (wanted.Count == 0) return;
        var held = await permissionChecker.GetGrantedAsync(ct);
        if (wanted.Any(p => !held.Contains(p))) throw new ForbiddenException(KemelSchoolPDErrorCodes.Users.CannotGrantUnheldPermission);
    }

    public async Task EnsureCanGiveRolesAsync(IReadOnlyCollection<Guid> roleIds, CancellationToken ct = default)
    {
        if (roleIds.Count == 0) return;
        var permissions = await db.RoleClaims.Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == KemelClaimTypes.Permission)
            .Select(c => c.ClaimValue!).Distinct().ToListAsync(ct);
        await EnsureCanGrantAsync(permissions, ct);
    }

    private IQueryable<Guid> ActiveDirectors() =>
        from userRole in db.UserRoles
        join role in db.Roles on userRole.RoleId equals role.Id
        join user in db.Users on userRole.UserId equals user.Id
        where role.NormalizedName == DirectorNormalized && user.IsActive
              && !db.StaffMembers.Any(s => s.UserId == user.Id && s.IsArchived)
        select user.Id;
}
