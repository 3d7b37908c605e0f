using KemelSchoolPD.Emailing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Emailing;

public sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("OutboxEmails");
        b.Property(x => x.To).HasMaxLength(OutboxEmailConsts.MaxToLength).IsRequired();
        b.Property(x => x.Kind).HasMaxLength(OutboxEmailConsts.MaxKindLength).IsRequired();
        b.Property(x => x.Culture).HasMaxLength(OutboxEmailConsts.MaxCultureLength).IsRequired();
        b.Property(x => x.LastError).HasMaxLength(OutboxEmailConsts.MaxErrorLength);
        // The sender job reads what is due and not yet sent.
        b.HasIndex(x => new { x.SentAt, x.NextAttemptAt });
    }
}
