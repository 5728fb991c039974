namespace MockInterviewBot.Slack.Json;

/// <summary>Fields every Web API response has.</summary>
internal class SlackResponse
{
    public bool Ok { get; init; }
    public string? Error { get; init; }
    public string? Warning { get; init; }
}

internal sealed class AuthTestResponse : SlackResponse
{
    public string? Url { get; init; }
    public string? Team { get; init; }
    public string? TeamId { get; init; }
    public string? UserId { get; init; }
    public string? BotId { get; init; }
}

internal sealed class PostMessageResponse : SlackResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
    public string? MessageTs { get; init; }
}

internal sealed class ConversationsOpenResponse : SlackResponse
{
    public IdHolder? Channel { get; init; }
}

internal sealed class ConnectionsOpenResponse : SlackResponse
{
    public string? Url { get; init; }
}

internal sealed class OAuthAccessResponse : SlackResponse
{
    public string? AccessToken { get; init; }
    public string? TokenType { get; init; }
    public string? BotUserId { get; init; }
    public string? AppId { get; init; }
    public IdHolder? Team { get; init; }
}

internal sealed record PostMessageRequest
{
    public required string Channel { get; init; }
    public string? ThreadTs { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<Block>? Blocks { get; init; }
    public bool UnfurlLinks { get; init; }
    public bool UnfurlMedia { get; init; }
}

internal sealed record PostEphemeralRequest
{
    public required string Channel { get; init; }
    public required string User { get; init; }
    public string? ThreadTs { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<Block>? Blocks { get; init; }
}

internal sealed record UpdateMessageRequest
{
    public required string Channel { get; init; }
    public required string Ts { get; init; }
    public required string Text { get; init; }
    public IReadOnlyList<Block>? Blocks { get; init; }
}

internal sealed record ConversationsOpenRequest(string Users);

internal sealed record ViewsPublishRequest(string UserId, HomeView View);

internal sealed record HomeView(IReadOnlyList<Block> Blocks)
{
    public string Type { get; init; } = "home";
}

internal sealed record EmptyRequest;
