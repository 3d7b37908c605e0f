using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.SignIn;

/// <summary>
/// Failed sign-ins of one account name (or of one name from one source), kept in the database so that every app node counts
/// the same failures. <see cref="Key"/> is a SHA-256 of the school, the name and the source: no user name or IP is stored.
/// </summary>
public sealed class SignInCounter
{
    public string Key { get; set; } = null!;
    public int Failures { get; set; }
    public int Lockouts { get; set; }
    public DateTime LockedUntil { get; set; }
    public DateTime LastFailure { get; set; }
}

public sealed class SignInCounterConfiguration : IEntityTypeConfiguration<SignInCounter>
{
    public void Configure(EntityTypeBuilder<SignInCounter> b)
    {
        b.ToTable("SignInCounters");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(64);
        b.HasIndex(x => x.LastFailure);
    }
}
