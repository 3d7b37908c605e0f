using System.Text.Json;
using KemelSchoolPD.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// The first step of a two-factor sign-in: a protected token (5 minutes, keys shared by all nodes) naming the user, school,
/// scheme (cookie or bearer) and the security stamp, so it works for the web app and API clients alike without a session.
/// </summary>
public sealed class TwoFactorTokens(IDataProtectionProvider provider)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private readonly ITimeLimitedDataProtector _protector =
        provider.CreateProtector("KemelSchoolPD.TwoFactorSignIn").ToTimeLimitedDataProtector();

    public sealed record Pending(Guid UserId, Guid? TenantId, string Scheme, bool RememberMe, string? SecurityStamp);

    public string Create(AppUser user, string scheme, bool rememberMe) =>
        _protector.Protect(JsonSerializer.Serialize(new Pending(user.Id, user.TenantId, scheme, rememberMe, user.SecurityStamp)), Lifetime);

    public Pending? Read(string token)
    {
        try
        {
            var pending = JsonSerializer.Deserialize<Pending>(_protector.Unprotect(token));
            return pending?.Scheme == IdentityConstants.ApplicationScheme || pending?.Scheme == IdentityConstants.BearerScheme
                ? pending
                : null;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>A password hash to verify for unknown user names, so they cost the same time as known ones (no user enumeration).</summary>
public static class DummyPassword
{
    private static readonly AppUser User = new(null, "nobody", "Nobody", null);
    private static string? _hash;

    public static void Verify(IPasswordHasher<AppUser> hasher, string password)
    {
        _hash ??= hasher.HashPassword(User, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(User, _hash, password);
    }
}
