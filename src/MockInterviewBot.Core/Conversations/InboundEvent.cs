namespace MockInterviewBot.Core.Conversations;

public enum InboundKind
{
    /// <summary>Free text: an answer, or a command word such as "start", "done", "help".</summary>
    Message,

    /// <summary>A slash command. <see cref="InboundEvent.Text"/> holds its arguments ("practice amazon ownership senior"), possibly empty.</summary>
    Command,

    /// <summary>A button press or menu choice: <see cref="InboundEvent.ActionId"/> and <see cref="InboundEvent.ActionValue"/>.</summary>
    Action,

    /// <summary>An earlier message was edited: <see cref="InboundEvent.MessageId"/> names it, <see cref="InboundEvent.Text"/> is the new text.</summary>
    MessageEdited,

    /// <summary>An earlier message was deleted: <see cref="InboundEvent.MessageId"/> names it.</summary>
    MessageDeleted,
}

/// <summary>One thing a person did, in platform-neutral form.</summary>
public sealed record InboundEvent
{
    public required ConversationKey Key { get; init; }
    public required InboundKind Kind { get; init; }
    public string Text { get; init; } = "";
    public string? ActionId { get; init; }
    public string? ActionValue { get; init; }

    /// <summary>The platform's id of the message or interaction (Slack ts, Discord snowflake). Used to drop duplicates.</summary>
    public required string MessageId { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>True in a one-to-one conversation (DM, terminal, playground).</summary>
    public bool IsDirect { get; init; }

    public string? UserDisplayName { get; init; }

    /// <summary>
    /// True when the platform says the person may manage this channel (Discord: Manage Channels, Manage Server or
    /// Administrator); false when it says they may not; null when the platform does not tell (Slack slash commands).
    /// </summary>
    public bool? IsChannelAdmin { get; init; }
}
