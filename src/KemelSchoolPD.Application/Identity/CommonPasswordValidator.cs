using Microsoft.AspNetCore.Identity;

namespace KemelSchoolPD.Identity;

/// <summary>
/// Refuses passwords from the list of common passwords shipped with the product (Identity/common-passwords.txt: the most
/// frequent passwords of public breach corpora plus school and city words with years), compared case-insensitively, and
/// passwords that contain the user name (OWASP ASVS 2.1.7, 2.1.9: no composition rules beyond the length, a deny list instead).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public const string TooCommon = "PasswordTooCommon";
    public const string ContainsUserName = "PasswordContainsUserName";

    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public static bool IsCommon(string password) => Common.Value.Contains(password.Trim().ToLowerInvariant());

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        var errors = new List<IdentityError>();
        if (IsCommon(password)) errors.Add(new IdentityError { Code = TooCommon, Description = "The password is too common." });
        if (user.UserName is { Length: >= 3 } userName && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
            errors.Add(new IdentityError { Code = ContainsUserName, Description = "The password contains the user name." });
        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("KemelSchoolPD.Identity.common-passwords.txt")
                           ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line.Trim().ToLowerInvariant());
        return set;
    }
}
