using KemelSchoolPD.ActionResearch;
using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.ActionResearch;

public sealed class ActionResearchProjectConfiguration : IEntityTypeConfiguration<ActionResearchProject>
{
    public void Configure(EntityTypeBuilder<ActionResearchProject> b)
    {
        b.ToTable("ActionResearchProjects");
        b.Property(x => x.Title).HasMaxLength(ActionResearchConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Subject).HasMaxLength(ActionResearchConsts.MaxShortTextLength);
        b.Property(x => x.ClassNames).HasMaxLength(ActionResearchConsts.MaxShortTextLength);
        b.Property(x => x.Problem).HasMaxLength(ActionResearchConsts.MaxTextLength).IsRequired();
        b.Property(x => x.ResearchQuestion).HasMaxLength(ActionResearchConsts.MaxTextLength).IsRequired();
        b.Property(x => x.Hypothesis).HasMaxLength(ActionResearchConsts.MaxTextLength).IsRequired();
        b.Property(x => x.Strategy).HasMaxLength(ActionResearchConsts.MaxTextLength).IsRequired();
        b.Property(x => x.Baseline).HasMaxLength(ActionResearchConsts.MaxTextLength);
        b.Property(x => x.ClosingNote).HasMaxLength(ActionResearchConsts.MaxTextLength);
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.Ignore(x => x.IsActive);
        b.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.OwnerStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GrowthCycleArtefact>().WithMany().HasForeignKey(x => x.ResearchPlanArtefactId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.TenantId, x.OwnerStaffMemberId });
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.Status });
    }
}

public sealed class ActionResearchMemberConfiguration : IEntityTypeConfiguration<ActionResearchMember>
{
    public void Configure(EntityTypeBuilder<ActionResearchMember> b)
    {
        b.ToTable("ActionResearchMembers");
        // The project adds members with their ids already made: new rows, never ones to update.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.ProjectId, x.StaffMemberId }).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
        b.HasIndex(x => new { x.TenantId, x.StaffMemberId });
    }
}

public sealed class ActionResearchCycleConfiguration : IEntityTypeConfiguration<ActionResearchCycle>
{
    public void Configure(EntityTypeBuilder<ActionResearchCycle> b)
    {
        b.ToTable("ActionResearchCycles");
        b.Property(x => x.Analysis).HasMaxLength(ActionResearchConsts.MaxTextLength);
        b.Property(x => x.Adjustment).HasMaxLength(ActionResearchConsts.MaxTextLength);
        b.Ignore(x => x.IsOpen);
        // The lessons are the cycle's own list, one JSON document.
        b.Property(x => x.Lessons).HasConversion<string>(
                a => GrowthArtefactJson.Serialize(a),
                s => GrowthArtefactJson.DeserializeOr<IReadOnlyList<ActionResearchLesson>>(s, new List<ActionResearchLesson>()),
                new ValueComparer<IReadOnlyList<ActionResearchLesson>>(
                    (l, r) => GrowthArtefactJson.Serialize(l) == GrowthArtefactJson.Serialize(r),
                    a => GrowthArtefactJson.Serialize(a).GetHashCode(),
                    a => a.ToList()))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ActionResearchProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // One cycle of each number per project: finishing a cycle twice at once opens the next only once.
        b.HasIndex(x => new { x.TenantId, x.ProjectId, x.Number }).IsUniqueWithCode(KemelSchoolPDErrorCodes.ActionResearch.CycleNotOpen);
    }
}

public sealed class ActionResearchDataItemConfiguration : IEntityTypeConfiguration<ActionResearchDataItem>
{
    public void Configure(EntityTypeBuilder<ActionResearchDataItem> b)
    {
        b.ToTable("ActionResearchDataItems");
        b.Property(x => x.Title).HasMaxLength(ActionResearchConsts.MaxTitleLength).IsRequired();
        b.Property(x => x.Summary).HasMaxLength(ActionResearchConsts.MaxTextLength);
        b.Property(x => x.Results).HasConversion<string>(
                a => GrowthArtefactJson.Serialize(a),
                s => GrowthArtefactJson.DeserializeOr<IReadOnlyList<ActionResearchResultRow>>(s, new List<ActionResearchResultRow>()),
                new ValueComparer<IReadOnlyList<ActionResearchResultRow>>(
                    (l, r) => GrowthArtefactJson.Serialize(l) == GrowthArtefactJson.Serialize(r),
                    a => GrowthArtefactJson.Serialize(a).GetHashCode(),
                    a => a.ToList()))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ActionResearchProject>().WithMany().HasForeignKey(x => x.ProjectId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ActionResearchCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.CycleId });
    }
}

/// <summary>The reads <see cref="ActionResearchManager"/> needs, under the context's school filter.</summary>
public sealed class ActionResearchRepository(KemelSchoolPDDbContext db) : IActionResearchRepository
{
    public async Task<IReadOnlySet<Guid>> ActiveStaffAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct)
    {
        var ids = staffIds.Distinct().ToList();
        return (await db.StaffMembers.Where(s => ids.Contains(s.Id) && !s.IsArchived).Select(s => s.Id).ToListAsync(ct)).ToHashSet();
    }
}
