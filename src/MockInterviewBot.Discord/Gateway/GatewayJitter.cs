namespace MockInterviewBot.Discord.Gateway;

/// <summary>The random source for heartbeat jitter and reconnect backoff (replaceable so tests are deterministic).</summary>
public sealed class GatewayJitter(Func<double> next)
{
    public static GatewayJitter Shared { get; } = new(Random.Shared.NextDouble);

    /// <summary>A number in [0, 1).</summary>
    public double Next() => next();
}
