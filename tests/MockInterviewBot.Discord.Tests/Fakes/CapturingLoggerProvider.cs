using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Discord.Tests.Fakes;

public sealed record LogLine(LogLevel Level, string Category, string Message);

/// <summary>Keeps log lines so tests can assert what an admin would read.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue(new LogLine(logLevel, category, formatter(state, exception)));
    }
}
