using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KemelSchoolPD.TestBase;

/// <summary>Keeps the last errors a test host logged, so a test that meets a 500 can say what happened on the server.</summary>
public sealed class ServerErrorLog : ILoggerProvider
{
    private const int Kept = 20;
    private readonly ConcurrentQueue<string> _errors = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The last error logged, as text to append to a failure message (empty when none).</summary>
    public string Last() => _errors.LastOrDefault() is { } error ? $"{Environment.NewLine}Server error: {error}" : "";

    public void Dispose() { }

    private sealed class Logger(ServerErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log._errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            while (log._errors.Count > Kept) log._errors.TryDequeue(out _);
        }
    }
}
