using System.Text.Json;
using KemelSchoolPD.Notifications;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Notifications;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("Notifications");
        b.Property(x => x.Code).HasMaxLength(NotificationConsts.MaxCodeLength).IsRequired();
        b.Property(x => x.SubjectKey).HasMaxLength(NotificationConsts.MaxSubjectKeyLength).IsRequired();
        b.Property(x => x.Values).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null) ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, c) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(c, (JsonSerializerOptions?)null),
                    v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(),
                    v => new Dictionary<string, string>(v)))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.UserId, x.CreationTime });
        b.HasIndex(x => new { x.TenantId, x.UserId, x.Code, x.SubjectKey }).IsUnique();
    }
}
