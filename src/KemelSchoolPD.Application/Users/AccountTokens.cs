using System.Security.Cryptography;
using System.Text;

namespace KemelSchoolPD.Users;

/// <summary>One-time link tokens and one-time passwords. Only their hashes are ever stored.</summary>
public static class AccountTokens
{
    // No 0/o, 1/l/i: a one-time password is read off paper.
    private const string Letters = "abcdefghjkmnpqrstuvwxyz";
    private const string Digits = "23456789";

    public static string NewToken() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>"xxxx-xxxx-xxxx": lower-case letters and digits (both always present), easy to type from a printed slip.</summary>
    public static string NewOneTimePassword()
    {
        var alphabet = Letters + Digits;
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        chars[RandomNumberGenerator.GetInt32(0, 6)] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[RandomNumberGenerator.GetInt32(6, 12)] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        var text = new string(chars);
        return $"{text[..4]}-{text[4..8]}-{text[8..]}";
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>Ends a user's cookie sessions (kept in the database); bearer tokens end by the security stamp changing.</summary>
public interface IUserSessionRevoker
{
    Task RevokeAllAsync(Guid userId, CancellationToken ct = default);
}

/// <summary>The web app's public address, for links in e-mails ("App:PublicUrl", else the current request's).</summary>
public interface IAppPublicUrl
{
    string BaseUrl { get; }
}
