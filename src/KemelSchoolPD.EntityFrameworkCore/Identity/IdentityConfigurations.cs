using KemelSchoolPD.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Identity;

/// <summary>
/// User names, e-mails and role names are unique per school, not globally: Identity's global unique indexes are replaced by
/// (TenantId, ...) ones. Identity's own validators check uniqueness through the tenant-filtered sets.
/// </summary>
public sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        ReplaceIndex(b, nameof(AppUser.NormalizedUserName));
        ReplaceIndex(b, nameof(AppUser.NormalizedEmail));
        b.Property(x => x.UserName).HasMaxLength(IdentityConsts.MaxUserNameLength);
        b.Property(x => x.FullName).HasMaxLength(IdentityConsts.MaxFullNameLength).IsRequired();
        b.Property(x => x.PreferredCulture).HasMaxLength(8);
        b.Property(x => x.InvitationTokenHash).HasMaxLength(64);
        b.Property(x => x.PasswordResetTokenHash).HasMaxLength(64);
        b.HasIndex(x => new { x.TenantId, x.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
        b.HasIndex(x => new { x.TenantId, x.NormalizedEmail }).IsUnique().HasDatabaseName("EmailIndex");
    }

    internal static void ReplaceIndex<T>(EntityTypeBuilder<T> b, string property) where T : class
    {
        var index = b.Metadata.GetIndexes().FirstOrDefault(i => i.Properties.Count == 1 && i.Properties[0].Name == property);
        if (index is not null) b.Metadata.RemoveIndex(index);
    }
}

public sealed class AppRoleConfiguration : IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppRole> b)
    {
        AppUserConfiguration.ReplaceIndex(b, nameof(AppRole.NormalizedName));
        b.HasIndex(x => new { x.TenantId, x.NormalizedName }).IsUnique().HasDatabaseName("RoleNameIndex");
    }
}

public sealed class RoleDefaultGrantConfiguration : IEntityTypeConfiguration<RoleDefaultGrant>
{
    public void Configure(EntityTypeBuilder<RoleDefaultGrant> b)
    {
        b.ToTable("RoleDefaultGrants");
        b.Property(x => x.PermissionName).HasMaxLength(128).IsRequired();
        b.HasOne<AppRole>().WithMany().HasForeignKey(x => x.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.RoleId, x.PermissionName }).IsUnique();
    }
}
