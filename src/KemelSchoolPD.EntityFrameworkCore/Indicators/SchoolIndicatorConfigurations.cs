using KemelSchoolPD.Indicators;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Indicators;

public sealed class SchoolIndicatorRecordConfiguration : IEntityTypeConfiguration<SchoolIndicatorRecord>
{
    public void Configure(EntityTypeBuilder<SchoolIndicatorRecord> b)
    {
        b.ToTable("SchoolIndicatorRecords");
        b.Property(x => x.Code).HasMaxLength(SchoolIndicatorConsts.MaxCodeLength);
        b.Property(x => x.Note).HasMaxLength(SchoolIndicatorConsts.MaxNoteLength);
        b.Property(x => x.Evidence).HasMaxLength(SchoolIndicatorConsts.MaxEvidenceLength);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        // One record per indicator and year: two first saves at once, one answers 409.
        b.HasIndex(x => new { x.TenantId, x.AcademicYear, x.Code }).IsUniqueWithCode(Exceptions.CommonErrorCodes.ConcurrencyConflict);
    }
}
