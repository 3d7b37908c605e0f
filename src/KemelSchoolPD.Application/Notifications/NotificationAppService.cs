using KemelSchoolPD.Data;
using KemelSchoolPD.Dtos;
using KemelSchoolPD.Exceptions;
using KemelSchoolPD.Localization;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace KemelSchoolPD.Notifications;

/// <summary>The signed-in user's own notifications, in their language. Nobody reads another user's notifications.</summary>
public sealed class NotificationAppService(IKemelSchoolPDDbContext db, ICurrentUser currentUser, IStringLocalizer localizer, TimeProvider clock)
{
    public async Task<NotificationListDto> GetListAsync(PagedInput input, CancellationToken ct = default)
    {
        var own = db.Notifications.AsNoTracking().Where(n => n.UserId == currentUser.Id);
        var total = await own.LongCountAsync(ct);
        var unread = await own.CountAsync(n => n.ReadTime == null, ct);
        var page = await own.OrderByDescending(n => n.CreationTime).ThenByDescending(n => n.Id).PageBy(input).ToListAsync(ct);
        return new NotificationListDto(total, unread, page.Select(n => new NotificationDto(n.Id, n.Code, Render(n), n.CreationTime, n.ReadTime is not null)).ToList());
    }

    public async Task MarkReadAsync(Guid id, CancellationToken ct = default)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == currentUser.Id, ct)
                           ?? throw new EntityNotFoundException(typeof(Notification), id);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Values that are themselves localization keys (an enum's name) are shown in the reader's language too.</summary>
    private string Render(Notification n) => NamedPlaceholders.Fill(localizer[n.Code],
        n.Values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value.StartsWith("Enum:", StringComparison.Ordinal) ? localizer[v.Value].Value : v.Value)));
}
