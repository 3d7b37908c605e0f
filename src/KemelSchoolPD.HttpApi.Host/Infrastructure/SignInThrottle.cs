using System.Security.Cryptography;
using System.Text;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.EntityFrameworkCore.SignIn;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Failed sign-ins counted per account name and source (IP), and per account name from all sources (ADR-008). A source that
/// fails <see cref="SourceMaxFailures"/> times is refused for that account only, so an attacker cannot lock the real user out;
/// many sources together (<see cref="AccountMaxFailures"/>) lock the name briefly for everyone. Each lock lasts longer than the
/// previous one (1, 2, 4 … up to 15 minutes). Keys are names, not users: unknown names behave exactly like real ones, so
/// lockout reveals nothing. Counted in the database, so every app node sees the same failures.
/// </summary>
public sealed class SignInThrottle(KemelSchoolPDDbContext db, TimeProvider clock, IConfiguration configuration)
{
    private static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    public int SourceMaxFailures => configuration.GetValue("SignIn:SourceMaxFailures", 5);
    public int AccountMaxFailures => configuration.GetValue("SignIn:AccountMaxFailures", 20);
    private TimeSpan FirstLockout => TimeSpan.FromMinutes(configuration.GetValue("SignIn:FirstLockoutMinutes", 1.0));
    private TimeSpan MaxLockout => TimeSpan.FromMinutes(configuration.GetValue("SignIn:MaxLockoutMinutes", 15.0));

    /// <summary>How long this source is still refused for this account (null when it may try).</summary>
    public async Task<TimeSpan?> LockedForAsync(Guid? tenantId, string userName, string source)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keys = new[] { SourceKey(tenantId, userName, source), AccountKey(tenantId, userName) };
        var until = await db.SignInCounters.AsNoTracking().Where(c => keys.Contains(c.Key)).Select(c => (DateTime?)c.LockedUntil)
            .MaxAsync();
        return until > now ? until - now : null;
    }

    /// <summary>Counts a failure; returns the lock it caused, if any.</summary>
    public async Task<TimeSpan?> FailedAsync(Guid? tenantId, string userName, string source)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await CountAsync(SourceKey(tenantId, userName, source), SourceMaxFailures, now);
        await CountAsync(AccountKey(tenantId, userName), AccountMaxFailures, now);
        await db.SignInCounters.Where(c => c.LastFailure < now - Forget).ExecuteDeleteAsync();
        return await LockedForAsync(tenantId, userName, source);
    }

    public async Task SucceededAsync(Guid? tenantId, string userName, string source)
    {
        var sourceKey = SourceKey(tenantId, userName, source);
        var accountKey = AccountKey(tenantId, userName);
        await db.SignInCounters.Where(c => c.Key == sourceKey).ExecuteDeleteAsync();
        await db.SignInCounters.Where(c => c.Key == accountKey).ExecuteUpdateAsync(c => c.SetProperty(x => x.Failures, 0));
    }

    /// <summary>
    /// One read-modify-write; two nodes counting the same failure at once may lose one count (a conflict is not worth a
    /// retry: the next failure counts), never fail the request.
    /// </summary>
    private async Task CountAsync(string key, int max, DateTime now)
    {
        var counter = await db.SignInCounters.FirstOrDefaultAsync(c => c.Key == key);
        if (counter is null) db.SignInCounters.Add(counter = new SignInCounter { Key = key });
        if (now - counter.LastFailure > Forget) counter.Lockouts = 0;
        counter.LastFailure = now;
        if (counter.LockedUntil <= now && ++counter.Failures >= max) // refused attempts while locked do not lengthen the lock
        {
            counter.Failures = 0;
            counter.Lockouts++;
            var minutes = Math.Min(FirstLockout.TotalMinutes * Math.Pow(2, counter.Lockouts - 1), MaxLockout.TotalMinutes);
            counter.LockedUntil = now + TimeSpan.FromMinutes(minutes);
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.Entry(counter).State = EntityState.Detached;
        }
    }

    private static string AccountKey(Guid? tenantId, string userName) => Hash($"{tenantId:N}|{userName.Trim().ToUpperInvariant()}");

    private static string SourceKey(Guid? tenantId, string userName, string source) =>
        Hash($"{tenantId:N}|{userName.Trim().ToUpperInvariant()}|{source}");

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
