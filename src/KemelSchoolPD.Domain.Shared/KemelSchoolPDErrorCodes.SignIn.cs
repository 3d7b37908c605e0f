namespace KemelSchoolPD;

public static partial class KemelSchoolPDErrorCodes
{
    /// <summary>Sign-in defences (ADR-008): rate limits, antiforgery, refresh tokens, two-factor sign-in, password policy.</summary>
    public static class SignIn
    {
        public const string TooManyRequests = "Account:TooManyRequests";
        public const string AntiforgeryFailed = "Account:AntiforgeryFailed";
        public const string InvalidRefreshToken = "Account:InvalidRefreshToken";
        public const string InvalidTwoFactorCode = "Account:InvalidTwoFactorCode";
        public const string TwoFactorNotAllowed = "Account:TwoFactorNotAllowed";
        public const string TwoFactorNotEnabled = "Account:TwoFactorNotEnabled";
        public const string TwoFactorAlreadyEnabled = "Account:TwoFactorAlreadyEnabled";
        public const string TwoFactorSetupRequired = "Account:TwoFactorSetupRequired";
        public const string TwoFactorSessionExpired = "Account:TwoFactorSessionExpired";
        public const string PasswordTooCommon = "Identity:PasswordTooCommon";
        public const string PasswordContainsUserName = "Identity:PasswordContainsUserName";
    }
}
