using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Api;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Outbound;

/// <summary>Where one reply goes.</summary>
internal enum Placement
{
    /// <summary>chat.postMessage to the conversation (the thread, or the DM).</summary>
    Conversation,

    /// <summary>chat.postEphemeral to the person (with thread_ts in a thread), falling back to a DM.</summary>
    Ephemeral,
}

/// <summary>
/// Posts the engine's replies (the <see cref="ReplyDelivery"/> callback): renders them to Block Kit, decides thread vs
/// ephemeral (feedback follows the person's setting, then the workspace's, then <c>Slack:FeedbackVisibility</c>),
/// and posts through the paced Web API client.
/// </summary>
internal sealed partial class SlackReplySender(
    SlackApiClient api,
    SlackInstallations installations,
    IOptions<SlackOptions> options,
    ILogger<SlackReplySender> logger,
    ITenantStore? tenants = null,
    IUserSettingsStore? userSettings = null)
{
    /// <summary>Raised after a reply (all of its messages) was posted; tests and the load tool count them.</summary>
    public event Action<InboundEvent, Reply>? ReplyPosted;

    public Task DeliverAsync(InboundEvent inbound, EngineResponse response, CancellationToken cancellationToken) =>
        DeliverAsync(inbound, response.Replies, cancellationToken);

    public async Task DeliverAsync(InboundEvent inbound, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var team = inbound.Key.Tenant;
        var token = await installations.TokenForAsync(team, cancellationToken);
        if (token is null)
        {
            LogNoToken(logger, team);
            return;
        }

        foreach (var reply in replies)
        {
            var placement = await PlacementOfAsync(inbound, reply, cancellationToken);
            try
            {
                await PostAsync(team, token, inbound.Key, placement, BlockKitRenderer.Render(reply), cancellationToken);
                ReplyPosted?.Invoke(inbound, reply);
            }
            catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Limits)
            {
                // Blocks refused (limits, unexpected markup): fall back to the plain text so the person still gets an answer.
                LogFallbackToText(logger, ex.Error);
                await PostAsync(team, token, inbound.Key, placement, [new SlackMessage(Mrkdwn.Escape(reply.FallbackText), [])], cancellationToken);
                ReplyPosted?.Invoke(inbound, reply);
            }
        }
    }

    public async Task<Placement> PlacementOfAsync(InboundEvent inbound, Reply reply, CancellationToken cancellationToken)
    {
        if (inbound.IsDirect)
        {
            return Placement.Conversation;
        }

        switch (reply.Visibility)
        {
            case ReplyVisibility.Private:
                return Placement.Ephemeral;
            case ReplyVisibility.Conversation:
                // Explicitly for everyone (a study group's leaderboard, pairing summary): posted even at channel level.
                return Placement.Conversation;
        }

        if (reply.Purpose is ReplyPurpose.Feedback or ReplyPurpose.Summary)
        {
            return await FeedbackPlacementAsync(inbound.Key, cancellationToken);
        }

        // Channel-level replies (a slash command's help, the menu) go to the person alone, not to the whole channel.
        return inbound.Key.Thread is null ? Placement.Ephemeral : Placement.Conversation;
    }

    /// <summary>Posts rendered messages in order; returns the ts of the first conversation message (null for ephemeral).</summary>
    public async Task<string?> PostAsync(string team, string token, ConversationKey key, Placement placement, IReadOnlyList<SlackMessage> messages, CancellationToken cancellationToken)
    {
        string? first = null;
        foreach (var message in messages)
        {
            var blocks = message.Blocks.Count == 0 ? null : message.Blocks;
            if (placement == Placement.Ephemeral)
            {
                try
                {
                    await api.PostEphemeralAsync(team, token, new PostEphemeralRequest { Channel = key.Channel, User = key.User, ThreadTs = key.Thread, Text = message.Text, Blocks = blocks }, cancellationToken);
                    continue;
                }
                catch (SlackApiException ex) when (ex.Kind == SlackErrorKind.Channel)
                {
                    LogEphemeralFallback(logger, ex.Error);
                    var dm = await api.OpenDirectMessageAsync(team, token, key.User, cancellationToken);
                    await api.PostMessageAsync(team, token, new PostMessageRequest { Channel = dm.Channel?.Id ?? key.User, Text = message.Text, Blocks = blocks }, cancellationToken);
                    continue;
                }
            }

            var posted = await api.PostMessageAsync(team, token, new PostMessageRequest { Channel = key.Channel, ThreadTs = key.Thread, Text = message.Text, Blocks = blocks }, cancellationToken);
            first ??= posted.Ts;
        }

        return first;
    }

    private async Task<Placement> FeedbackPlacementAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        var mine = userSettings is null ? null : await userSettings.GetAsync(key.UserRef, cancellationToken);
        var choice = mine?.FeedbackVisibility ?? FeedbackVisibility.Default;
        if (choice == FeedbackVisibility.Default && tenants is not null)
        {
            var workspace = await tenants.GetSettingsAsync(new TenantRef(Platforms.Slack, key.Tenant), cancellationToken);
            choice = workspace?.FeedbackVisibility ?? FeedbackVisibility.Default;
        }

        if (choice == FeedbackVisibility.Default)
        {
            choice = options.Value.FeedbackVisibility == SlackFeedbackVisibility.Ephemeral ? FeedbackVisibility.Private : FeedbackVisibility.Thread;
        }

        return choice == FeedbackVisibility.Private || key.Thread is null ? Placement.Ephemeral : Placement.Conversation;
    }

    [LoggerMessage(EventId = 4200, Level = LogLevel.Warning, Message = "No Slack bot token for workspace {Team}; reply dropped (install the app or set Slack__BotToken)")]
    private static partial void LogNoToken(ILogger logger, string team);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Warning, Message = "Slack refused the blocks ({Error}); posting the text fallback")]
    private static partial void LogFallbackToText(ILogger logger, string error);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Information, Message = "Ephemeral message not possible ({Error}); sending it as a DM")]
    private static partial void LogEphemeralFallback(ILogger logger, string error);
}
