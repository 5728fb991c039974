using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Operations;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Core.Conversations;

/// <summary>Delivers the engine's replies back through the platform that produced the event.</summary>
public delegate Task ReplyDelivery(InboundEvent inbound, EngineResponse response, CancellationToken cancellationToken);

/// <summary>
/// The queue between "acknowledge" and "process". Adapters acknowledge the platform, then <see cref="TryEnqueue"/>;
/// workers run the engine and deliver replies. Events of one conversation (channel + thread + user) always land on
/// the same worker, so they are handled in order; different conversations run in parallel.
/// </summary>
public sealed partial class InboundDispatcher
{
    private readonly Channel<WorkItem>[] _partitions;
    private readonly IInterviewEngine _engine;
    private readonly ILogger<InboundDispatcher> _logger;
    private int _depth;

    public InboundDispatcher(IInterviewEngine engine, ILogger<InboundDispatcher> logger, int partitions = 4, int capacityPerPartition = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        _engine = engine;
        _logger = logger;
        _partitions = new Channel<WorkItem>[partitions];
        for (var i = 0; i < partitions; i++)
        {
            _partitions[i] = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacityPerPartition)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }

    /// <summary>Items waiting to be processed.</summary>
    public int Depth => Volatile.Read(ref _depth);

    /// <summary>Raised after an item is fully handled (replies delivered or the failure logged). Tests await it.</summary>
    public event Action<InboundEvent>? Processed;

    /// <summary>Queues the event; false when the queue is full or closed (the adapter answers "busy" so the platform retries).</summary>
    public bool TryEnqueue(InboundEvent inbound, ReplyDelivery deliver)
    {
        var partition = _partitions[PartitionOf(inbound.Key)];
        if (!partition.Writer.TryWrite(new WorkItem(inbound, deliver)))
        {
            return false;
        }

        Interlocked.Increment(ref _depth);
        BotMetrics.EventsIn.Add(1, new KeyValuePair<string, object?>("platform", inbound.Key.Platform));
        return true;
    }

    /// <summary>Stops accepting work; <see cref="RunAsync"/> finishes what is queued and returns.</summary>
    public void Complete()
    {
        foreach (var partition in _partitions)
        {
            partition.Writer.TryComplete();
        }
    }

    /// <summary>Runs every partition's worker until <see cref="Complete"/> drains the queue or the token is cancelled.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_partitions.Select(p => Task.Run(() => WorkAsync(p.Reader, cancellationToken), CancellationToken.None)));

    private int PartitionOf(ConversationKey key) =>
        (int)((uint)StableHash(key.ToString()) % (uint)_partitions.Length);

    private static int StableHash(string text)
    {
        // FNV-1a: stable across processes (string.GetHashCode is randomized).
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }

    private async Task WorkAsync(ChannelReader<WorkItem> reader, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in reader.ReadAllAsync(cancellationToken))
            {
                Interlocked.Decrement(ref _depth);
                await HandleAsync(item, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown: what is still queued was acknowledged but not processed; the platform's redelivery or the
            // stored session covers it.
        }
    }

    private async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _engine.HandleAsync(item.Event, cancellationToken);
            await item.Deliver(item.Event, response, cancellationToken);
            if (response.Replies.Count > 0)
            {
                BotMetrics.MessagesOut.Add(response.Replies.Count, new KeyValuePair<string, object?>("platform", item.Event.Key.Platform));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (StoreUnavailableException ex)
        {
            // Nothing of this turn was saved: say so, so the person sends it again instead of waiting for a reply.
            LogStoreUnavailable(_logger, item.Event.Key.Platform, item.Event.MessageId, ex.Message);
            await TryDeliverAsync(item, StoreUnavailableReply, cancellationToken);
        }
        catch (Exception ex)
        {
            LogHandlingFailed(_logger, ex, item.Event.Key.Platform, item.Event.Kind, item.Event.MessageId);
        }
        finally
        {
            Processed?.Invoke(item.Event);
        }
    }

    /// <summary>What the person sees when the database is down: their message was not kept, earlier turns are safe.</summary>
    public static Reply StoreUnavailableReply { get; } = new()
    {
        Purpose = ReplyPurpose.Error,
        Visibility = ReplyVisibility.Private,
        Blocks = [new TextBlock("I couldn't save that message just now: my storage is unavailable. Your interview so far is safe. Please send that message again in a minute.")],
        FallbackText = "I couldn't save that message just now: my storage is unavailable. Your interview so far is safe. Please send it again in a minute.",
    };

    private async Task TryDeliverAsync(WorkItem item, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await item.Deliver(item.Event, new EngineResponse([reply]), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHandlingFailed(_logger, ex, item.Event.Key.Platform, item.Event.Kind, item.Event.MessageId);
        }
    }

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Storage unavailable while handling a {Platform} event (message {MessageId}): {Reason}; asked the person to resend")]
    private static partial void LogStoreUnavailable(ILogger logger, string platform, string messageId, string reason);

    [LoggerMessage(EventId = 100, Level = LogLevel.Error, Message = "Handling a {Platform} {Kind} event (message {MessageId}) failed")]
    private static partial void LogHandlingFailed(ILogger logger, Exception exception, string platform, InboundKind kind, string messageId);

    private readonly record struct WorkItem(InboundEvent Event, ReplyDelivery Deliver);
}
