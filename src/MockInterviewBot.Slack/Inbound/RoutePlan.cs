using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Slack.Inbound;

internal enum RouteKind
{
    /// <summary>Acknowledge and drop (own or other bots' posts, joins, unrelated channel chatter).</summary>
    Ignore,

    /// <summary>Straight into the engine's queue.</summary>
    Engine,

    /// <summary>Post the interview's root message first, then run the event in that message's thread.</summary>
    StartThread,

    /// <summary>Publish the person's App Home.</summary>
    AppHome,
}

/// <summary>What to do with one Slack delivery, decided without any Web API call.</summary>
internal sealed record RoutePlan
{
    public static RoutePlan Ignore(string reason) => new() { Kind = RouteKind.Ignore, Reason = reason };

    public required RouteKind Kind { get; init; }

    public string Reason { get; init; } = "";

    public string Team { get; init; } = "";

    public InboundEvent? Event { get; init; }

    /// <summary>Delivery ids recorded atomically before queueing (event_id, channel+ts, trigger_id, action_ts).</summary>
    public IReadOnlyList<string> DedupeKeys { get; init; } = [];

    /// <summary>App Home: whose home to publish.</summary>
    public string? UserId { get; init; }
}
