using KemelSchoolPD.EntityFrameworkCore.Staff;
using KemelSchoolPD.RouteSheets;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.RouteSheets;

public sealed class RouteSheetConfiguration : IEntityTypeConfiguration<RouteSheet>
{
    public void Configure(EntityTypeBuilder<RouteSheet> b)
    {
        b.ToTable("RouteSheets");
        // A sheet made in bulk has no texts until it takes its template's (RouteSheet.HasTemplateContent).
        RouteSheetTexts.Configure(b, required: false);
        // Rows and their marks are one JSON document: a sheet is read and marked as a whole, under one concurrency stamp.
        b.Property(x => x.Rows).HasConversion<string>(
                r => RouteSheetJson.Serialize(r),
                s => RouteSheetJson.Deserialize<List<RouteSheetRow>>(s),
                new ValueComparer<IReadOnlyList<RouteSheetRow>>((l, r) => RouteSheetJson.Serialize(l) == RouteSheetJson.Serialize(r),
                    r => RouteSheetJson.Serialize(r).GetHashCode(), r => RouteSheetJson.Clone(r)))
            .IsRequired();
        b.Ignore(x => x.PeriodCount);
        b.Ignore(x => x.HasTemplateContent);
        b.HasStaffOfItsSchool(nameof(RouteSheet.TeacherStaffMemberId));
        b.HasStaffOfItsSchool(nameof(RouteSheet.ReviewerStaffMemberId));
        // One sheet per teacher and year: this is what makes bulk assignment idempotent even when two run at once.
        b.HasUniqueYearPerTeacher(nameof(RouteSheet.AcademicYear), nameof(RouteSheet.TeacherStaffMemberId));
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.Category });
        // Only sheets with a reviewer are looked up by reviewer; a bulk assignment without one then writes one index entry fewer per sheet.
        b.HasIndex(x => new { x.TenantId, x.ReviewerStaffMemberId }).HasFilter("\"ReviewerStaffMemberId\" IS NOT NULL");
    }
}

public sealed class RouteSheetTemplateConfiguration : IEntityTypeConfiguration<RouteSheetTemplate>
{
    public void Configure(EntityTypeBuilder<RouteSheetTemplate> b)
    {
        b.ToTable("RouteSheetTemplates");
        RouteSheetTexts.Configure(b);
        b.Property(x => x.Rows).HasConversion<string>(
                r => RouteSheetJson.Serialize(r),
                s => RouteSheetJson.Deserialize<List<RouteSheetRowText>>(s),
                new ValueComparer<IReadOnlyList<RouteSheetRowText>>((l, r) => RouteSheetJson.Serialize(l) == RouteSheetJson.Serialize(r),
                    r => RouteSheetJson.Serialize(r).GetHashCode(), r => RouteSheetJson.Clone(r)))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.Category, x.IsActive });
    }
}

public sealed class RouteSheetWeeklyEvaluationConfiguration : IEntityTypeConfiguration<RouteSheetWeeklyEvaluation>
{
    public void Configure(EntityTypeBuilder<RouteSheetWeeklyEvaluation> b)
    {
        b.ToTable("RouteSheetWeeklyEvaluations");
        b.Property(x => x.ClassName).HasMaxLength(RouteSheetConsts.MaxClassNameLength);
        b.Property(x => x.WhatWorked).HasMaxLength(RouteSheetConsts.MaxCommentLength).IsRequired();
        b.Property(x => x.WhatToChange).HasMaxLength(RouteSheetConsts.MaxCommentLength);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<RouteSheet>().WithMany().HasForeignKey(x => x.RouteSheetId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.RouteSheetId, x.WeekStart });
    }
}

/// <summary>The level's title, stage and goal in kk and ru, shared by templates and sheets.</summary>
internal static class RouteSheetTexts
{
    public static void Configure<T>(EntityTypeBuilder<T> b, bool required = true) where T : class
    {
        foreach (var name in new[] { "TitleKk", "TitleRu", "StageKk", "StageRu" })
            b.Property<string>(name).HasMaxLength(RouteSheetConsts.MaxTitleLength).IsRequired(required);
        foreach (var name in new[] { "GoalKk", "GoalRu" })
            b.Property<string>(name).HasMaxLength(RouteSheetConsts.MaxGoalLength).IsRequired(required);
    }
}
