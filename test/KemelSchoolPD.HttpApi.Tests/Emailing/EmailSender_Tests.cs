using System.Net;
using System.Net.Sockets;
using KemelSchoolPD.Data;
using KemelSchoolPD.Emailing;
using KemelSchoolPD.EntityFrameworkCore;
using KemelSchoolPD.MultiTenancy;
using KemelSchoolPD.TestBase;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using netDumbster.smtp;

namespace KemelSchoolPD.HttpApi.Tests.Emailing;

/// <summary>A host whose e-mail goes to a real SMTP server in this process (netDumbster) on a port of its own.</summary>
public abstract class SmtpHostFixture : IDisposable
{
    public int Port { get; } = FreePort();
    public SimpleSmtpServer Smtp { get; private set; }
    public KemelWebApplicationFactory Host { get; }

    protected SmtpHostFixture(DatabaseProvider provider)
    {
        Smtp = SimpleSmtpServer.Start(Port);
        Host = new KemelWebApplicationFactory(provider, settings: new Dictionary<string, string?>
        {
            ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = Port.ToString(), ["Email:Smtp:UseTls"] = "false",
            ["Email:Smtp:From"] = "noreply@kemel.test",
        });
    }

    public void StopSmtp() => Smtp.Stop();

    public void RestartSmtp() => Smtp = SimpleSmtpServer.Start(Port);

    /// <summary>Messages the server received for one recipient, parsed by MimeKit.</summary>
    public List<MimeMessage> ReceivedFor(string to) => Smtp.ReceivedEmail
        .Where(m => m.ToAddresses.Any(a => a.Address.Equals(to, StringComparison.OrdinalIgnoreCase)))
        .Select(m => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(m.Data)))).ToList();

    public void Dispose()
    {
        Host.Dispose();
        Smtp.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

public sealed class SqliteSmtpHostFixture() : SmtpHostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresSmtpHostFixture() : SmtpHostFixture(DatabaseProvider.PostgreSql);

/// <summary>Queuing and queued-message helpers: the invitation endpoints are built elsewhere, so tests queue through the
/// services.</summary>
internal static class Outbox
{
    public static async Task QueueAsync(IServiceProvider services, Guid? tenantId, string to, string kind, string culture, object model)
    {
        await using var scope = services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            scope.ServiceProvider.GetRequiredService<IEmailOutbox>().Queue(to, kind, culture, model);
            await scope.ServiceProvider.GetRequiredService<IKemelSchoolPDDbContext>().SaveChangesAsync();
        }
    }

    public static async Task<int> RunJobAsync(IServiceProvider services, DateTime? now = null)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SendOutboxEmailsJob>().SendDueAsync(now ?? DateTime.UtcNow);
    }

    public static async Task<OutboxEmail> RowAsync(IServiceProvider services, string to)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<IDataFilter>().Disable<KemelSchoolPD.Entities.IMultiTenant>();
        return await scope.ServiceProvider.GetRequiredService<KemelSchoolPDDbContext>().OutboxEmails.AsNoTracking()
            .SingleAsync(e => e.To == to);
    }

    public static object Model(string link) => new
    {
        SchoolName = "Kemel Demo School", FullName = "Айгүл Нұрланова", UserName = "teacher01", Link = link,
        ExpiresAt = new DateTime(2026, 12, 24, 10, 30, 0, DateTimeKind.Utc),
    };

    public static string NewAddress() => $"u{Guid.NewGuid():N}@school.test.kz";
}

/// <summary>The outbox sender against a real SMTP server: delivery, languages, retries after an outage, no double sending.</summary>
public abstract class EmailSender_Tests(SmtpHostFixture fixture)
{
    private IServiceProvider Services => fixture.Host.Services;

    [Fact]
    public async Task Should_Deliver_An_Invitation_In_The_Recipients_Language_Through_Smtp()
    {
        var to = Outbox.NewAddress();
        var link = "https://kemel.test/accept-invitation?token=abc123&user=42";
        await Outbox.QueueAsync(Services, null, to, EmailKinds.Invitation, "kk", Outbox.Model(link));

        (await Outbox.RunJobAsync(Services)).ShouldBeGreaterThanOrEqualTo(1);

        var message = fixture.ReceivedFor(to).ShouldHaveSingleItem();
        message.To.Mailboxes.Single().Address.ShouldBe(to);
        message.From.Mailboxes.Single().Address.ShouldBe("noreply@kemel.test");
        message.Subject.ShouldBe("Kemel Demo School: KemelSchoolPD жүйесіне шақыру");
        message.Body!.Headers[HeaderId.ContentLanguage].ShouldBe("kk");
        message.TextBody!.ShouldContain("Құрметті Айгүл Нұрланова!");
        message.TextBody!.ShouldContain(link);
        message.TextBody!.ShouldContain("24.12.2026 10:30");
        message.HtmlBody!.ShouldContain("href=\"https://kemel.test/accept-invitation?token=abc123&amp;user=42\"");
        var row = await Outbox.RowAsync(Services, to);
        row.SentAt.ShouldNotBeNull();
        row.Model.ShouldBeNull(); // the one-time link does not stay in the database
    }

    [Fact]
    public async Task Should_Enqueue_The_Sender_Right_After_A_Message_Is_Queued()
    {
        var monitor = Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        long Enqueued() => monitor.EnqueuedJobs("default", 0, 1000).Count(j => j.Value.Job?.Type == typeof(SendOutboxEmailsJob));
        var before = Enqueued();

        await Outbox.QueueAsync(Services, null, Outbox.NewAddress(), EmailKinds.Invitation, "en", Outbox.Model("https://kemel.test/a?t=q"));

        Enqueued().ShouldBe(before + 1); // this host runs no Hangfire server: the job waits in the queue
    }

    [Fact]
    public async Task Should_Write_A_Password_Reset_In_Russian_And_English()
    {
        var ru = Outbox.NewAddress();
        var en = Outbox.NewAddress();
        await Outbox.QueueAsync(Services, null, ru, EmailKinds.PasswordReset, "ru", Outbox.Model("https://kemel.test/reset?t=1"));
        await Outbox.QueueAsync(Services, null, en, EmailKinds.PasswordReset, "en", Outbox.Model("https://kemel.test/reset?t=2"));

        await Outbox.RunJobAsync(Services);

        fixture.ReceivedFor(ru).ShouldHaveSingleItem().Subject.ShouldBe("KemelSchoolPD: восстановление пароля");
        fixture.ReceivedFor(en).ShouldHaveSingleItem().TextBody!.ShouldContain("https://kemel.test/reset?t=2");
    }

    [Fact]
    public async Task Should_Retry_After_The_Mail_Server_Was_Down_And_Deliver_Exactly_Once()
    {
        var to = Outbox.NewAddress();
        fixture.StopSmtp();
        try
        {
            await Outbox.QueueAsync(Services, null, to, EmailKinds.Invitation, "ru", Outbox.Model("https://kemel.test/a?t=down"));
            var now = DateTime.UtcNow;

            (await Outbox.RunJobAsync(Services, now)).ShouldBe(0);

            var failed = await Outbox.RowAsync(Services, to);
            failed.Attempts.ShouldBe(1);
            failed.SentAt.ShouldBeNull();
            failed.LastError.ShouldNotBeNullOrWhiteSpace();
            failed.Model.ShouldNotBeNull();
            failed.NextAttemptAt.ShouldBeGreaterThan(now.AddSeconds(30)); // backs off, not retried in a tight loop
        }
        finally
        {
            fixture.RestartSmtp();
        }

        // Counted by this message only: messages of other tests in this database may be due at the same time.
        await Outbox.RunJobAsync(Services); // not due yet
        fixture.ReceivedFor(to).ShouldBeEmpty();
        await Outbox.RunJobAsync(Services, DateTime.UtcNow.AddMinutes(2));
        await Outbox.RunJobAsync(Services, DateTime.UtcNow.AddMinutes(10));

        fixture.ReceivedFor(to).ShouldHaveSingleItem().Subject!.ShouldContain("приглашение");
        (await Outbox.RowAsync(Services, to)).SentAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_Send_Once_When_The_Job_Runs_Twice_At_The_Same_Time()
    {
        var addresses = Enumerable.Range(0, 5).Select(_ => Outbox.NewAddress()).ToList();
        foreach (var to in addresses)
            await Outbox.QueueAsync(Services, null, to, EmailKinds.Invitation, "en", Outbox.Model("https://kemel.test/a?t=" + to));

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Outbox.RunJobAsync(Services))));

        runs.Sum().ShouldBeGreaterThanOrEqualTo(addresses.Count);
        foreach (var to in addresses) fixture.ReceivedFor(to).Count.ShouldBe(1, to);
    }
}

public sealed class EmailSender_Sqlite_Tests(SqliteSmtpHostFixture fixture) :
    EmailSender_Tests(fixture),
    IClassFixture<SqliteSmtpHostFixture>;

public sealed class EmailSender_Postgres_Tests(PostgresSmtpHostFixture fixture) :
    EmailSender_Tests(fixture),
    IClassFixture<PostgresSmtpHostFixture>;

public sealed class EmailPickup_Tests
{
    [Fact]
    public async Task Should_Write_An_Eml_File_When_No_Smtp_Host_Is_Configured()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kemel-mail-" + Guid.NewGuid().ToString("N"));
        await using var host = new KemelWebApplicationFactory(
            settings: new Dictionary<string, string?> { ["Email:PickupDirectory"] = directory });
        var to = Outbox.NewAddress();
        try
        {
            await Outbox.QueueAsync(
                host.Services,
                null,
                to,
                EmailKinds.PasswordReset,
                "kk",
                Outbox.Model("https://kemel.test/reset?t=eml"));

            (await Outbox.RunJobAsync(host.Services)).ShouldBe(1);

            var file = Directory.GetFiles(directory, "*.eml").ShouldHaveSingleItem();
            var message = await MimeMessage.LoadAsync(file);
            message.To.Mailboxes.Single().Address.ShouldBe(to);
            message.Subject.ShouldBe("KemelSchoolPD: құпиясөзді қалпына келтіру");
            message.TextBody!.ShouldContain("https://kemel.test/reset?t=eml");
        }
        finally
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
    }
}
