using System.Text.Json;
using KemelSchoolPD.MyWork;
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
        b.Property(x => x.Kind).HasMaxLength(NotificationConsts.MaxKindLength).IsRequired();
        b.Property(x => x.Stage).HasMaxLength(NotificationConsts.MaxStageLength);
        b.Property(x => x.RecordType).HasMaxLength(NotificationConsts.MaxRecordTypeLength);
        b.Property(x => x.LinkPath).HasMaxLength(NotificationConsts.MaxLinkPathLength);
        b.Property(x => x.IdempotencyKey).HasMaxLength(NotificationConsts.MaxIdempotencyKeyLength).IsRequired();
        // The reminder sweep writes this column with its own SQL: keep both the same JSON (ReminderSweep.ValuesJson).
        b.Property(x => x.Values).HasConversion(
                v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null),
                v => JsonSerializer.Deserialize<Dictionary<string, string>>(v, (JsonSerializerOptions?)null)
                    ?? new Dictionary<string, string>(),
                new ValueComparer<Dictionary<string, string>>(
                    (a, c) => JsonSerializer.Serialize(a, (JsonSerializerOptions?)null) == JsonSerializer.Serialize(
                        c,
                        (JsonSerializerOptions?)null),
                    v => JsonSerializer.Serialize(v, (JsonSerializerOptions?)null).GetHashCode(),
                    v => new Dictionary<string, string>(v)))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        // The bell's page and its unread count: one person's notifications (a few hundred at most), newest first.
        b.HasIndex(x => new { x.TenantId, x.UserId, x.CreationTime });
        // Once per person and event: a reminder's key is kind:record:due date:stage, so a second sweep writes nothing.
        b.HasIndex(x => new { x.TenantId, x.UserId, x.IdempotencyKey }).IsUniqueWithCode(Exceptions.CommonErrorCodes.DuplicateValue);
        // The digest job's queue and its claims: partial, so the daily sweep's rows cost no more index writes than needed.
        b.HasIndex(x => x.CreationTime).HasFilter("\"EmailState\" = 2").HasDatabaseName("IX_Notifications_DigestQueue");
        b.HasIndex(x => x.EmailBatchId).HasFilter("\"EmailBatchId\" IS NOT NULL");
    }
}

public sealed class SentReminderConfiguration : IEntityTypeConfiguration<SentReminder>
{
    public void Configure(EntityTypeBuilder<SentReminder> b)
    {
        b.ToTable("SentReminders");
        b.Property(x => x.Kind).HasMaxLength(NotificationConsts.MaxKindLength).IsRequired();
        b.Property(x => x.Key).HasMaxLength(NotificationConsts.MaxIdempotencyKeyLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        // Once per person and reminder: the sweep's INSERT … ON CONFLICT DO NOTHING on this index decides who was reminded.
        b.HasIndex(x => new { x.TenantId, x.UserId, x.Key }).IsUniqueWithCode(Exceptions.CommonErrorCodes.DuplicateValue);
    }
}

public sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> b)
    {
        b.ToTable("NotificationPreferences");
        b.Property(x => x.Kind).HasMaxLength(NotificationConsts.MaxKindLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        // One choice per person and kind, and one school default per kind (a null user would not be unique in a plain index).
        b.HasIndex(x => new { x.TenantId, x.UserId, x.Kind })
            .IsUniqueWithCode(Exceptions.CommonErrorCodes.DuplicateValue, "\"UserId\" IS NOT NULL")
            .HasDatabaseName("IX_NotificationPreferences_TenantId_UserId_Kind");
        b.HasIndex(x => new { x.TenantId, x.Kind }).IsUniqueWithCode(Exceptions.CommonErrorCodes.DuplicateValue, "\"UserId\" IS NULL")
            .HasDatabaseName("IX_NotificationPreferences_TenantId_Kind_SchoolDefault");
    }
}

public sealed class MyWorkSettingsConfiguration : IEntityTypeConfiguration<MyWorkSettings>
{
    public void Configure(EntityTypeBuilder<MyWorkSettings> b)
    {
        b.ToTable("MyWorkSettings");
        b.Property(x => x.QuarterEnds).HasJsonConversion().HasMaxLength(64).IsRequired();
        b.Property(x => x.HalfYearEnds).HasJsonConversion().HasMaxLength(32).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.TenantId).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
    }
}
