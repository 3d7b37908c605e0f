using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.LessonStudy;
using KemelSchoolPD.PracticeLibrary;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.LessonStudy;

/// <summary>A value stored as one JSON document (the round's plan, pupils, predictions, interviews).</summary>
internal static class JsonColumn
{
    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property, T fallback) where T : class =>
        property.HasConversion<string>(
                v => GrowthArtefactJson.Serialize(v),
                s => GrowthArtefactJson.DeserializeOr(s, fallback),
                new ValueComparer<T>((l, r) => GrowthArtefactJson.Serialize(l) == GrowthArtefactJson.Serialize(r),
                    v => GrowthArtefactJson.Serialize(v).GetHashCode(),
                    v => GrowthArtefactJson.DeserializeOr(GrowthArtefactJson.Serialize(v), fallback)))
            .IsRequired();
}

public sealed class LessonStudyGroupConfiguration : IEntityTypeConfiguration<LessonStudyGroup>
{
    public void Configure(EntityTypeBuilder<LessonStudyGroup> b)
    {
        b.ToTable("LessonStudyGroups");
        b.Property(x => x.Theme).HasMaxLength(LessonStudyConsts.MaxThemeLength).IsRequired();
        b.Property(x => x.ResearchQuestion).HasMaxLength(LessonStudyConsts.MaxQuestionLength).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(LessonStudyConsts.MaxSubjectLength);
        b.Property(x => x.KnowledgeableOtherName).HasMaxLength(LessonStudyConsts.MaxNameLength);
        b.Property(x => x.KnowledgeableOtherOrganisation).HasMaxLength(LessonStudyConsts.MaxOrganisationLength);
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.FacilitatorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MethodologicalAssociation>().WithMany().HasForeignKey(x => x.MethodologicalAssociationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.TenantId, x.AcademicYear });
    }
}

public sealed class LessonStudyMemberConfiguration : IEntityTypeConfiguration<LessonStudyMember>
{
    public void Configure(EntityTypeBuilder<LessonStudyMember> b)
    {
        b.ToTable("LessonStudyMembers");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.GroupId, x.StaffMemberId }).IsUnique();
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId });
    }
}

public sealed class ResearchLessonConfiguration : IEntityTypeConfiguration<ResearchLesson>
{
    public void Configure(EntityTypeBuilder<ResearchLesson> b)
    {
        b.ToTable("ResearchLessons");
        b.Property(x => x.ClassName).HasMaxLength(LessonStudyConsts.MaxClassNameLength).IsRequired();
        b.Property(x => x.ObservationFocus).HasMaxLength(LessonStudyConsts.MaxFocusLength);
        b.Property(x => x.Surprises).HasMaxLength(LessonStudyConsts.MaxDiscussionTextLength);
        b.Property(x => x.Teaching).HasMaxLength(LessonStudyConsts.MaxDiscussionTextLength);
        b.Property(x => x.Conclusions).HasMaxLength(LessonStudyConsts.MaxDiscussionTextLength);
        b.Property(x => x.AgreedChanges).HasMaxLength(LessonStudyConsts.MaxDiscussionTextLength);
        b.Property(x => x.Plan).AsJson(LessonPlan.Empty);
        b.Property(x => x.CasePupils).AsJson<IReadOnlyList<CasePupil>>(new List<CasePupil>());
        b.Property(x => x.Predictions).AsJson<IReadOnlyList<PupilPrediction>>(new List<PupilPrediction>());
        b.Property(x => x.Interviews).AsJson<IReadOnlyList<PupilInterview>>(new List<PupilInterview>());
        b.Ignore(x => x.IsDiscussed);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<LessonStudyGroup>().WithMany().HasForeignKey(x => x.GroupId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.TeacherStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        // One round of each number per group: two re-teaches at once, one is told the round exists.
        b.HasIndex(x => new { x.TenantId, x.GroupId, x.RoundNumber }).IsUniqueWithCode(KemelSchoolPDErrorCodes.LessonStudy.RoundExists);
        b.HasIndex(x => new { x.TenantId, x.LessonDate });
    }
}

public sealed class ResearchLessonNoteConfiguration : IEntityTypeConfiguration<ResearchLessonNote>
{
    public void Configure(EntityTypeBuilder<ResearchLessonNote> b)
    {
        b.ToTable("ResearchLessonNotes");
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Text).HasMaxLength(LessonStudyConsts.MaxNoteLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ResearchLesson>().WithMany().HasForeignKey(x => x.LessonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ObserverStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.LessonId, x.ObservedAt });
        b.HasIndex(x => new { x.TenantId, x.GroupId });
    }
}

public sealed class PracticeLibraryItemConfiguration : IEntityTypeConfiguration<PracticeLibraryItem>
{
    public void Configure(EntityTypeBuilder<PracticeLibraryItem> b)
    {
        b.ToTable("PracticeLibraryItems");
        b.Property(x => x.Title).HasMaxLength(LessonStudyConsts.MaxThemeLength).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(LessonStudyConsts.MaxSubjectLength);
        b.Property(x => x.Context).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.ResearchQuestion).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.Method).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.Conclusions).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.ChangesInPractice).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.Authors).HasMaxLength(LessonStudyConsts.MaxLibraryTextLength).IsRequired();
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        // One item per source: republishing updates it.
        b.HasIndex(x => new { x.TenantId, x.SourceKind, x.SourceId }).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
        b.HasIndex(x => new { x.SharedWithAllSchools, x.PublishedAt });
    }
}
