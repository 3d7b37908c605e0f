using KemelSchoolPD.Data;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.Users;
using Microsoft.EntityFrameworkCore;

namespace KemelSchoolPD.Notifications;

/// <summary>The e-mail kinds (templates Emailing/Templates/{Kind}.{culture}.liquid) of notifications.</summary>
public static class NotificationEmailKinds
{
    /// <summary>Model: <see cref="NotificationEmailModel"/>.</summary>
    public const string Single = "Notification";
    /// <summary>Model: <see cref="NotificationDigestModel"/>.</summary>
    public const string Digest = "NotificationDigest";
}

public sealed record NotificationEmailModel(string SchoolName, string FullName, string Title, string Text, string Link, string AllLink);

public sealed record NotificationDigestItem(string Title, string Text, string Link);

public sealed record NotificationDigestModel(
    string SchoolName,
    string FullName,
    int Count,
    IReadOnlyList<NotificationDigestItem> Items,
    string AllLink);

/// <summary>
/// Queues e-mail about notifications through the outbox (<see cref="IEmailOutbox"/>: saved with the caller's changes, sent by
/// its job), in the recipient's language, with absolute links to the web app, as a message of the recipient's school.
/// </summary>
public sealed class NotificationMailer(IAppPublicUrl publicUrl, IEmailOutbox outbox, ICurrentTenant currentTenant)
{
    public const string NotificationsPath = "/notifications";

    public string Link(string? path) => publicUrl.BaseUrl.TrimEnd('/') + (path ?? NotificationsPath);

    public void QueueSingle(Recipient to, string schoolName, Notification n)
    {
        var culture = NotificationTexts.Culture(to.Culture);
        var model = new NotificationEmailModel(schoolName, to.FullName, NotificationTexts.KindTitle(n.Kind, culture),
            NotificationTexts.Notification(n.Kind, n.Stage, n.Values, n.DueDate, culture), Link(n.LinkPath), Link(null));
        using (currentTenant.Change(to.TenantId)) outbox.Queue(to.Email!, NotificationEmailKinds.Single, culture.Name, model);
    }

    public void QueueDigest(Recipient to, string schoolName, IReadOnlyList<Notification> items)
    {
        var culture = NotificationTexts.Culture(to.Culture);
        var model = new NotificationDigestModel(schoolName, to.FullName, items.Count,
            items.Select(n => new NotificationDigestItem(NotificationTexts.KindTitle(n.Kind, culture),
                NotificationTexts.Notification(n.Kind, n.Stage, n.Values, n.DueDate, culture), Link(n.LinkPath))).ToList(), Link(null));
        using (currentTenant.Change(to.TenantId)) outbox.Queue(to.Email!, NotificationEmailKinds.Digest, culture.Name, model);
    }
}

/// <summary>
/// Turns events into notifications in the current school, inside the save that made the change: the audience becomes accounts
/// (never the person who acted, never a deactivated account), each person's channels decide in-app / e-mail now / digest, and
/// an e-mail "now" goes to the outbox in the same transaction.
/// </summary>
public sealed class NotificationPublisher(
    IKemelSchoolPDDbContext db,
    NotificationKindCatalog kinds,
    NotificationMailer mailer,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock)
{
    public async Task PublishAsync(IReadOnlyList<NotificationEvent> events, CancellationToken ct)
    {
        if (currentTenant.Id is not { } tenantId) return;
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == tenantId).Select(s => new { s.Name, s.IsActive })
            .FirstOrDefaultAsync(ct);
        if (school is not { IsActive: true }) return;
        var directory = await RecipientDirectory.LoadAsync(
            db,
            [tenantId],
            RecipientDirectory.PermissionsOf(events.Select(e => e.Audience)),
            ct,
            events.Select(e => e.Audience.StaffId).OfType<Guid>().Distinct().ToList());
        var channels = await NotificationChannels.LoadAsync(db, [tenantId], ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            var kind = kinds.Find(e.Kind) ?? throw new InvalidOperationException($"Notification kind {e.Kind} is not registered.");
            foreach (var to in directory.Resolve(tenantId, e.Audience).Where(r => r.UserId != currentUser.Id))
            {
                if (channels.Delivery(to, kind) is not { } delivery) continue;
                var (inApp, state) = delivery;
                var n = new Notification(Guid.CreateVersion7(), tenantId, to.UserId, e.Kind, null, e.Record,
                    new Dictionary<string, string>(e.Values), "event:" + Guid.CreateVersion7().ToString("N"), inApp, state, now);
                db.Notifications.Add(n);
                if (state == NotificationEmailState.Queued) mailer.QueueSingle(to, school.Name, n);
            }
        }
    }
}
