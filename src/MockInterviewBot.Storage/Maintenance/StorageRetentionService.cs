using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Storage.Maintenance;

/// <summary>Runs <see cref="RetentionPurger"/> at start and then every <see cref="StorageOptions.RetentionInterval"/>.</summary>
internal sealed partial class StorageRetentionService(
    RetentionPurger purger,
    IOptions<StorageOptions> options,
    TimeProvider time,
    ILogger<StorageRetentionService> logger) : BackgroundService
{
    /// <summary>Raised after every run (tests await it).</summary>
    public event Action<RetentionResult>? Purged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.RetentionInterval, time);
        try
        {
            do
            {
                try
                {
                    var result = await purger.PurgeAsync(time.GetUtcNow(), settings.RetentionDays, settings.ProcessedEventRetention, stoppingToken);
                    if (result.TranscriptEntries + result.SessionsRedacted + result.ProcessedEvents > 0)
                    {
                        LogPurged(logger, result.TranscriptEntries, result.SessionsRedacted, result.ProcessedEvents);
                    }

                    Purged?.Invoke(result);
                }
                catch (StoreUnavailableException ex)
                {
                    LogFailed(logger, ex.Message);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    [LoggerMessage(EventId = 620, Level = LogLevel.Information, Message = "Retention removed {Transcripts} transcript entries, redacted {Sessions} finished sessions, pruned {Events} processed event ids")]
    private static partial void LogPurged(ILogger logger, int transcripts, int sessions, int events);

    [LoggerMessage(EventId = 621, Level = LogLevel.Warning, Message = "Retention run skipped: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
