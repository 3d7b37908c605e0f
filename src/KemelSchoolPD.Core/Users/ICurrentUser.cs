using System.Security.Claims;

namespace KemelSchoolPD.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    string? FullName { get; }
    Guid? TenantId { get; }
    IReadOnlyList<string> Roles { get; }
}

public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principalAccessor.Principal;

    public bool IsAuthenticated => Id.HasValue;
    public Guid? Id => ParseGuid(Find(KemelClaimTypes.UserId));
    public string? UserName => Find(KemelClaimTypes.UserName);
    public string? FullName => Find(KemelClaimTypes.FullName);
    public Guid? TenantId => ParseGuid(Find(KemelClaimTypes.TenantId));
    public IReadOnlyList<string> Roles => Principal?.FindAll(KemelClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];

    private string? Find(string type) => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirst(type)?.Value : null;

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
