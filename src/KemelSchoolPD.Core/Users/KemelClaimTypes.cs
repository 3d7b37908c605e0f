using System.Security.Claims;

namespace KemelSchoolPD.Users;

public static class KemelClaimTypes
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string UserName = ClaimTypes.Name;
    public const string Role = ClaimTypes.Role;
    public const string TenantId = "tenant_id";
    public const string FullName = "full_name";
    public const string Culture = "culture";
    public const string Permission = "permission";
}
