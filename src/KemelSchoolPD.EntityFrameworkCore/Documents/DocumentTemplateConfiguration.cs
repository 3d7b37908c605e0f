using KemelSchoolPD.Documents;
using KemelSchoolPD.Schools;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Documents;

public sealed class DocumentTemplateConfiguration : IEntityTypeConfiguration<DocumentTemplate>
{
    public void Configure(EntityTypeBuilder<DocumentTemplate> b)
    {
        b.ToTable("DocumentTemplates");
        b.Property(x => x.Name).HasMaxLength(DocumentTemplateConsts.MaxNameLength).IsRequired();
        b.Property(x => x.Culture).HasMaxLength(DocumentTemplateConsts.MaxCultureLength).IsRequired();
        b.Property(x => x.Content).HasMaxLength(DocumentTemplateConsts.MaxContentLength).IsRequired();
        b.HasOne<School>().WithMany().HasForeignKey(x => x.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.TenantId, x.Name, x.Culture }).IsUnique();
    }
}
