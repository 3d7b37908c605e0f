using System.Text.Json;
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

public sealed record NotificationDigestModel(string SchoolName, string FullName, int Count, IReadOnlyList<NotificationDigestItem> Items, string AllLink);

/// <summary>Writes e-mail about notifications in the recipient's language, with absolute links to the web app.</summary>
public sealed class NotificationMailer(IAppPublicUrl publicUrl)
{
    public const string NotificationsPath = "/notifications";

    public string Link(string? path) => publicUrl.BaseUrl.TrimEnd('/') + (path ?? NotificationsPath);

    public OutboxEmail Single(Recipient to, string schoolName, Notification n, DateTime now)
    {
        var culture = NotificationTexts.Culture(to.Culture);
        var model = new NotificationEmailModel(schoolName, to.FullName, NotificationTexts.KindTitle(n.Kind, culture),
            NotificationTexts.Notification(n.Kind, n.Stage, n.Values, n.DueDate, culture), Link(n.LinkPath), Link(null));
        return new OutboxEmail(to.TenantId, to.Email!, NotificationEmailKinds.Single, culture.Name, JsonSerializer.Serialize(model), now);
    }

    public OutboxEmail Digest(Recipient to, string schoolName, IReadOnlyList<Notification> items, DateTime now)
    {
        var culture = NotificationTexts.Culture(to.Culture);
        var model = new NotificationDigestModel(schoolName, to.FullName, items.Count,
            items.Select(n => new NotificationDigestItem(NotificationTexts.KindTitle(n.Kind, culture),
                NotificationTexts.Notification(n.Kind, n.Stage, n.Values, n.DueDate, culture), Link(n.LinkPath))).ToList(), Link(null));
        return new OutboxEmail(to.TenantId, to.Email!, NotificationEmailKinds.Digest, culture.Name, JsonSerializer.Serialize(model), now);
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
        var school = await db.Schools.AsNoTracking().Where(s => s.Id == tenantId).Select(s => new { s.Name, s.IsActive }).FirstOrDefaultAsync(ct);
        if (school is not { IsActive: true }) return;
        var directory = await RecipientDirectory.LoadAsync(db, [tenantId], RecipientDirectory.PermissionsOf(events.Select(e => e.Audience)), ct);
        var channels = await NotificationChannels.LoadAsync(db, [tenantId], ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var e in events)
        {
            var kind = kinds.Find(e.Kind) ?? throw new InvalidOperationException($"Notification kind {e.Kind} is not registered.");
            foreach (var to in directory.Resolve(tenantId, e.Audience).Where(r => r.UserId != currentUser.Id))
            {
                var (inApp, email) = channels.For(tenantId, to.UserId, kind);
                if (to.Email is null && !inApp) continue;
                if (!inApp && email == NotificationEmailMode.Off) continue;
                var state = to.Email is null ? NotificationEmailState.None : email switch
                {
                    NotificationEmailMode.Immediate => NotificationEmailState.Queued,
                    NotificationEmailMode.Digest => NotificationEmailState.Digest,
                    _ => NotificationEmailState.None,
                };
                var n = new Notification(Guid.CreateVersion7(), tenantId, to.UserId, e.Kind, null, e.Record,
                    new Dictionary<string, string>(e.Values), "event:" + Guid.CreateVersion7().ToString("N"), inApp, state, now);
                db.Notifications.Add(n);
                if (state == NotificationEmailState.Queued) db.OutboxEmails.Add(mailer.Single(to, school.Name, n, now));
            }
        }
    }
}
