using System.Security.Claims;
using KemelSchoolPD.Data;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Permissions;
using KemelSchoolPD.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.Identity;

/// <summary>The school's roles and what each may do. Only school-side permissions can be granted to a school role.</summary>
public sealed class RoleAppService(IKemelSchoolPDDbContext db, RoleManager<AppRole> roleManager, IStringLocalizer localizer)
{
    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct = default) =>
        await db.Roles.AsNoTracking().OrderBy(r => r.Name)
            .Select(r => new RoleDto(r.Id, r.Name!, r.IsStatic, db.UserRoles.Count(ur => ur.RoleId == r.Id)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<PermissionGrantDto>> GetPermissionsAsync(Guid roleId, CancellationToken ct = default)
    {
        var role = await FindAsync(roleId, ct);
        var granted = await GrantedAsync(role, ct);
        return PermissionDefinitions.ForSide(MultiTenancySide.Tenant)
            .Select(d => new PermissionGrantDto(d.Name, d.Parent, localizer[d.DisplayNameKey], granted.Contains(d.Name)))
            .ToList();
    }

    public async Task UpdatePermissionsAsync(Guid roleId, UpdateRolePermissionsDto input, CancellationToken ct = default)
    {
        var role = await FindAsync(roleId, ct);
        foreach (var name in input.GrantedPermissions)
        {
            var definition = PermissionDefinitions.Find(name) ?? throw new BusinessException(KemelSchoolPDErrorCodes.Roles.UnknownPermission).WithData("Name", name);
            if (definition.Side != MultiTenancySide.Tenant) throw new BusinessException(KemelSchoolPDErrorCodes.Roles.HostPermissionNotAllowed).WithData("Name", name);
        }

        var granted = await GrantedAsync(role, ct);
        var wanted = input.GrantedPermissions.ToHashSet();
        foreach (var name in granted.Except(wanted))
            await roleManager.RemoveClaimAsync(role, new Claim(KemelClaimTypes.Permission, name)).EnsureSucceeded();
        foreach (var name in wanted.Except(granted))
            await roleManager.AddClaimAsync(role, new Claim(KemelClaimTypes.Permission, name)).EnsureSucceeded();
    }

    private async Task<AppRole> FindAsync(Guid roleId, CancellationToken ct) =>
        await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, ct) ?? throw new EntityNotFoundException(typeof(AppRole), roleId);

    private async Task<HashSet<string>> GrantedAsync(AppRole role, CancellationToken ct) =>
        (await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == KemelClaimTypes.Permission).Select(c => c.ClaimValue!).ToListAsync(ct)).ToHashSet();
}
