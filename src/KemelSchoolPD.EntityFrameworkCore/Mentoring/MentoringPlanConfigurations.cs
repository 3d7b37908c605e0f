using KemelSchoolPD.Mentoring;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Mentoring;

public sealed class MentorYearPlanConfiguration : IEntityTypeConfiguration<MentorYearPlan>
{
    public void Configure(EntityTypeBuilder<MentorYearPlan> b)
    {
        b.ToTable("MentorYearPlans");
        b.Property(x => x.Goal).HasMaxLength(MentorYearPlanConsts.MaxGoalLength);
        b.Property(x => x.ReturnComment).HasMaxLength(MentorYearPlanConsts.MaxCommentLength);
        // The activities are one JSON document: versions and reviews snapshot the whole state exactly.
        b.Property(x => x.Activities).HasConversion<string>(
                a => MentorYearPlanSnapshot.SerializeActivities(a),
                s => MentorYearPlanSnapshot.DeserializeActivities(s),
                new ValueComparer<IReadOnlyList<MentorPlanActivity>>(
                    (l, r) => MentorYearPlanSnapshot.SerializeActivities(l!) == MentorYearPlanSnapshot.SerializeActivities(r!),
                    a => MentorYearPlanSnapshot.SerializeActivities(a).GetHashCode(),
                    a => MentorYearPlanSnapshot.DeserializeActivities(MentorYearPlanSnapshot.SerializeActivities(a))))
            .IsRequired();
        b.Ignore(x => x.PeriodStart);
        b.Ignore(x => x.PeriodEnd);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsUnderWay);
        b.HasMany(x => x.Mentees).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Mentees).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MentorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // One plan per mentor and year.
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId, x.AcademicYear })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.MentoringPlans.PlanExists, UniqueIndexes.NotDeleted);
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.Status });
    }
}

public sealed class MentorYearPlanMenteeConfiguration : IEntityTypeConfiguration<MentorYearPlanMentee>
{
    public void Configure(EntityTypeBuilder<MentorYearPlanMentee> b)
    {
        b.ToTable("MentorYearPlanMentees");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.StaffMemberId }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId });
    }
}

public sealed class MentorYearPlanVersionConfiguration : IEntityTypeConfiguration<MentorYearPlanVersion>
{
    public void Configure(EntityTypeBuilder<MentorYearPlanVersion> b)
    {
        b.ToTable("MentorYearPlanVersions");
        b.Property(x => x.Reason).HasMaxLength(MentorYearPlanConsts.MaxCommentLength);
        b.Property(x => x.AuthorName).HasMaxLength(256);
        b.Property(x => x.Snapshot).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentorYearPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.Number }).IsUnique();
    }
}

public sealed class MentorYearPlanReviewConfiguration : IEntityTypeConfiguration<MentorYearPlanReview>
{
    public void Configure(EntityTypeBuilder<MentorYearPlanReview> b)
    {
        b.ToTable("MentorYearPlanReviews");
        b.Property(x => x.Comment).HasMaxLength(MentorYearPlanConsts.MaxCommentLength);
        b.Property(x => x.ReviewerName).HasMaxLength(256);
        b.Property(x => x.Snapshot).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MentorYearPlan>().WithMany().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.PlanId, x.Time });
    }
}

public sealed class ReflectionCardConfiguration : IEntityTypeConfiguration<ReflectionCard>
{
    public void Configure(EntityTypeBuilder<ReflectionCard> b)
    {
        b.ToTable("ReflectionCards");
        b.Property(x => x.Answers).HasConversion<string>(
                a => System.Text.Json.JsonSerializer.Serialize(a, JsonOptions),
                s => System.Text.Json.JsonSerializer.Deserialize<List<ReflectionCardAnswer>>(s, JsonOptions)
                    ?? new List<ReflectionCardAnswer>(),
                new ValueComparer<IReadOnlyList<ReflectionCardAnswer>>((l, r) => l!.SequenceEqual(r!), a => a.Count, a => a.ToList()))
            .IsRequired();
        b.Property(x => x.QuestionAnswer).HasMaxLength(ReflectionCardConsts.MaxQuestionAnswerLength);
        b.Ignore(x => x.Question);
        b.Ignore(x => x.WeekStart);
        b.HasMany(x => x.Shares).WithOne().HasForeignKey(x => x.CardId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Shares).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.TeacherStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.AddresseeStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // One weekly card per teacher and ISO week, one year-end card per teacher and year (ReflectionCardKind.Weekly = 1).
        b.HasIndex(x => new { x.TenantId, x.TeacherStaffMemberId, x.PeriodKey }).HasDatabaseName("IX_ReflectionCards_OneWeekly")
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.MentoringPlans.WeeklyCardExists, $"\"Kind\" = 1 AND {UniqueIndexes.NotDeleted}");
        b.HasIndex(x => new { x.TenantId, x.TeacherStaffMemberId, x.AcademicYear }).HasDatabaseName("IX_ReflectionCards_OneYearEnd")
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.MentoringPlans.YearEndCardExists, $"\"Kind\" = 2 AND {UniqueIndexes.NotDeleted}");
        b.HasIndex(x => new { x.TenantId, x.AddresseeStaffMemberId });
    }

    private static readonly System.Text.Json.JsonSerializerOptions JsonOptions = new(System.Text.Json.JsonSerializerDefaults.Web);
}

public sealed class ReflectionCardShareConfiguration : IEntityTypeConfiguration<ReflectionCardShare>
{
    public void Configure(EntityTypeBuilder<ReflectionCardShare> b)
    {
        b.ToTable("ReflectionCardShares");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.CardId, x.StaffMemberId }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId });
    }
}

public sealed class YearEndCampaignConfiguration : IEntityTypeConfiguration<YearEndCampaign>
{
    public void Configure(EntityTypeBuilder<YearEndCampaign> b)
    {
        b.ToTable("YearEndCampaigns");
        b.Ignore(x => x.IsOpen);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.AcademicYear })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.MentoringPlans.CampaignExists, UniqueIndexes.NotDeleted);
    }
}
