using KemelSchoolPD.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Auditing;

public sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> b)
    {
        b.ToTable("AuditLogs");
        b.Property(x => x.EntityType).HasMaxLength(AuditLogConsts.MaxEntityTypeLength).IsRequired();
        b.Property(x => x.EntityId).HasMaxLength(AuditLogConsts.MaxEntityIdLength).IsRequired();
        b.Property(x => x.UserName).HasMaxLength(AuditLogConsts.MaxUserNameLength);
        b.OwnsMany(x => x.Changes, c => c.ToJson());
        b.HasIndex(x => new { x.TenantId, x.Time });
        b.HasIndex(x => new { x.TenantId, x.EntityType, x.EntityId });
        b.HasIndex(x => new { x.TenantId, x.EntityType, x.EntityGuid });
    }
}
