using KemelSchoolPD.Attachments;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Attachments;

public sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.ToTable("Attachments");
        b.Property(x => x.OwnerType).HasMaxLength(AttachmentConsts.MaxOwnerTypeLength).IsRequired();
        b.Property(x => x.FileName).HasMaxLength(AttachmentConsts.MaxFileNameLength).IsRequired();
        b.Property(x => x.ContentType).HasMaxLength(AttachmentConsts.MaxContentTypeLength).IsRequired();
        b.Property(x => x.Sha256).HasMaxLength(AttachmentConsts.Sha256Length).IsRequired();
        b.Property(x => x.UploadedByName).HasMaxLength(256);
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.OwnerType, x.OwnerId });
        b.HasIndex(x => new { x.TenantId, x.UploadedByUserId });
    }
}

/// <summary>The bytes in their own table: the metadata's lists and counts never read them.</summary>
public sealed class AttachmentContentConfiguration : IEntityTypeConfiguration<AttachmentContent>
{
    public void Configure(EntityTypeBuilder<AttachmentContent> b)
    {
        b.ToTable("AttachmentContents");
        b.Property(x => x.Data).IsRequired();
        b.HasOne<Attachment>().WithOne().HasForeignKey<AttachmentContent>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
