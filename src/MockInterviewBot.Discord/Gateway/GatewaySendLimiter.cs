namespace MockInterviewBot.Discord.Gateway;

/// <summary>
/// Never more than 120 gateway sends per 60 s (heartbeats included). Ordinary sends stop at 110 so heartbeats
/// always have headroom.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time, int limit = 120, int heartbeatReserve = 10)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(60);
    private readonly Queue<DateTimeOffset> _sent = new();
    private readonly Lock _gate = new();

    public int SentInWindow
    {
        get
        {
            lock (_gate)
            {
                Trim(time.GetUtcNow());
                return _sent.Count;
            }
        }
    }

    public async Task WaitAsync(bool heartbeat, CancellationToken cancellationToken)
    {
        var allowed = heartbeat ? limit : limit - heartbeatReserve;
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetUtcNow();
                Trim(now);
                if (_sent.Count < allowed)
                {
                    _sent.Enqueue(now);
                    return;
                }

                wait = _sent.Peek() + Window - now;
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
        }
    }

    private void Trim(DateTimeOffset now)
    {
        while (_sent.Count > 0 && _sent.Peek() + Window <= now)
        {
            _sent.Dequeue();
        }
    }
}
