using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KemelSchoolPD.EntityFrameworkCore.Sessions;

/// <summary>
/// A signed-in browser session, kept in the database (the cookie holds only its key), so every app node knows every session
/// and signing out or deactivating a school ends sessions everywhere.
/// </summary>
public sealed class UserSession
{
    public string Id { get; set; } = null!;
    public Guid UserId { get; set; }
    public Guid? TenantId { get; set; }
    public byte[] Ticket { get; set; } = null!;
    public DateTime? ExpiresAt { get; set; }
    public DateTime LastRenewedAt { get; set; }
}

public sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.Property(x => x.Id).HasMaxLength(64);
        b.HasIndex(x => x.UserId);
        b.HasIndex(x => x.TenantId);
        b.HasIndex(x => x.ExpiresAt);
    }
}
