using KemelSchoolPD.DevelopmentPlans;
using KemelSchoolPD.EntityFrameworkCore.Staff;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.DevelopmentPlans;

public sealed class DevelopmentPlanConfiguration : IEntityTypeConfiguration<DevelopmentPlan>
{
    public const string TableName = "DevelopmentPlans";

    public void Configure(EntityTypeBuilder<DevelopmentPlan> b)
    {
        b.ToTable(TableName);
        // The contents are one JSON document (see PlanContentJson): snapshots and diffs of whole states are then exact.
        b.Property(x => x.Content).HasConversion(
                c => PlanContentJson.Serialize(c),
                s => PlanContentJson.Deserialize(s),
                new ValueComparer<PlanContent>((l, r) => PlanContentJson.Serialize(l!) == PlanContentJson.Serialize(r!),
                    c => PlanContentJson.Serialize(c).GetHashCode(), c => c))
            .IsRequired();
        b.Property(x => x.ReopenReason).HasMaxLength(DevelopmentPlanConsts.MaxReasonLength);
        b.Ignore(x => x.PeriodStart);
        b.Ignore(x => x.PeriodEnd);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsUnderWay);
        b.HasStaffOfItsSchool(nameof(DevelopmentPlan.TeacherStaffMemberId));
        b.HasStaffOfItsSchool(nameof(DevelopmentPlan.MentorStaffMemberId));
        // One plan per teacher and year: this is what makes bulk assignment idempotent even when two run at once.
        b.HasUniqueYearPerTeacher(nameof(DevelopmentPlan.AcademicYear), nameof(DevelopmentPlan.TeacherStaffMemberId));
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.Status });
        // Only plans with a mentor are looked up by mentor; a bulk assignment without one then writes one index entry fewer per plan.
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId }).HasFilter("\"MentorStaffMemberId\" IS NOT NULL");
    }
}

public sealed class PlanTemplateConfiguration : IEntityTypeConfiguration<PlanTemplate>
{
    public void Configure(EntityTypeBuilder<PlanTemplate> b)
    {
        b.ToTable("DevelopmentPlanTemplates");
        b.Property(x => x.Name).HasMaxLength(DevelopmentPlanConsts.MaxTemplateNameLength).IsRequired();
        b.Property(x => x.Sections).HasConversion<string>(
                s => PlanContentJson.SerializeSections(s),
                s => PlanContentJson.DeserializeSections(s),
                new ValueComparer<IReadOnlyList<PlanTemplateSection>>(
                    (l, r) => PlanContentJson.SerializeSections(l!) == PlanContentJson.SerializeSections(r!),
                    s => PlanContentJson.SerializeSections(s).GetHashCode(),
                    s => PlanContentJson.DeserializeSections(
                        PlanContentJson.SerializeSections(s))))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.Name });
    }
}

public sealed class DevelopmentPlanVersionConfiguration : IEntityTypeConfiguration<DevelopmentPlanVersion>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanVersion> b)
    {
        b.ToTable("DevelopmentPlanVersions");
        b.Property(x => x.Reason).HasMaxLength(DevelopmentPlanConsts.MaxReasonLength);
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.Property(x => x.Snapshot).IsRequired();
        b.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.Number }).IsUnique();
    }
}

public sealed class DevelopmentPlanReviewConfiguration : IEntityTypeConfiguration<DevelopmentPlanReview>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanReview> b)
    {
        b.ToTable("DevelopmentPlanReviews");
        b.Property(x => x.Comment).HasMaxLength(DevelopmentPlanConsts.MaxCommentLength);
        b.Property(x => x.ReviewerName).HasMaxLength(256);
        b.Property(x => x.Snapshot).IsRequired();
        b.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.Time });
    }
}

public sealed class DevelopmentPlanCommentConfiguration : IEntityTypeConfiguration<DevelopmentPlanComment>
{
    public void Configure(EntityTypeBuilder<DevelopmentPlanComment> b)
    {
        b.ToTable("DevelopmentPlanComments");
        b.Property(x => x.Text).HasMaxLength(DevelopmentPlanConsts.MaxCommentLength).IsRequired();
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.HasOne<DevelopmentPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.Time });
    }
}
