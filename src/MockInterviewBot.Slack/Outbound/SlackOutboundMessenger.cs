using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>
/// Messages the bot starts itself on Slack: chat.postMessage to a channel (the returned ts is the thread),
/// conversations.open + chat.postMessage for a DM, chat.postEphemeral for one person (a DM when Slack refuses).
/// </summary>
internal sealed class SlackOutboundMessenger(SlackApiClient api, SlackInstallations installations, SlackReplySender sender) : IOutboundMessenger
{
    public string Platform => Platforms.Slack;

    public async Task<ThreadRef> PostAsync(ThreadRef target, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var token = await TokenAsync(target.Tenant, cancellationToken);
        var key = new ConversationKey(Platforms.Slack, target.Tenant, target.Channel, target.Thread, "");
        var ts = await PostWithFallbackAsync(target.Tenant, token, key, Placement.Conversation, reply, cancellationToken);
        return target.Thread is null ? target with { Thread = ts } : target;
    }

    public async Task<ThreadRef> SendDirectAsync(UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var token = await TokenAsync(user.Tenant, cancellationToken);
        var dm = await api.OpenDirectMessageAsync(user.Tenant, token, user.UserId, cancellationToken);
        var channel = dm.Channel?.Id ?? user.UserId;
        var key = new ConversationKey(Platforms.Slack, user.Tenant, channel, null, user.UserId);
        await PostWithFallbackAsync(user.Tenant, token, key, Placement.Conversation, reply, cancellationToken);
        return new ThreadRef(Platforms.Slack, user.Tenant, channel, null);
    }

    public async Task SendEphemeralAsync(ThreadRef channel, UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var token = await TokenAsync(channel.Tenant, cancellationToken);
        var key = new ConversationKey(Platforms.Slack, channel.Tenant, channel.Channel, channel.Thread, user.UserId);
        await PostWithFallbackAsync(channel.Tenant, token, key, Placement.Ephemeral, reply, cancellationToken);
    }

    private async Task<string> TokenAsync(string team, CancellationToken cancellationToken) =>
        await installations.TokenForAsync(team, cancellationToken)
        ?? throw new InvalidOperationException($"No Slack bot token for workspace {team}: install the app or set Slack__BotToken.");

    private async Task<string?> PostWithFallbackAsync(string team, string token, ConversationKey key, Placement placement, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.PostAsync(team, token, key, placement, BlockKitRenderer.Render(reply), cancellationToken);
        }
        catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Limits)
        {
            return await sender.PostAsync(team, token, key, placement, [new SlackMessage(Mrkdwn.Escape(reply.FallbackText), [])], cancellationToken);
        }
    }
}
