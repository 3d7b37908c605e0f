using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Mentoring;

public sealed class MentoringPairConfiguration : IEntityTypeConfiguration<MentoringPair>
{
    public void Configure(EntityTypeBuilder<MentoringPair> b)
    {
        b.ToTable("MentoringPairs");
        b.Property(x => x.EndReason).HasMaxLength(MentoringConsts.MaxReasonLength);
        b.Ignore(x => x.IsActive);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MentorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MenteeStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // A mentee has at most one active pair of each kind (active: not ended).
        b.HasIndex(x => new { x.TenantId, x.MenteeStaffMemberId, x.Kind }).HasDatabaseName("IX_MentoringPairs_OneActive")
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Mentoring.ActivePairExists, "\"EndedOn\" IS NULL");
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId, x.EndedOn });
        b.HasIndex(x => new { x.TenantId, x.MenteeStaffMemberId, x.EndedOn });
    }
}

public sealed class MentoringSettingsConfiguration : IEntityTypeConfiguration<MentoringSettings>
{
    public void Configure(EntityTypeBuilder<MentoringSettings> b)
    {
        b.ToTable("MentoringSettings");
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.TenantId).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
    }
}
