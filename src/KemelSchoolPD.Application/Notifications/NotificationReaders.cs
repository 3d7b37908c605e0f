using KemelSchoolPD.Data;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>The readers of notifications as the modules' read checks see them (the digest and the cleanup ask them).</summary>
internal static class NotificationReaders
{
    /// <summary>Each active person with their staff record and every permission they hold now (for the modules' read rules).</summary>
    public static async Task<Dictionary<Guid, NotificationReader>> LoadAsync(IKemelSchoolPDDbContext db, List<Guid> userIds,
        RecipientDirectory directory, CancellationToken ct)
    {
        var grants = await (
            from userRole in db.UserRoles
            join claim in db.RoleClaims on userRole.RoleId equals claim.RoleId
            where userIds.Contains(userRole.UserId) && claim.ClaimType == KemelClaimTypes.Permission
            select new { userRole.UserId, claim.ClaimValue }).Distinct().ToListAsync(ct);
        var byUser = grants.GroupBy(g => g.UserId)
            .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(x => x.ClaimValue!).ToHashSet());
        return userIds.Select(directory.User).OfType<Recipient>()
            .ToDictionary(
                r => r.UserId,
                r => new NotificationReader(r.UserId, r.StaffId, byUser.GetValueOrDefault(r.UserId) ?? new HashSet<string>()));
    }
}
