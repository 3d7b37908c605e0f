using KemelSchoolPD.Courses;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Courses;

public sealed class CourseProgrammeConfiguration : IEntityTypeConfiguration<CourseProgramme>
{
    public void Configure(EntityTypeBuilder<CourseProgramme> b)
    {
        b.ToTable("CourseProgrammes");
        b.Property(x => x.Code).HasMaxLength(CourseConsts.MaxCodeLength);
        b.Property(x => x.Provider).HasMaxLength(CourseConsts.MaxProviderLength).IsRequired();
        b.Property(x => x.Title).HasMaxLength(CourseConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Field).HasMaxLength(CourseConsts.MaxFieldLength).IsRequired();
        b.Property(x => x.FormatSplit).HasMaxLength(CourseConsts.MaxSplitLength);
        b.Property(x => x.SourceRef).HasMaxLength(CourseConsts.MaxFieldLength);
        b.Property(x => x.Languages).HasJsonConversion().IsRequired();
        b.Property(x => x.CohortStarts).HasJsonConversion().IsRequired();
        b.Property(x => x.Modules).HasJsonConversion().IsRequired();
        b.Property(x => x.ExpectedResults).HasJsonConversion().IsRequired();
        b.Property(x => x.Discrepancies).HasJsonConversion().IsRequired();
        b.Property(x => x.PostCourse).HasJsonConversion().IsRequired();
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.Ignore(x => x.MaxRecordHours);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.OwnerTenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Code)
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Courses.CodeExists, "\"Code\" IS NOT NULL AND \"IsDeleted\" = FALSE");
        b.HasIndex(x => new { x.OwnerTenantId, x.Title });
    }
}

public sealed class CourseAssessmentSchemeConfiguration : IEntityTypeConfiguration<CourseAssessmentScheme>
{
    public void Configure(EntityTypeBuilder<CourseAssessmentScheme> b)
    {
        b.ToTable("CourseAssessmentSchemes");
        b.Property(x => x.Components).HasJsonConversion().IsRequired();
        b.Property(x => x.Rubrics).HasJsonConversion().IsRequired();
        b.Property(x => x.GradeBands).HasJsonConversion().IsRequired();
        b.Property(x => x.Note).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Ignore(x => x.MaxTotal);
        b.HasOne<CourseProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        // One version per programme and date.
        b.HasIndex(x => new { x.ProgrammeId, x.EffectiveFrom }).IsUniqueWithCode(KemelSchoolPDErrorCodes.Courses.SchemeDateExists);
    }
}

public sealed class CourseRecordConfiguration : IEntityTypeConfiguration<CourseRecord>
{
    public void Configure(EntityTypeBuilder<CourseRecord> b)
    {
        b.ToTable("CourseRecords");
        b.Property(x => x.RequestComment).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Property(x => x.DeclineComment).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Property(x => x.Result).HasMaxLength(CourseConsts.MaxResultLength);
        b.Property(x => x.CertificateNumber).HasMaxLength(CourseConsts.MaxCertificateNumberLength);
        b.Property(x => x.Grade).HasMaxLength(CourseConsts.MaxNameLength);
        b.Property(x => x.CertificateToken).HasMaxLength(64);
        b.Property(x => x.Scores).HasJsonConversion().IsRequired();
        b.Ignore(x => x.CountsHours);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CourseProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId, x.Status });
        b.HasIndex(x => x.CertificateToken).IsUnique().HasFilter("\"CertificateToken\" IS NOT NULL");
    }
}

public sealed class PostCoursePlanConfiguration : IEntityTypeConfiguration<PostCoursePlan>
{
    public void Configure(EntityTypeBuilder<PostCoursePlan> b)
    {
        b.ToTable("PostCoursePlans");
        b.Property(x => x.Directions).HasJsonConversion().IsRequired();
        b.Property(x => x.Events).HasJsonConversion().IsRequired();
        b.Property(x => x.ReturnComment).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Property(x => x.Outcome).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Property(x => x.Recommendation).HasMaxLength(CourseConsts.MaxCommentLength);
        b.Ignore(x => x.IsEditable);
        b.Ignore(x => x.IsUnderWay);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<CourseRecord>().WithMany().HasForeignKey(x => x.CourseRecordId).OnDelete(DeleteBehavior.Restrict);
        // One plan per completed course.
        b.HasIndex(x => new { x.TenantId, x.CourseRecordId })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Courses.PlanExists, UniqueIndexes.NotDeleted);
        b.HasIndex(x => new { x.TenantId, x.Status });
    }
}

public sealed class ProgrammeLifecycleConfiguration : IEntityTypeConfiguration<ProgrammeLifecycle>
{
    public void Configure(EntityTypeBuilder<ProgrammeLifecycle> b)
    {
        b.ToTable("CourseProgrammeLifecycles");
        b.Property(x => x.ProtocolSignedBy).HasMaxLength(CourseConsts.MaxNameLength);
        b.Property(x => x.DevelopmentOrderNumber).HasMaxLength(CourseConsts.MaxOrderNumberLength);
        b.Property(x => x.ApprovalOrderNumber).HasMaxLength(CourseConsts.MaxOrderNumberLength);
        b.Property(x => x.DiscussionLink).HasMaxLength(CourseConsts.MaxLinkLength);
        b.Property(x => x.SectionsDone).HasJsonConversion().IsRequired();
        b.Ignore(x => x.MissingSections);
        b.HasOne<CourseProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => x.ProgrammeId).IsUniqueWithCode(KemelSchoolPDErrorCodes.Courses.LifecycleExists);
    }
}

public sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.ToTable("PublicHolidays");
        b.Property(x => x.NameKk).HasMaxLength(CourseConsts.MaxHolidayNameLength).IsRequired();
        b.Property(x => x.NameRu).HasMaxLength(CourseConsts.MaxHolidayNameLength).IsRequired();
        b.Property(x => x.NameEn).HasMaxLength(CourseConsts.MaxHolidayNameLength).IsRequired();
        b.HasIndex(x => x.Date).IsUniqueWithCode(KemelSchoolPDErrorCodes.Courses.HolidayRepeated);
    }
}
