using KemelSchoolPD.GrowthCycles;
using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.GrowthCycles;

public sealed class GrowthCycleConfiguration : IEntityTypeConfiguration<GrowthCycle>
{
    public void Configure(EntityTypeBuilder<GrowthCycle> b)
    {
        b.ToTable("GrowthCycles");
        b.Property(x => x.GrowthZone).HasMaxLength(GrowthCycleConsts.MaxGrowthZoneLength).IsRequired();
        b.Property(x => x.PeriodLabel).HasMaxLength(GrowthCycleConsts.MaxPeriodLabelLength);
        b.Property(x => x.CarriedOverGoals).HasConversion<string>(
                g => GrowthArtefactJson.Serialize(g),
                s => GrowthArtefactJson.DeserializeOr<IReadOnlyList<SmartGoal>>(s, new List<SmartGoal>()),
                new ValueComparer<IReadOnlyList<SmartGoal>>((l, r) => GrowthArtefactJson.Serialize(l) == GrowthArtefactJson.Serialize(r),
                    g => GrowthArtefactJson.Serialize(g).GetHashCode(),
                    g => GrowthArtefactJson.DeserializeOr<IReadOnlyList<SmartGoal>>(
                        GrowthArtefactJson.Serialize(g),
                        new List<SmartGoal>())))
            .IsRequired();
        b.Ignore(x => x.IsActive);
        // The stage history is the cycle's own (written through its methods, read with it).
        b.HasMany(x => x.StageHistory).WithOne().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(x => x.StageHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.ParticipantStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<StaffMember>().WithMany().HasForeignKey(x => x.MentorStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.ParticipantStaffMemberId, x.AcademicYear, x.Status });
        // One active cycle per participant and year (GrowthCycleStatus.Active = 1).
        b.HasIndex(x => new { x.TenantId, x.ParticipantStaffMemberId, x.AcademicYear }).HasDatabaseName("IX_GrowthCycles_OneActive")
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.GrowthCycles.ActiveCycleExists, $"\"Status\" = 1 AND {UniqueIndexes.NotDeleted}");
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.CurrentStage });
        b.HasIndex(x => new { x.TenantId, x.MentorStaffMemberId });
    }
}

public sealed class GrowthCycleStageEntryConfiguration : IEntityTypeConfiguration<GrowthCycleStageEntry>
{
    public void Configure(EntityTypeBuilder<GrowthCycleStageEntry> b)
    {
        b.ToTable("GrowthCycleStageEntries");
        // The cycle adds entries to its history with their ids already made: new rows, never ones to update.
        b.Property(x => x.Id).ValueGeneratedNever();
        b.Property(x => x.Reason).HasMaxLength(GrowthCycleConsts.MaxReasonLength);
        b.Property(x => x.EnteredByName).HasMaxLength(GrowthCycleConsts.MaxActorNameLength);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.CycleId, x.EnteredAt });
    }
}

public sealed class GrowthCycleArtefactConfiguration : IEntityTypeConfiguration<GrowthCycleArtefact>
{
    public void Configure(EntityTypeBuilder<GrowthCycleArtefact> b)
    {
        b.ToTable("GrowthCycleArtefacts");
        // Each kind's form is one JSON document (see GrowthArtefactContent); the application checks it per kind.
        b.Property(x => x.Content).HasConversion(
                c => GrowthArtefactJson.Serialize(c),
                s => GrowthArtefactJson.Deserialize(s),
                new ValueComparer<GrowthArtefactContent>((l, r) => GrowthArtefactJson.Serialize(l!) == GrowthArtefactJson.Serialize(r!),
                    c => GrowthArtefactJson.Serialize(c).GetHashCode(), c => c))
            .IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<GrowthCycle>().WithMany().HasForeignKey(x => x.CycleId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.TenantId, x.CycleId, x.Kind });
    }
}

public sealed class GrowthStageSettingConfiguration : IEntityTypeConfiguration<GrowthStageSetting>
{
    public void Configure(EntityTypeBuilder<GrowthStageSetting> b)
    {
        b.ToTable("GrowthStageSettings");
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.ParticipantKind, x.Stage }).IsUnique();
    }
}

public sealed class GrowthStageGuidanceConfiguration : IEntityTypeConfiguration<GrowthStageGuidance>
{
    public void Configure(EntityTypeBuilder<GrowthStageGuidance> b)
    {
        b.ToTable("GrowthStageGuidance");
        b.Property(x => x.TextKk).HasMaxLength(GrowthCycleConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.TextRu).HasMaxLength(GrowthCycleConsts.MaxShortTextLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.ParticipantKind, x.Stage });
    }
}

public sealed class GrowthCompetenceConfiguration : IEntityTypeConfiguration<GrowthCompetence>
{
    public void Configure(EntityTypeBuilder<GrowthCompetence> b)
    {
        b.ToTable("GrowthCompetences");
        b.Property(x => x.Code).HasMaxLength(GrowthCycleConsts.MaxCompetenceCodeLength).IsRequired();
        b.Property(x => x.FunctionCode).HasMaxLength(GrowthCycleConsts.MaxCompetenceCodeLength).IsRequired();
        b.Property(x => x.NameKk).HasMaxLength(GrowthCycleConsts.MaxShortTextLength).IsRequired();
        b.Property(x => x.NameRu).HasMaxLength(GrowthCycleConsts.MaxShortTextLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.Code }).IsUnique();
    }
}

public sealed class SchoolReferenceSettingConfiguration : IEntityTypeConfiguration<SchoolReferenceSetting>
{
    public void Configure(EntityTypeBuilder<SchoolReferenceSetting> b)
    {
        b.ToTable("SchoolReferenceSettings");
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.TenantId).IsUnique();
    }
}
