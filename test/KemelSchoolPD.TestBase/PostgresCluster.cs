using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KemelSchoolPD.TestBase;

/// <summary>
/// A throwaway PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl) in a temp folder on a free port,
/// shared by the whole test run and removed when the process exits. Missing binaries fail the tests with instructions.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<PostgresCluster> Shared = new(() => new PostgresCluster(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databaseCounter;

    private readonly string _binDir;
    private readonly string _dataDir;
    private readonly string? _runAsUser;

    public static PostgresCluster Instance => Shared.Value;

    public int Port { get; }

    private PostgresCluster()
    {
        _binDir = FindBinDir() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in /usr/lib/postgresql/*/bin. " +
            "Install them with: sudo apt-get install -y postgresql   (the tests start their own throwaway cluster; no service is needed).");
        _runAsUser = Environment.UserName == "root" ? "postgres" : null; // the server refuses to run as root
        _dataDir = Path.Combine(Path.GetTempPath(), "kemel-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dataDir);
        if (_runAsUser is not null) Run("chown", $"-R {_runAsUser} {_dataDir}");
        Port = FreePort();

        RunPg("initdb", $"-D {_dataDir}/data -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync");
        // For profiling (etc/benchmarks/README.md): KEMEL_PG_OPTIONS adds server settings (auto_explain…), KEMEL_PG_LOG keeps the server
        // log.
        var extra = Environment.GetEnvironmentVariable("KEMEL_PG_OPTIONS") ?? "";
        var log = Environment.GetEnvironmentVariable("KEMEL_PG_LOG") is { Length: > 0 } keep ? keep : $"{_dataDir}/server.log";
        RunPg("pg_ctl", $"-D {_dataDir}/data -l {log} -w -t 60 -o \"-p {Port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 {extra}\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>A new database on the cluster, empty or a copy of <paramref name="template"/>; every test class gets its own.</summary>
    public string CreateDatabase(string prefix = "kemel", string? template = null)
    {
        var name = $"{prefix}_{Interlocked.Increment(ref _databaseCounter)}_{Guid.NewGuid().ToString("N")[..6]}".ToLowerInvariant();
        var psql = File.Exists(Path.Combine(_binDir, "psql")) ? Path.Combine(_binDir, "psql") : "psql";
        Run(psql, $"-h 127.0.0.1 -p {Port} -U postgres -d postgres -v ON_ERROR_STOP=1 -c \"CREATE DATABASE {name}{(template is null ? "" : $" TEMPLATE {template}")}\"");
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=postgres;Pooling=true;Maximum Pool Size=50;Include Error Detail=true";

    private void Stop()
    {
        try { RunPg("pg_ctl", $"-D {_dataDir}/data -m immediate -w stop"); } catch { /* already gone */ }
        try { Directory.Delete(_dataDir, recursive: true); } catch { /* best effort */ }
    }

    private void RunPg(string tool, string arguments)
    {
        var path = Path.Combine(_binDir, tool);
        if (_runAsUser is null) Run(path, arguments);
        else Run("runuser", $"-u {_runAsUser} -- {path} {arguments}");
    }

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000)) { process.Kill(true); throw new TimeoutException($"{file} {arguments} timed out"); }
        if (process.ExitCode != 0) throw new InvalidOperationException(
            $"{file} {arguments} failed ({process.ExitCode}): {stdout.Result} {stderr.Result}");
    }

    private static string? FindBinDir()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':'))
            if (File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")))
                return Path.GetDirectoryName(Path.GetFullPath(
                    new FileInfo(Path.Combine(dir, "initdb")).ResolveLinkTarget(true)?.FullName ?? Path.Combine(dir, "initdb")));
        var lib = "/usr/lib/postgresql";
        return Directory.Exists(lib)
            ? Directory.GetDirectories(lib).Select(d => Path.Combine(d, "bin")).OrderDescending()
                .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
