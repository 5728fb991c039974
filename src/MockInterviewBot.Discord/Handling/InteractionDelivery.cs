namespace MockInterviewBot.Discord.Handling;

/// <summary>How replies to one interaction are delivered: its webhook (edit @original, follow-ups) or a channel.</summary>
internal sealed class InteractionDelivery
{
    public required string ApplicationId { get; init; }
    public required string Token { get; init; }

    /// <summary>The channel the interaction came from (fallback when the webhook token is dead).</summary>
    public required string ChannelId { get; init; }

    public bool InGuild { get; init; }

    /// <summary>Public replies go to this channel (an interview thread) as ordinary messages.</summary>
    public string? PostChannelId { get; set; }

    /// <summary>The deferred response (type 5) is still showing "thinking…" and can be edited.</summary>
    public bool OriginalPending { get; set; }

    public bool DeferredEphemeral { get; init; }

    /// <summary>The interaction token no longer works (late ack, expired): use the channel.</summary>
    public bool WebhookDead { get; set; }
}
