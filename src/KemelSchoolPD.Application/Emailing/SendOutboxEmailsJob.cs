using KemelSchoolPD.Data;
using KemelSchoolPD.Entities;
using KemelSchoolPD.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KemelSchoolPD.Emailing;

/// <summary>
/// Sends the due messages of every school (recurring each minute, and enqueued right after a message is queued). Each message
/// is first claimed by a conditional update on its concurrency stamp, so two runs (two workers, two nodes) never send it twice;
/// a failure is retried with exponential back-off (1, 2, 4 … 60 minutes) and given up after
/// <see cref="OutboxEmailConsts.MaxAttempts"/> attempts, keeping the last error. The model (it may hold a one-time link) is
/// cleared once the message is sent.
/// </summary>
public sealed class SendOutboxEmailsJob(IKemelSchoolPDDbContext db, IDataFilter dataFilter, EmailTemplateRenderer templates,
    IEmailTransport transport, IOptions<EmailOptions> options, TimeProvider clock, ILogger<SendOutboxEmailsJob> logger)
{
    public const string RecurringJobId = "send-outbox-emails";
    public const int BatchSize = 50;
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxBackOff = TimeSpan.FromMinutes(60);

    public Task ExecuteAsync(CancellationToken cancellationToken) => SendDueAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <returns>How many messages this run sent.</returns>
    public async Task<int> SendDueAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var due = await db.OutboxEmails.AsNoTracking()
            .Where(e => e.SentAt == null && e.NextAttemptAt <= now && e.Attempts < OutboxEmailConsts.MaxAttempts
                        && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.NextAttemptAt).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var email in due)
        {
            var stamp = Guid.NewGuid().ToString("N");
            var claimed = await db.OutboxEmails
                .Where(e => e.Id == email.Id && e.ConcurrencyStamp == email.ConcurrencyStamp && e.SentAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimedUntil, now + Lease).SetProperty(e => e.ConcurrencyStamp, stamp),
                    cancellationToken);
            if (claimed == 0) continue; // another run has it

            try
            {
                await transport.SendAsync(Compose(email), cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var attempts = email.Attempts + 1;
                var delay = TimeSpan.FromMinutes(Math.Min(Math.Pow(2, attempts - 1), MaxBackOff.TotalMinutes));
                var error = $"{e.GetType().Name}: {e.Message}";
                if (error.Length > OutboxEmailConsts.MaxErrorLength) error = error[..OutboxEmailConsts.MaxErrorLength];
                logger.LogWarning("E-mail {Id} ({Kind}) failed, attempt {Attempts}: {Error}", email.Id, email.Kind, attempts, error);
                await db.OutboxEmails.Where(x => x.Id == email.Id && x.ConcurrencyStamp == stamp).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Attempts, attempts).SetProperty(x => x.LastError, error)
                    .SetProperty(x => x.NextAttemptAt, now + delay).SetProperty(x => x.ClaimedUntil, (DateTime?)null)
                    .SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString("N")), CancellationToken.None);
                continue;
            }

            await db.OutboxEmails.Where(x => x.Id == email.Id && x.ConcurrencyStamp == stamp).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.SentAt, clock.GetUtcNow().UtcDateTime).SetProperty(x => x.Model, (string?)null)
                .SetProperty(x => x.LastError, (string?)null).SetProperty(x => x.Attempts, email.Attempts + 1)
                .SetProperty(x => x.ClaimedUntil, (DateTime?)null).SetProperty(x => x.ConcurrencyStamp, Guid.NewGuid().ToString("N")),
                CancellationToken.None);
            sent++;
        }
        return sent;
    }

    private MimeMessage Compose(OutboxEmail email)
    {
        var rendered = templates.Render(email.Kind, email.Culture, email.Model);
        var message = new MimeMessage { Subject = rendered.Subject };
        message.From.Add(new MailboxAddress(options.Value.FromName, options.Value.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        message.MessageId = $"{email.Id:N}@kemelschoolpd";
        message.Body = new BodyBuilder { TextBody = rendered.Text, HtmlBody = rendered.Html }.ToMessageBody();
        message.Body.Headers.Add(HeaderId.ContentLanguage, email.Culture); // a Content-* header belongs to the body entity
        return message;
    }
}
