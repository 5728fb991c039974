namespace MockInterviewBot.Core.Conversations;

/// <summary>
/// Messages the bot starts itself (a question of the day, a digest, a pairing DM), as opposed to replies to an
/// inbound event. One implementation per platform adapter (<see cref="Platform"/>); <see cref="OutboundMessengers"/>
/// picks the one for a <see cref="ThreadRef"/> or <see cref="UserRef"/>.
/// </summary>
public interface IOutboundMessenger
{
    /// <summary>The platform id this messenger posts to (<see cref="Platforms"/>).</summary>
    string Platform { get; }

    /// <summary>
    /// Posts to a channel (<see cref="ThreadRef.Thread"/> null) and returns the thread of the posted message, so
    /// replies there form a conversation: Slack (channel, ts of the message); Discord (channel, id of a public thread
    /// started on the message). With <see cref="ThreadRef.Thread"/> set, posts in that thread and returns it.
    /// </summary>
    Task<ThreadRef> PostAsync(ThreadRef target, Reply reply, CancellationToken cancellationToken);

    /// <summary>Sends a direct message to the person; returns the DM conversation (its channel id).</summary>
    Task<ThreadRef> SendDirectAsync(UserRef user, Reply reply, CancellationToken cancellationToken);

    /// <summary>
    /// Shows the reply to one person in a channel (Slack ephemeral). Platforms without it (Discord outside an
    /// interaction) send a direct message instead.
    /// </summary>
    Task SendEphemeralAsync(ThreadRef channel, UserRef user, Reply reply, CancellationToken cancellationToken);
}
