using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>
/// Background work the adapter must do after acknowledging but before (or instead of) the engine: posting an
/// interview's root message and publishing App Home. Bounded; a full queue makes the
/// transport answer "busy" so Slack retries.
/// </summary>
internal sealed partial class SlackWorkQueue(ILogger<SlackWorkQueue> logger) : BackgroundService
{
    public const int Capacity = 1024;
    private const int Workers = 4;

    private readonly Channel<Func<CancellationToken, Task>> _queue = Channel.CreateBounded<Func<CancellationToken, Task>>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Raised after each work item finished (tests await it).</summary>
    public event Action? Completed;

    public bool TryEnqueue(Func<CancellationToken, Task> work) => _queue.Writer.TryWrite(work);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(stoppingToken), CancellationToken.None)));

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await work(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception ex)
                {
                    LogWorkFailed(logger, ex);
                }
                finally
                {
                    Completed?.Invoke();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(EventId = 4300, Level = LogLevel.Error, Message = "Slack background work failed")]
    private static partial void LogWorkFailed(ILogger logger, Exception exception);
}
