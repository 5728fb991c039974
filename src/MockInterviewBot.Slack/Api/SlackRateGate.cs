using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MockInterviewBot.Slack.Configuration;

namespace MockInterviewBot.Slack.Api;

/// <summary>
/// Keeps the bot inside Slack's rate limits: a per-(team, channel) pace for posting (about one message a second
/// after a short burst, in arrival order) and a per-(team, method) pause after an HTTP 429 with Retry-After.
/// </summary>
internal sealed class SlackRateGate(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(string Team, string Channel), ChannelPace> _channels = new();
    private readonly ConcurrentDictionary<(string Team, string Method), DateTimeOffset> _pauses = new();
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / options.Value.MessagesPerSecondPerChannel);
    private readonly int _burst = options.Value.ChannelBurst;

    /// <summary>Delays requested so far (for diagnostics and tests).</summary>
    public long PacedDelays => Interlocked.Read(ref _pacedDelays);

    private long _pacedDelays;

    /// <summary>Waits for this channel's next posting slot.</summary>
    public async Task WaitForChannelAsync(string team, string channel, CancellationToken cancellationToken)
    {
        var pace = _channels.GetOrAdd((team, channel), _ => new ChannelPace());
        var wait = pace.Reserve(time.GetUtcNow(), _interval, _burst);
        if (wait > TimeSpan.Zero)
        {
            Interlocked.Increment(ref _pacedDelays);
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>Waits while a 429 pause for this method and team is running.</summary>
    public async Task WaitForMethodAsync(string team, string method, CancellationToken cancellationToken)
    {
        if (_pauses.TryGetValue((team, method), out var until))
        {
            var wait = until - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    /// <summary>Records Slack's Retry-After for one method of one team; other methods and teams are unaffected.</summary>
    public void Pause(string team, string method, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        _pauses.AddOrUpdate((team, method), until, (_, old) => old > until ? old : until);
    }

    /// <summary>Generic cell rate algorithm: <c>burst</c> messages go at once, then one per interval.</summary>
    private sealed class ChannelPace
    {
        private readonly Lock _gate = new();
        private DateTimeOffset _theoreticalArrival;

        public TimeSpan Reserve(DateTimeOffset now, TimeSpan interval, int burst)
        {
            lock (_gate)
            {
                if (_theoreticalArrival < now)
                {
                    _theoreticalArrival = now;
                }

                var allowedAt = _theoreticalArrival - (interval * (burst - 1));
                _theoreticalArrival += interval;
                return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
            }
        }
    }
}
