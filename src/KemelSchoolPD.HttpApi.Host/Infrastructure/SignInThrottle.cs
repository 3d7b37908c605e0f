using System.Collections.Concurrent;

namespace KemelSchoolPD.HttpApi.Infrastructure;

/// <summary>
/// Failed sign-ins counted per account name and source (IP), and per account name from all sources (ADR-007). A source that
/// fails <see cref="SourceMaxFailures"/> times is refused for that account only, so an attacker cannot lock the real user out;
/// many sources together (<see cref="AccountMaxFailures"/>) lock the name briefly for everyone. Each lock lasts longer than the
/// previous one (1, 2, 4 … up to 15 minutes). Keys are names, not users: unknown names behave exactly like real ones, so
/// lockout reveals nothing. Counted in this node's memory: with N nodes an attacker gets at most N times the attempts.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock, IConfiguration configuration)
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private static readonly TimeSpan Forget = TimeSpan.FromHours(24);

    public int SourceMaxFailures => configuration.GetValue("SignIn:SourceMaxFailures", 5);
    public int AccountMaxFailures => configuration.GetValue("SignIn:AccountMaxFailures", 20);
    private TimeSpan FirstLockout => TimeSpan.FromMinutes(configuration.GetValue("SignIn:FirstLockoutMinutes", 1.0));
    private TimeSpan MaxLockout => TimeSpan.FromMinutes(configuration.GetValue("SignIn:MaxLockoutMinutes", 15.0));

    /// <summary>How long this source is still refused for this account (null when it may try).</summary>
    public TimeSpan? LockedFor(Guid? tenantId, string userName, string source)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var remaining = new[] { Remaining(SourceKey(tenantId, userName, source), now), Remaining(AccountKey(tenantId, userName), now) }
            .Max();
        return remaining > TimeSpan.Zero ? remaining : null;
    }

    /// <summary>Counts a failure; returns the lock it caused, if any.</summary>
    public TimeSpan? Failed(Guid? tenantId, string userName, string source)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        Count(SourceKey(tenantId, userName, source), SourceMaxFailures, now);
        Count(AccountKey(tenantId, userName), AccountMaxFailures, now);
        if (_counters.Count > 100_000) Purge(now);
        return LockedFor(tenantId, userName, source);
    }

    public void Succeeded(Guid? tenantId, string userName, string source)
    {
        _counters.TryRemove(SourceKey(tenantId, userName, source), out _);
        if (_counters.TryGetValue(AccountKey(tenantId, userName), out var account)) lock (account) account.Failures = 0;
    }

    private void Count(string key, int max, DateTime now)
    {
        var counter = _counters.GetOrAdd(key, _ => new Counter());
        lock (counter)
        {
            if (now - counter.LastFailure > Forget) counter.Lockouts = 0;
            counter.LastFailure = now;
            if (counter.LockedUntil > now) return; // refused attempts while locked do not lengthen the lock
            if (++counter.Failures < max) return;
            counter.Failures = 0;
            counter.Lockouts++;
            var minutes = Math.Min(FirstLockout.TotalMinutes * Math.Pow(2, counter.Lockouts - 1), MaxLockout.TotalMinutes);
            counter.LockedUntil = now + TimeSpan.FromMinutes(minutes);
        }
    }

    private TimeSpan Remaining(string key, DateTime now)
    {
        if (!_counters.TryGetValue(key, out var counter)) return TimeSpan.Zero;
        lock (counter) return counter.LockedUntil - now;
    }

    private void Purge(DateTime now)
    {
        foreach (var (key, counter) in _counters)
            if (now - counter.LastFailure > Forget) _counters.TryRemove(key, out _);
    }

    private static string AccountKey(Guid? tenantId, string userName) => $"{tenantId:N}|{userName.Trim().ToUpperInvariant()}";

    private static string SourceKey(Guid? tenantId, string userName, string source) => AccountKey(tenantId, userName) + "|" + source;

    private sealed class Counter
    {
        public int Failures;
        public int Lockouts;
        public DateTime LockedUntil;
        public DateTime LastFailure;
    }
}
