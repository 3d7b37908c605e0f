using KemelSchoolPD.Entities;

namespace KemelSchoolPD.Identity;

/// <summary>
/// A default permission once given to a school's default role. A permission a later release adds is granted once to the
/// roles whose defaults include it; a default the school has since taken away is not given back.
/// </summary>
public sealed class RoleDefaultGrant : Entity<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    public Guid RoleId { get; private set; }
    public string PermissionName { get; private set; } = null!;

    private RoleDefaultGrant() { }

    public RoleDefaultGrant(Guid? tenantId, Guid roleId, string permissionName) : base(Guid.CreateVersion7())
    {
        TenantId = tenantId;
        RoleId = roleId;
        PermissionName = permissionName;
    }
}
