namespace KemelSchoolPD;

/// <summary>Stable error codes. Each one is also a localization key in kk, ru and en.</summary>
public static partial class KemelSchoolPDErrorCodes
{
    public static class Account
    {
        public const string InvalidCredentials = "Account:InvalidCredentials";
        public const string LockedOut = "Account:LockedOut";
        public const string SchoolInactive = "Account:SchoolInactive";
        public const string SchoolNotFound = "Account:SchoolNotFound";
        public const string UnsupportedCulture = "Account:UnsupportedCulture";
    }

    public static class MultiTenancy
    {
        public const string TenantMismatch = "MultiTenancy:TenantMismatch";
        public const string TenantNotFound = "MultiTenancy:TenantNotFound";
        public const string TenantInactive = "MultiTenancy:TenantInactive";
    }
}
