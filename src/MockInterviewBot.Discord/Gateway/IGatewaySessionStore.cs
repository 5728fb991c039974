namespace MockInterviewBot.Discord.Gateway;

/// <summary>
/// Keeps the gateway session (id, resume URL, sequence, bot and application ids) so a restart soon after a crash
/// RESUMEs instead of spending an IDENTIFY from the daily budget.
/// </summary>
public interface IGatewaySessionStore
{
    /// <summary>True when the session survives a process restart (then shutdown closes with 4000, keeping it resumable).</summary>
    bool IsDurable { get; }

    GatewaySessionInfo? Load();

    void Save(GatewaySessionInfo session);
}

/// <summary>Default: the session lives as long as the process.</summary>
internal sealed class InMemoryGatewaySessionStore : IGatewaySessionStore
{
    private GatewaySessionInfo? _session;

    public bool IsDurable => false;

    public GatewaySessionInfo? Load() => Volatile.Read(ref _session);

    public void Save(GatewaySessionInfo session) => Volatile.Write(ref _session, session);
}
