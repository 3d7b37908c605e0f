using System.Security.Claims;

namespace KemelSchoolPD.Users;

/// <summary>The principal of the running code: the HTTP user, or one set explicitly for a job, a seeder or a test.</summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }

    IDisposable Change(ClaimsPrincipal principal);
}

/// <summary>Holds explicit principals; the host derives from it to fall back to the HTTP context.</summary>
public class CurrentPrincipalAccessor : ICurrentPrincipalAccessor
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Current = new();

    public virtual ClaimsPrincipal? Principal => Current.Value;

    public IDisposable Change(ClaimsPrincipal principal)
    {
        var parent = Current.Value;
        Current.Value = principal;
        return new MultiTenancy.RestoreOnDisposeHandle(() => Current.Value = parent);
    }
}
