using System.Text.Json;

namespace MockInterviewBot.Slack.Json;

/// <summary>The Events API body (<c>event_callback</c>, <c>url_verification</c>, <c>app_rate_limited</c>).</summary>
internal sealed record EventEnvelope
{
    public string? Type { get; init; }
    public string? TeamId { get; init; }
    public string? ApiAppId { get; init; }
    public string? EventId { get; init; }
    public long? EventTime { get; init; }
    public string? Challenge { get; init; }
    public SlackEvent? Event { get; init; }
    public IReadOnlyList<Authorization>? Authorizations { get; init; }
}

internal sealed record Authorization
{
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public bool IsBot { get; init; }
}

/// <summary>An inner event: message (all subtypes), app_mention, app_home_opened, app_uninstalled, tokens_revoked.</summary>
internal sealed record SlackEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
    public string? EventTs { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? ParentUserId { get; init; }
    public string? Team { get; init; }
    public string? Tab { get; init; }
    public string? DeletedTs { get; init; }
    public bool Hidden { get; init; }
    public SlackEvent? Message { get; init; }
    public SlackEvent? PreviousMessage { get; init; }
}

/// <summary>A slash command, from the HTTP form or the Socket Mode payload.</summary>
internal sealed record SlashCommand
{
    public string? TeamId { get; init; }
    public string? ChannelId { get; init; }
    public string? ChannelName { get; init; }
    public string? UserId { get; init; }
    public string? UserName { get; init; }
    public string? Command { get; init; }
    public string? Text { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
    public string? ApiAppId { get; init; }
}

/// <summary>An interaction payload (<c>block_actions</c> is the one we act on).</summary>
internal sealed record InteractionPayload
{
    public string? Type { get; init; }
    public InteractionUser? User { get; init; }
    public IdHolder? Team { get; init; }
    public IdHolder? Channel { get; init; }
    public InteractionContainer? Container { get; init; }
    public SlackEvent? Message { get; init; }
    public IReadOnlyList<BlockAction>? Actions { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
}

internal sealed record InteractionUser
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? Username { get; init; }
    public string? TeamId { get; init; }
}

internal sealed record IdHolder
{
    public string? Id { get; init; }
}

internal sealed record InteractionContainer
{
    public string? Type { get; init; }
    public string? MessageTs { get; init; }
    public string? ChannelId { get; init; }
    public string? ThreadTs { get; init; }
    public bool IsEphemeral { get; init; }
}

internal sealed record BlockAction
{
    public string? ActionId { get; init; }
    public string? BlockId { get; init; }
    public string? Type { get; init; }
    public string? Value { get; init; }
    public string? ActionTs { get; init; }
    public SelectedOption? SelectedOption { get; init; }
}

internal sealed record SelectedOption
{
    public string? Value { get; init; }
}

/// <summary>A Socket Mode frame: hello, disconnect, or an envelope.</summary>
internal sealed record SocketFrame
{
    public string? Type { get; init; }
    public string? EnvelopeId { get; init; }
    public JsonElement Payload { get; init; }
    public bool AcceptsResponsePayload { get; init; }
    public int RetryAttempt { get; init; }
    public string? RetryReason { get; init; }
    public string? Reason { get; init; }
    public int NumConnections { get; init; }
}

internal sealed record SocketAck(string EnvelopeId);
