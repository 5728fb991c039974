namespace MockInterviewBot.Core.Operations;

/// <summary>One part of the bot that can be ready or not (the database, the scenarios, each platform connection).</summary>
public interface IReadinessCheck
{
    /// <summary>Short name shown by /readyz ("database", "scenarios", "slack", "discord").</summary>
    string Name { get; }

    Task<ReadinessResult> CheckAsync(CancellationToken cancellationToken);
}

public sealed record ReadinessResult(bool Ready, string Detail)
{
    public static ReadinessResult Up(string detail = "ready") => new(true, detail);

    public static ReadinessResult Down(string reason) => new(false, reason);
}
