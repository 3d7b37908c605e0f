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
public sealed class RoleAppService(
    IKemelSchoolPDDbContext db,
    RoleManager<AppRole> roleManager,
    IStringLocalizer localizer,
    AccountGuard guard,
    KemelSchoolPD.MultiTenancy.ICurrentTenant currentTenant)
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
            var definition = PermissionDefinitions.Find(name)
                ?? throw new BusinessException(KemelSchoolPDErrorCodes.Roles.UnknownPermission).WithData("Name", name);
            if (definition.Side != MultiTenancySide.Tenant) throw new BusinessException(
                KemelSchoolPDErrorCodes.Roles.HostPermissionNotAllowed).WithData("Name", name);
        }

        var granted = await GrantedAsync(role, ct);
        var wanted = input.GrantedPermissions.ToHashSet();
        await guard.EnsureCanGrantAsync(wanted.Except(granted), ct);
        foreach (var name in granted.Except(wanted))
            await roleManager.RemoveClaimAsync(role, new Claim(KemelClaimTypes.Permission, name)).EnsureSucceeded();
        foreach (var name in wanted.Except(granted))
            await roleManager.AddClaimAsync(role, new Claim(KemelClaimTypes.Permission, name)).EnsureSucceeded();
    }

    /// <summary>A school's own role, with no permissions yet; names are unique in the school whatever their case.</summary>
    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken ct = default)
    {
        var name = input.Name.Trim();
        await EnsureNameFreeAsync(name, null, ct);
        var role = new AppRole(currentTenant.Id, name, isStatic: false);
        await roleManager.CreateAsync(role).EnsureSucceeded();
        return new RoleDto(role.Id, role.Name!, false, 0);
    }

    public async Task<RoleDto> RenameAsync(Guid roleId, CreateRoleDto input, CancellationToken ct = default)
    {
        var role = await FindAsync(roleId, ct);
        if (role.IsStatic) throw new ConflictException(KemelSchoolPDErrorCodes.RoleManagement.StaticRole);
        var name = input.Name.Trim();
        await EnsureNameFreeAsync(name, roleId, ct);
        await roleManager.SetRoleNameAsync(role, name).EnsureSucceeded();
        await roleManager.UpdateAsync(role).EnsureSucceeded();
        return new RoleDto(role.Id, role.Name!, false, await db.UserRoles.CountAsync(ur => ur.RoleId == role.Id, ct));
    }

    /// <summary>Only a school's own role that nobody holds can be deleted.</summary>
    public async Task DeleteAsync(Guid roleId, CancellationToken ct = default)
    {
        var role = await FindAsync(roleId, ct);
        if (role.IsStatic) throw new ConflictException(KemelSchoolPDErrorCodes.RoleManagement.StaticRole);
        if (await db.UserRoles.AnyAsync(ur => ur
            .RoleId == roleId, ct)) throw new ConflictException(KemelSchoolPDErrorCodes.RoleManagement.RoleInUse);
        await roleManager.DeleteAsync(role).EnsureSucceeded();
    }

    private async Task EnsureNameFreeAsync(string name, Guid? exceptId, CancellationToken ct)
    {
        var normalized = roleManager.NormalizeKey(name);
        if (await db.Roles.AnyAsync(r => r.NormalizedName == normalized && r.Id != exceptId, ct))
            throw new ConflictException(KemelSchoolPDErrorCodes.RoleManagement.DuplicateName).WithData("Name", name);
    }

    private async Task<AppRole> FindAsync(Guid roleId, CancellationToken ct) =>
        await db.Roles.FirstOrDefaultAsync(r => r.Id == roleId, ct) ?? throw new EntityNotFoundException(typeof(AppRole), roleId);

    private async Task<HashSet<string>> GrantedAsync(AppRole role, CancellationToken ct) =>
        (await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == KemelClaimTypes.Permission).Select(c => c.ClaimValue!)
            .ToListAsync(ct)).ToHashSet();
}
