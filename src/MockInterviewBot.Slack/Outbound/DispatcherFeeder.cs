using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>Hands events to the engine's queue from background work, waiting (not failing) while it is full.</summary>
internal sealed class DispatcherFeeder(InboundDispatcher dispatcher, TimeProvider time)
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);
    private const int MaxAttempts = 1200;

    public bool TryEnqueue(InboundEvent inbound, ReplyDelivery deliver) => dispatcher.TryEnqueue(inbound, deliver);

    public async Task<bool> EnqueueAsync(InboundEvent inbound, ReplyDelivery deliver, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (dispatcher.TryEnqueue(inbound, deliver))
            {
                return true;
            }

            await Task.Delay(Pause, time, cancellationToken);
        }

        return false;
    }
}
