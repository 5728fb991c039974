using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Web.Admin;

/// <summary>Feeds warnings and errors into <see cref="RecentErrorLog"/> for the admin page. Formats the message without the exception.</summary>
[ProviderAlias("RecentErrors")]
internal sealed class RecentErrorsLoggerProvider(RecentErrorLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new RecentErrorsLogger(log, categoryName);

    public void Dispose()
    {
    }

    private sealed class RecentErrorsLogger(RecentErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel is >= LogLevel.Warning and < LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            // The exception is deliberately not passed: stack traces and exception messages stay out of the page.
            log.Add(logLevel.ToString(), category, formatter(state, null));
        }
    }
}
