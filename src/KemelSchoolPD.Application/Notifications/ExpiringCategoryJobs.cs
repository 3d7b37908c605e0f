using System.Globalization;
using KemelSchoolPD.BackgroundJobs;
using KemelSchoolPD.Data;
using KemelSchoolPD.Identity;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

public sealed record NotifyExpiringCategoriesArgs(Guid TenantId) : TenantJobArgs(TenantId);

/// <summary>
/// Runs inside one school: tells the director and deputies (and the teacher) about every qualification category that expires
/// within 180 days, so attestation is prepared in time. Idempotent: one notification per person, staff member and expiry date.
/// </summary>
public sealed class NotifyExpiringCategoriesJob(IKemelSchoolPDDbContext db, TimeProvider clock) : IBackgroundJob<NotifyExpiringCategoriesArgs>
{
    private static readonly string[] LeadershipRoles = [KemelRoles.Director, KemelRoles.DeputyDirector];

    public async Task ExecuteAsync(NotifyExpiringCategoriesArgs args, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var horizon = today.AddDays(NotificationConsts.CategoryExpiryNoticeDays);
        var expiring = await db.StaffMembers.AsNoTracking()
            .Where(s => !s.IsArchived && s.CategoryExpiresOn != null && s.CategoryExpiresOn >= today && s.CategoryExpiresOn <= horizon)
            .Select(s => new { s.Id, s.FullName, s.Category, ExpiresOn = s.CategoryExpiresOn!.Value, s.UserId })
            .ToListAsync(cancellationToken);
        if (expiring.Count == 0) return;

        var leadership = await (
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where LeadershipRoles.Contains(role.Name!)
            select userRole.UserId).Distinct().ToListAsync(cancellationToken);
        var alreadySent = (await db.Notifications.AsNoTracking().Where(n => n.Code == NotificationCodes.CategoryExpiring)
            .Select(n => new { n.UserId, n.SubjectKey }).ToListAsync(cancellationToken))
            .Select(n => (n.UserId, n.SubjectKey)).ToHashSet();

        foreach (var member in expiring)
        {
            var subjectKey = $"{member.Id:N}:{member.ExpiresOn:yyyy-MM-dd}";
            var values = new Dictionary<string, string>
            {
                ["StaffName"] = member.FullName,
                ["Category"] = $"Enum:QualificationCategory.{member.Category}",
                ["ExpiresOn"] = member.ExpiresOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            };
            var recipients = member.UserId is { } own ? leadership.Append(own).Distinct() : leadership;
            foreach (var userId in recipients.Where(u => alreadySent.Add((u, subjectKey))))
                db.Notifications.Add(new Notification(userId, NotificationCodes.CategoryExpiring, subjectKey, values, now));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The daily host job: queues <see cref="NotifyExpiringCategoriesJob"/> for every active school, each in its own tenant.</summary>
public sealed class ScanExpiringCategoriesJob(IKemelSchoolPDDbContext db, IBackgroundJobManager jobs, ICurrentTenant currentTenant)
{
    public const string RecurringJobId = "scan-expiring-categories";

    public async Task ExecuteAsync(CancellationToken cancellationToken)
    {
        var schoolIds = await db.Schools.AsNoTracking().Where(s => s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken);
        foreach (var schoolId in schoolIds)
            using (currentTenant.Change(schoolId))
                jobs.Enqueue<NotifyExpiringCategoriesJob, NotifyExpiringCategoriesArgs>(new NotifyExpiringCategoriesArgs(schoolId));
    }
}
