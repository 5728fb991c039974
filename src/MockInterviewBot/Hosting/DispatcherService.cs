using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Hosting;

/// <summary>Runs the inbound queue's workers for the lifetime of the host; on shutdown it drains what was accepted.</summary>
internal sealed partial class DispatcherService(InboundDispatcher dispatcher, IOptions<HostShutdownOptions> shutdown, ILogger<DispatcherService> logger)
    : BackgroundService
{
    private Task? _running;
    private readonly CancellationTokenSource _abort = new();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _running = dispatcher.RunAsync(_abort.Token);
        return _running;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stop taking work, then let queued turns finish within the shutdown budget.
        dispatcher.Complete();
        if (_running is not null)
        {
            var budget = shutdown.Value.ShutdownTimeout;
            try
            {
                await _running.WaitAsync(budget, cancellationToken);
                LogDrained(logger);
            }
            catch (TimeoutException)
            {
                LogDrainTimedOut(logger, dispatcher.Depth, budget);
                await _abort.CancelAsync();
            }
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "Inbound queue drained; all accepted turns were handled")]
    private static partial void LogDrained(ILogger logger);

    [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Shutdown budget {Budget} elapsed with {Depth} queued turn(s) not handled; those people must send their message again. Raise Host:ShutdownTimeout if this repeats")]
    private static partial void LogDrainTimedOut(ILogger logger, int depth, TimeSpan budget);
}

/// <summary>The "Host" configuration section.</summary>
public sealed class HostShutdownOptions
{
    public const string SectionName = "Host";

    /// <summary>How long a SIGTERM waits for in-flight turns to finish.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
