using KemelSchoolPD.DevelopmentEvents;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.DevelopmentEvents;

public sealed class DevelopmentEventConfiguration : IEntityTypeConfiguration<DevelopmentEvent>
{
    public void Configure(EntityTypeBuilder<DevelopmentEvent> b)
    {
        b.ToTable("DevelopmentEvents");
        b.Property(x => x.Title).HasMaxLength(DevelopmentEventConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(DevelopmentEventConsts.MaxTextLength);
        b.Property(x => x.Place).HasMaxLength(DevelopmentEventConsts.MaxPlaceLength);
        b.Property(x => x.Outcome).HasMaxLength(DevelopmentEventConsts.MaxTextLength);
        b.Property(x => x.CancelReason).HasMaxLength(DevelopmentEventConsts.MaxReasonLength);
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.EventId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Participants).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.OrganiserStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.StartsOn });
        b.HasIndex(x => new { x.TenantId, x.OrganiserStaffMemberId, x.Status });
        b.HasIndex(x => new { x.TenantId, x.SeriesId });
    }
}

public sealed class DevelopmentEventParticipantConfiguration : IEntityTypeConfiguration<DevelopmentEventParticipant>
{
    public void Configure(EntityTypeBuilder<DevelopmentEventParticipant> b)
    {
        b.ToTable("DevelopmentEventParticipants");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.EventId, x.StaffMemberId }).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId, x.Attended });
    }
}
