using System.Net;
using System.Net.Http.Json;
using KemelSchoolPD.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.TestBase;

/// <summary>
/// The real host over a real database: an in-memory SQLite database kept alive for the factory's lifetime, or a fresh
/// database on the shared throwaway PostgreSQL cluster. Starts like `dotnet run`: migrates and seeds the demo schools.
/// </summary>
public class KemelWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly SqliteConnection? _keepAlive;
    private readonly Dictionary<string, string?> _settings;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }
    /// <summary>The host's clock: the real time unless a test sets a day (<see cref="TestClock.Set"/>), e.g. to cross a due date.</summary>
    public TestClock Clock { get; } = new();
    /// <summary>The errors the host logged (with their exceptions): what a failing test shows besides a bare 500.</summary>
    public ServerErrorLog ServerErrors { get; } = new();

    public KemelWebApplicationFactory(DatabaseProvider provider = DatabaseProvider.Sqlite, string? connectionString = null,
        IDictionary<string, string?>? settings = null)
    {
        Provider = provider;
        // A host on its own new database starts on a copy of the seeded demo data, unless it changes how the data is made.
        var copy = connectionString is null && settings?.Keys.Any(k => k.StartsWith("Seed:") || k.StartsWith("Database:")) != true;
        if (connectionString is not null) ConnectionString = connectionString;
        else if (provider == DatabaseProvider.PostgreSql)
            ConnectionString = copy ? SeededDatabases.PostgresCopy() : PostgresCluster.Instance.CreateDatabase();
        else
        {
            ConnectionString = $"Data Source=file:kemel-{Guid.NewGuid():N}?mode=memory&cache=shared";
            _keepAlive = new SqliteConnection(ConnectionString);
            _keepAlive.Open();
            if (copy) SeededDatabases.CopySqliteInto(_keepAlive);
        }
        _settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = ConnectionString,
            ["Seed:DemoData"] = "true",
            ["Hangfire:ServerEnabled"] = "false",
            // The suites sign in many times from one address: the sign-in rate limits are raised (their own tests lower them).
            ["RateLimiting:Account:PermitLimitPerIp"] = "100000",
            ["RateLimiting:Account:PermitLimitPerAccount"] = "100000",
            ["Email:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "kemel-test-mail"),
        };
        if (copy) _settings["Database:MigrateOnStartup"] = "false"; // done once, in the copied database
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            // The same PBKDF2 hashes with fewer rounds: the suites hash the demo accounts at every start and check a password at
            // every sign-in, thousands of times; the production count (100,000) would cost minutes of the run and prove nothing more.
            services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));
    }

    /// <summary>A client with its own cookie jar, signed in as a demo user of a school (by BIN) or the host (null).</summary>
    public async Task<HttpClient> SignInAsync(
        string? schoolBin,
        string userName,
        string password = TestData.Password,
        string culture = "en")
    {
        var client = CreateAnonymousClient(culture);
        var response = await client.PostAsJsonAsync("/api/account/login", new { school = schoolBin, userName, password });
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"Sign-in of {userName}@{schoolBin} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}{ServerErrors.Last()}");
        return client;
    }

    /// <summary>A client with its own cookie jar that echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN, as the web app does.</summary>
    public HttpClient CreateAnonymousClient(string culture = "en")
    {
        var client = this.CreateCookieClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(culture);
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _keepAlive?.Dispose();
        // The pool would keep this host's idle connections open on the shared cluster for minutes after the class ended.
        if (disposing && Provider == DatabaseProvider.PostgreSql) Npgsql.NpgsqlConnection
            .ClearPool(new Npgsql.NpgsqlConnection(ConnectionString));
    }
}

public static class CookieClients
{
    /// <summary>A client with a cookie jar that sends the antiforgery header like Angular's HttpClient (for any host of the app).</summary>
    public static HttpClient CreateCookieClient(this WebApplicationFactory<Program> factory)
    {
        var cookies = new CookieContainer();
        return factory.CreateDefaultClient(new XsrfHandler(cookies), new CookieContainerHandler(cookies));
    }
}

/// <summary>Copies the XSRF-TOKEN cookie into the X-XSRF-TOKEN header of every write.</summary>
public sealed class XsrfHandler(CookieContainer cookies) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get && request.Method != HttpMethod.Head && request.RequestUri is { } uri
            && cookies.GetCookies(uri.IsAbsoluteUri ? uri : new Uri(new Uri("http://localhost"), uri))["XSRF-TOKEN"] is { } token)
        {
            request.Headers.Remove("X-XSRF-TOKEN");
            request.Headers.Add("X-XSRF-TOKEN", token.Value);
        }
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>One SQLite-backed host per test class (xunit class fixture).</summary>
public sealed class SqliteHostFixture() : KemelWebApplicationFactory(DatabaseProvider.Sqlite);

/// <summary>One host on its own database of the throwaway PostgreSQL cluster per test class.</summary>
public sealed class PostgresHostFixture() : KemelWebApplicationFactory(DatabaseProvider.PostgreSql);

/// <summary>
/// The system clock, or a set time while a test needs one (the app reads time only through <see cref="TimeProvider"/>). Setting
/// it returns a handle that puts the real time back; a test that sets it signs in again afterwards (sessions are timed by it).
/// </summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _now;

    public override DateTimeOffset GetUtcNow() => _now ?? base.GetUtcNow();

    public IDisposable Set(DateTimeOffset now)
    {
        _now = now;
        return new Restore(this);
    }

    public void Reset() => _now = null;

    /// <summary>Noon (UTC) of that day.</summary>
    public IDisposable Set(DateOnly day) => Set(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private sealed class Restore(TestClock clock) : IDisposable
    {
        public void Dispose() => clock._now = null;
    }
}
