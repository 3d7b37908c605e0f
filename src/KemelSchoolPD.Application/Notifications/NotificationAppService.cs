using System.Globalization;
using KemelSchoolPD.Auditing;
using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>
/// The signed-in user's own notifications, in their language. Nobody reads another user's notifications, and a notification
/// about a record the reader may no longer open (a mentee re-assigned, a permission taken away) is no longer shown: each
/// module's read rule (the audit log's <see cref="IAuditedRecordReadRule"/>) is applied in the same query.
/// </summary>
public sealed class NotificationAppService(
    IKemelSchoolPDDbContext db,
    ICurrentUser currentUser,
    IEnumerable<IAuditedRecordReadRule> readRules,
    IEnumerable<IRecordReadCheck> recordTypes,
    TimeProvider clock)
{
    public async Task<NotificationListDto> GetListAsync(GetNotificationListInput input, CancellationToken ct = default)
    {
        var own = await VisibleAsync(ct);
        var total = await own.WhereIf(input.UnreadOnly == true, n => n.ReadTime == null).LongCountAsync(ct);
        var unread = await own.CountAsync(n => n.ReadTime == null, ct);
        var page = await own.WhereIf(input.UnreadOnly == true, n => n.ReadTime == null)
            .OrderByDescending(n => n.CreationTime).ThenByDescending(n => n.Id).PageBy(input).ToListAsync(ct);
        var culture = CultureInfo.CurrentUICulture;
        return new NotificationListDto(total, unread, page
            .Select(n => new NotificationDto(n.Id, n.Kind, NotificationTexts.KindTitle(n.Kind, culture),
                NotificationTexts.Notification(n.Kind, n.Stage, n.Values, n.DueDate, culture), n.RecordType, n.RecordId, n.LinkPath, n
                    .DueDate,
                n.CreationTime, n.ReadTime is not null))
            .ToList());
    }

    /// <summary>For the bell's polling: one COUNT over the user's unread notifications.</summary>
    public async Task<UnreadNotificationCountDto> GetUnreadCountAsync(CancellationToken ct = default) =>
        new(await (await VisibleAsync(ct)).CountAsync(n => n.ReadTime == null, ct));

    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == currentUser.Id && n.ShowInApp, ct)
                           ?? throw new EntityNotFoundException(typeof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One UPDATE, whatever the number of notifications.</summary>
    public async Task<MarkAllNotificationsReadResultDto> MarkAllReadAsync(CancellationToken ct = default)
    {
        var userId = currentUser.Id ?? throw new ForbiddenException();
        var now = clock.GetUtcNow().UtcDateTime;
        var marked = await db.Notifications.Where(n => n.UserId == userId && n.ReadTime == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadTime, now), ct);
        return new MarkAllNotificationsReadResultDto(marked);
    }

    private async Task<IQueryable<Notification>> VisibleAsync(CancellationToken ct)
    {
        var userId = currentUser.Id ?? throw new ForbiddenException();
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId && n.ShowInApp);
        var types = recordTypes.Select(r => r.RecordType).ToHashSet();
        foreach (var rule in readRules.Where(r => types.Contains(r.EntityType)))
        {
            var type = rule.EntityType;
            var readable = await rule.ReadableIdsAsync(ct);
            query = query.Where(n => n.RecordType != type || (n.RecordId != null && readable.Contains(n.RecordId.Value)));
        }
        return query;
    }
}
