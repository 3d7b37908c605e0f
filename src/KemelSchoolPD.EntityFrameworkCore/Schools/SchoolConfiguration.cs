using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Schools;

public sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> b)
    {
        b.ToTable("Schools");
        b.Property(x => x.Name).HasMaxLength(SchoolConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Bin).HasMaxLength(SchoolConsts.BinLength).IsRequired();
        b.Property(x => x.Region).HasMaxLength(SchoolConsts.MaxRegionLength).IsRequired();
        b.Property(x => x.District).HasMaxLength(SchoolConsts.MaxDistrictLength).IsRequired();
        b.Property(x => x.Address).HasMaxLength(SchoolConsts.MaxAddressLength);
        b.Property(x => x.Phone).HasMaxLength(SchoolConsts.MaxPhoneLength);
        b.Property(x => x.Email).HasMaxLength(SchoolConsts.MaxEmailLength);
        b.HasIndex(x => x.Bin).IsUnique();
        b.HasIndex(x => x.Name);
    }
}

public sealed class SchoolChangeTokenConfiguration : IEntityTypeConfiguration<SchoolChangeToken>
{
    public void Configure(EntityTypeBuilder<SchoolChangeToken> b)
    {
        b.ToTable("SchoolChangeTokens");
        b.HasKey(x => x.SchoolId);
        b.Property(x => x.SchoolId).ValueGeneratedNever();
    }
}
