namespace MockInterviewBot.Discord;

public enum DiscordConnectionStatus
{
    Disabled,
    Starting,
    Connecting,
    Ready,
    Reconnecting,
    Stopped,

    /// <summary>A fatal close code (bad token, disallowed intents…): needs a human; readiness stays false.</summary>
    Failed,
}

/// <summary>Readiness of the Discord gateway for the host's /readyz, plus counters for metrics.</summary>
public sealed class DiscordConnectionState
{
    private readonly Lock _gate = new();
    private long _reconnects;
    private long _heartbeatsAcked;

    public DiscordConnectionState(bool enabled)
    {
        Enabled = enabled;
        Status = enabled ? DiscordConnectionStatus.Starting : DiscordConnectionStatus.Disabled;
    }

    public bool Enabled { get; }

    public DiscordConnectionStatus Status { get; private set; }

    /// <summary>True while a session is established (after READY or RESUMED).</summary>
    public bool IsReady => Status == DiscordConnectionStatus.Ready;

    /// <summary>How often the gateway connection was re-opened (resume or identify).</summary>
    public long ReconnectCount => Interlocked.Read(ref _reconnects);

    public long HeartbeatsAcked => Interlocked.Read(ref _heartbeatsAcked);

    public int? LastCloseCode { get; private set; }

    /// <summary>Why the adapter stopped for good (fatal close), in words an admin can act on.</summary>
    public string? FailureReason { get; private set; }

    public string? BotUserId { get; private set; }

    public DateTimeOffset? LastReadyAt { get; private set; }

    /// <summary>Raised after every status change (tests await it).</summary>
    public event Action<DiscordConnectionStatus>? Changed;

    internal void SetConnecting() => Set(DiscordConnectionStatus.Connecting);

    internal void SetReady(string? botUserId, DateTimeOffset at)
    {
        lock (_gate)
        {
            BotUserId = botUserId ?? BotUserId;
            LastReadyAt = at;
        }

        Set(DiscordConnectionStatus.Ready);
    }

    internal void SetReconnecting(int? closeCode)
    {
        Interlocked.Increment(ref _reconnects);
        lock (_gate)
        {
            LastCloseCode = closeCode ?? LastCloseCode;
        }

        Set(DiscordConnectionStatus.Reconnecting);
    }

    internal void SetFailed(int? closeCode, string reason)
    {
        lock (_gate)
        {
            LastCloseCode = closeCode;
            FailureReason = reason;
        }

        Set(DiscordConnectionStatus.Failed);
    }

    internal void SetStopped() => Set(DiscordConnectionStatus.Stopped);

    internal void HeartbeatAcked() => Interlocked.Increment(ref _heartbeatsAcked);

    private void Set(DiscordConnectionStatus status)
    {
        lock (_gate)
        {
            if (Status == DiscordConnectionStatus.Failed && status != DiscordConnectionStatus.Failed)
            {
                return;
            }

            Status = status;
        }

        Changed?.Invoke(status);
    }
}
