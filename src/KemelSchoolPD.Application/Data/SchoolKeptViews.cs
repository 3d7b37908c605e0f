using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KemelSchoolPD.Data;

/// <summary>
/// Views computed from many of a school's records (the to-do list, the indicators), kept in this node's memory under the
/// school's change token (<see cref="Schools.SchoolChangeToken"/>): the save interceptor renews the token with any change to
/// the school's records on any node, so a kept view is never older than the data. The platform's token
/// (<see cref="Schools.SchoolChangeToken.Platform"/>), renewed with any change to the host catalogue the views also read, is part
/// of every key. Unused views are dropped after 5 minutes.
/// </summary>
public static class SchoolKeptViews
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(5);

    /// <summary>The view under <paramref name="key"/> (what it depends on besides the school's records), computed when not kept.</summary>
    public static async Task<T> KeptForSchoolAsync<T>(this IMemoryCache cache, IKemelSchoolPDDbContext db, Guid? schoolId, object key,
        Func<Task<T>> compute, CancellationToken ct)
    {
        var platform = Schools.SchoolChangeToken.Platform;
        var tokens = await db.SchoolChangeTokens.AsNoTracking().Where(t => t.SchoolId == schoolId || t.SchoolId == platform)
            .Select(t => new { t.SchoolId, t.Token }).ToListAsync(ct);
        var token = tokens.FirstOrDefault(t => t.SchoolId == schoolId)?.Token;
        var platformToken = tokens.FirstOrDefault(t => t.SchoolId == platform)?.Token;
        var kept = (schoolId, token, platformToken, key);
        if (cache.TryGetValue(kept, out T? value)) return value!;

        // One computation per key on this node: the requests that arrive while it runs (the many readers just after a change)
        // wait for it rather than each computing the same view.
        var mine = new Lazy<Task<T>>(async () =>
        {
            try
            {
                var computed = await compute();
                cache.Set(kept, computed, new MemoryCacheEntryOptions { SlidingExpiration = KeptFor, Size = 1 });
                return computed;
            }
            finally
            {
                Computing<T>.Now.TryRemove((cache, kept), out _);
            }
        });
        var computing = Computing<T>.Now.GetOrAdd((cache, kept), mine);
        try
        {
            return await computing.Value.WaitAsync(ct);
        }
        catch (Exception) when (computing != mine && !ct.IsCancellationRequested)
        {
            // Another request's computation failed (it was cancelled when that reader left): compute our own.
            return await compute();
        }
    }

    /// <summary>The views being computed in this process, by cache (one per host) and key.</summary>
    private static class Computing<T>
    {
        public static readonly ConcurrentDictionary<object, Lazy<Task<T>>> Now = new();
    }
}
