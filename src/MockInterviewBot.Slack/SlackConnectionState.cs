using MockInterviewBot.Slack.Configuration;

namespace MockInterviewBot.Slack;

/// <summary>
/// Readiness of the Slack adapter for the host's /readyz: disabled (not configured, counts as ready), authenticated
/// with auth.test, and (Socket Mode) connected after hello. <see cref="Detail"/> never contains a secret.
/// </summary>
public sealed class SlackConnectionState
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public SlackConnectionState(bool enabled, SlackMode mode)
    {
        Enabled = enabled;
        Mode = mode;
        Detail = enabled ? "starting" : "Slack is not configured (set Slack__BotToken)";
        if (!enabled)
        {
            _ready.TrySetResult();
        }
    }

    public bool Enabled { get; }

    public SlackMode Mode { get; }

    public bool Authenticated { get; private set; }

    public bool SocketConnected { get; private set; }

    /// <summary>True after a fatal problem (rejected token, Socket Mode disabled); readiness stays false.</summary>
    public bool Failed { get; private set; }

    public string Detail { get; private set; }

    /// <summary>Socket Mode connections opened so far (reconnects included).</summary>
    public int Connections { get; private set; }

    public bool IsReady
    {
        get
        {
            lock (_gate)
            {
                return !Enabled || (!Failed && Authenticated && (Mode == SlackMode.Http || SocketConnected));
            }
        }
    }

    /// <summary>Completes when the adapter becomes ready (tests await it).</summary>
    public Task WhenReady
    {
        get
        {
            lock (_gate)
            {
                return _ready.Task;
            }
        }
    }

    internal void SetAuthenticated(string detail)
    {
        lock (_gate)
        {
            Authenticated = true;
            Detail = detail;
        }

        Signal();
    }

    internal void SetConnected(bool connected, string detail)
    {
        lock (_gate)
        {
            SocketConnected = connected;
            Detail = detail;
            if (connected)
            {
                Connections++;
            }
            else if (_ready.Task.IsCompleted)
            {
                _ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        Signal();
    }

    internal void SetFailed(string detail)
    {
        lock (_gate)
        {
            Failed = true;
            Detail = detail;
        }
    }

    private void Signal()
    {
        if (IsReady)
        {
            lock (_gate)
            {
                _ready.TrySetResult();
            }
        }
    }
}
