using KemelSchoolPD.Entities;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.Identity;

/// <summary>
/// A sign-in account. Belongs to one school (<see cref="TenantId"/>) or, when null, to the host.
/// User names and e-mails are unique per school, not globally: two schools can both have a "director".
/// </summary>
public sealed class AppUser : IdentityUser<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    public string FullName { get; private set; } = null!;
    /// <summary>kk, ru or en; null means "follow the browser".</summary>
    public string? PreferredCulture { get; private set; }
    public DateTime CreationTime { get; private set; }

    private AppUser() { }

    public AppUser(Guid? tenantId, string userName, string fullName, string? email)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        UserName = userName;
        Email = email;
        SecurityStamp = Guid.NewGuid().ToString("N");
        SetFullName(fullName);
        CreationTime = DateTime.UtcNow;
    }

    public void SetFullName(string fullName) => FullName = Check.NotNullOrWhiteSpace(fullName, nameof(FullName), IdentityConsts.MaxFullNameLength);

    public void SetPreferredCulture(string? culture) => PreferredCulture = culture;
}

/// <summary>A role of one school (or of the host). Its permissions are stored as role claims of type "permission".</summary>
public sealed class AppRole : IdentityRole<Guid>, IMayHaveTenant
{
    public Guid? TenantId { get; private set; }
    /// <summary>One of the roles every school starts with; it cannot be deleted.</summary>
    public bool IsStatic { get; private set; }

    private AppRole() { }

    public AppRole(Guid? tenantId, string name, bool isStatic)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Name = name;
        IsStatic = isStatic;
    }
}
