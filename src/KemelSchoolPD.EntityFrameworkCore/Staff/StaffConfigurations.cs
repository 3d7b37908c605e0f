using KemelSchoolPD.Schools;
using KemelSchoolPD.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Staff;

public sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> b)
    {
        b.ToTable("StaffMembers");
        b.Property(x => x.FullName).HasMaxLength(StaffMemberConsts.MaxFullNameLength).IsRequired();
        b.Property(x => x.Position).HasMaxLength(StaffMemberConsts.MaxPositionLength).IsRequired();
        b.Property(x => x.Email).HasMaxLength(StaffMemberConsts.MaxEmailLength);
        b.Property(x => x.Phone).HasMaxLength(StaffMemberConsts.MaxPhoneLength);
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<MethodologicalAssociation>().WithMany().HasForeignKey(x => x.MethodologicalAssociationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.TenantId, x.FullName });
        b.HasIndex(x => new { x.TenantId, x.Email })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.Staff.DuplicateEmail, $"\"Email\" IS NOT NULL AND {UniqueIndexes.NotDeleted}");
        // One account per staff member and one staff member per account.
        b.HasIndex(x => new { x.TenantId, x.UserId }).IsUnique().HasFilter("\"UserId\" IS NOT NULL");
        b.HasIndex(x => new { x.TenantId, x.Category });
        b.HasIndex(x => new { x.TenantId, x.MethodologicalAssociationId });
    }
}

public sealed class MethodologicalAssociationConfiguration : IEntityTypeConfiguration<MethodologicalAssociation>
{
    public void Configure(EntityTypeBuilder<MethodologicalAssociation> b)
    {
        b.ToTable("MethodologicalAssociations");
        b.Property(x => x.Name).HasMaxLength(MethodologicalAssociationConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Description).HasMaxLength(MethodologicalAssociationConsts.MaxDescriptionLength);
        b.Property(x => x.SearchText).HasMaxLength(SearchText.MaxLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.Name });
        // Names that read the same (Physics / PHYSICS) are one association.
        b.HasIndex(x => new { x.TenantId, x.SearchText })
            .IsUniqueWithCode(KemelSchoolPDErrorCodes.MethodologicalAssociations.DuplicateName, UniqueIndexes.NotDeleted);
    }
}
