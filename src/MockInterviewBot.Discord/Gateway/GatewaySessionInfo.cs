namespace MockInterviewBot.Discord.Gateway;

/// <summary>What a RESUME needs, plus the ids READY gave us (a resume has no READY, so they must survive it).</summary>
public sealed record GatewaySessionInfo
{
    public string? SessionId { get; init; }
    public string? ResumeGatewayUrl { get; init; }
    public int? Sequence { get; init; }
    public string? BotUserId { get; init; }
    public string? ApplicationId { get; init; }

    public bool CanResume => !string.IsNullOrEmpty(SessionId) && !string.IsNullOrEmpty(ResumeGatewayUrl);
}
