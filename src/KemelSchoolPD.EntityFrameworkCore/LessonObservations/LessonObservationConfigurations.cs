using KemelSchoolPD.LessonObservations;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.LessonObservations;

public sealed class LessonObservationConfiguration : IEntityTypeConfiguration<LessonObservation>
{
    public void Configure(EntityTypeBuilder<LessonObservation> b)
    {
        b.ToTable("LessonObservations");
        b.Property(x => x.Lesson).HasJsonConversion().IsRequired();
        b.Property(x => x.Notes).HasJsonConversion().IsRequired();
        b.Property(x => x.Scores).HasJsonConversion().IsRequired();
        b.OwnsMany(x => x.Shares, share =>
        {
            share.ToTable("LessonObservationShares");
            share.WithOwner().HasForeignKey("LessonObservationId");
            share.Property<int>("Id");
            share.HasKey("Id");
            share.HasIndex(x => x.StaffMemberId);
        });
        b.Property(x => x.Events).HasJsonConversion().IsRequired();
        b.Property(x => x.Focus).HasMaxLength(LessonObservationConsts.MaxLongText);
        b.Property(x => x.Strengths).HasMaxLength(LessonObservationConsts.MaxLongText);
        b.Property(x => x.GrowthPoints).HasMaxLength(LessonObservationConsts.MaxLongText);
        b.Property(x => x.TeacherReply).HasMaxLength(LessonObservationConsts.MaxLongText);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ObservedStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ObserverStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ObservationForm>().WithMany().HasForeignKey(x => x.FormId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.ObservedStaffMemberId, x.LessonDate });
        b.HasIndex(x => new { x.TenantId, x.LessonDate });
        b.HasIndex(x => new { x.TenantId, x.ObserverStaffMemberId });
    }
}

public sealed class ObservationFormConfiguration : IEntityTypeConfiguration<ObservationForm>
{
    public void Configure(EntityTypeBuilder<ObservationForm> b)
    {
        b.ToTable("ObservationForms");
        b.Property(x => x.Name).HasMaxLength(LessonObservationConsts.MaxShortText).IsRequired();
        b.Property(x => x.BuiltInKey).HasMaxLength(64);
        b.Property(x => x.Criteria).HasJsonConversion().IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.BuiltInKey }).IsUnique();
    }
}
