using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;

namespace MockInterviewBot.Slack.Inbound;

/// <summary>
/// Translates Slack events, slash commands and interactions into the neutral <see cref="InboundEvent"/> and
/// decides their route. Never calls the Web API; the only lookup is the thread topic of a reply in a thread the
/// bot did not start.
/// </summary>
internal sealed class SlackRouter(IThreadTopicStore? topics, SlackInstallations installations, TimeProvider time)
{
    /// <summary>First words of /mock (or of a mention) that do not start an interview, so they open no thread.</summary>
    private static readonly HashSet<string> NonStartingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "help", "history", "settings", "forget", "status", "end", "done", "hint", "skip", "repeat", "example", "stop",

        // Study-group commands answer in the channel itself.
        "leaderboard", "streaks", "pair", "schedule", "digest",
    };

    private static readonly HashSet<string> UserMessageSubtypes = new(StringComparer.Ordinal) { "file_share", "thread_broadcast", "me_message" };

    public static bool StartsInterview(string args)
    {
        var first = args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return first is not null && !NonStartingWords.Contains(first);
    }

    public async ValueTask<RoutePlan> RouteEventAsync(EventEnvelope envelope, CancellationToken cancellationToken)
    {
        if (envelope.Type != "event_callback" || envelope.Event is not { } ev)
        {
            return RoutePlan.Ignore($"envelope type {envelope.Type}");
        }

        var team = envelope.TeamId ?? (envelope.Authorizations is { Count: > 0 } auths ? auths[0].TeamId : null) ?? ev.Team;
        if (string.IsNullOrEmpty(team))
        {
            return RoutePlan.Ignore("no team");
        }

        var botUserId = envelope.Authorizations?.FirstOrDefault(a => a.IsBot)?.UserId ?? installations.BotUserIdOf(team);
        var eventKey = envelope.EventId is { Length: > 0 } id ? "ev:" + id : null;
        IReadOnlyList<string> keys = eventKey is null ? [] : [eventKey];

        switch (ev.Type)
        {
            case "app_home_opened" when ev.Tab is null or "home" && ev.User is { Length: > 0 } homeUser:
                return new RoutePlan { Kind = RouteKind.AppHome, Team = team, UserId = homeUser, DedupeKeys = keys };
            case "app_mention":
                return await RouteMessageAsync(team, botUserId, ev, keys, isMention: true, cancellationToken);
            case "message":
                return ev.Subtype switch
                {
                    null => await RouteMessageAsync(team, botUserId, ev, keys, isMention: false, cancellationToken),
                    var s when UserMessageSubtypes.Contains(s) => await RouteMessageAsync(team, botUserId, ev, keys, isMention: false, cancellationToken),
                    "message_changed" => RouteEdit(team, botUserId, ev, keys),
                    "message_deleted" => RouteDelete(team, botUserId, ev, keys),
                    _ => RoutePlan.Ignore($"message subtype {ev.Subtype}"),
                };
            default:
                return RoutePlan.Ignore($"event {ev.Type}");
        }
    }

    public RoutePlan RouteCommand(SlashCommand command)
    {
        if (string.IsNullOrEmpty(command.TeamId) || string.IsNullOrEmpty(command.UserId) || string.IsNullOrEmpty(command.ChannelId))
        {
            return RoutePlan.Ignore("command without team, user or channel");
        }

        var args = SlackText.Unescape(command.Text).Trim();
        var direct = IsDirectChannel(command.ChannelId, null) || command.ChannelName == "directmessage";
        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Slack, command.TeamId, command.ChannelId, null, command.UserId),
            Kind = InboundKind.Command,
            Text = args,
            MessageId = "cmd:" + (command.TriggerId ?? Guid.NewGuid().ToString("N")),
            Timestamp = time.GetUtcNow(),
            IsDirect = direct,
            UserDisplayName = command.UserName,
        };
        IReadOnlyList<string> keys = command.TriggerId is { Length: > 0 } trigger ? ["cmd:" + trigger] : [];
        var kind = !direct && StartsInterview(args) ? RouteKind.StartThread : RouteKind.Engine;
        return new RoutePlan { Kind = kind, Team = command.TeamId, Event = inbound, DedupeKeys = keys };
    }

    public RoutePlan RouteInteraction(InteractionPayload payload)
    {
        if (payload.Type != "block_actions")
        {
            return RoutePlan.Ignore($"interaction {payload.Type}");
        }

        var team = payload.Team?.Id ?? payload.User?.TeamId;
        var user = payload.User?.Id;
        var action = payload.Actions is { Count: > 0 } actions ? actions[0] : null;
        var channel = payload.Container?.ChannelId ?? payload.Channel?.Id;
        if (string.IsNullOrEmpty(team) || string.IsNullOrEmpty(user) || action?.ActionId is null || string.IsNullOrEmpty(channel))
        {
            return RoutePlan.Ignore("interaction without team, user, channel or action");
        }

        var direct = IsDirectChannel(channel, null);
        var container = payload.Container;
        var thread = direct
            ? null
            : container?.IsEphemeral == true
                ? container.ThreadTs
                : container?.ThreadTs ?? payload.Message?.ThreadTs ?? container?.MessageTs;
        var actionId = BlockIds.OriginalActionId(action.ActionId);
        var value = action.Value ?? action.SelectedOption?.Value;
        var actionTs = action.ActionTs ?? time.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Slack, team, channel, thread, user),
            Kind = InboundKind.Action,
            ActionId = actionId,
            ActionValue = value,
            MessageId = $"act:{actionTs}:{user}",
            Timestamp = SlackText.TimeOf(action.ActionTs) ?? time.GetUtcNow(),
            IsDirect = direct,
            UserDisplayName = payload.User?.Name ?? payload.User?.Username,
        };

        // Session buttons carry the session id as value; the engine answers a press by anyone but the owner privately.
        var kind = !direct && thread is null && actionId == ActionIds.Start ? RouteKind.StartThread : RouteKind.Engine;

        return new RoutePlan { Kind = kind, Team = team, Event = inbound, DedupeKeys = [inbound.MessageId] };
    }

    private async ValueTask<RoutePlan> RouteMessageAsync(string team, string? botUserId, SlackEvent ev, IReadOnlyList<string> keys, bool isMention, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(ev.BotId))
        {
            return RoutePlan.Ignore("posted by a bot");
        }

        if (string.IsNullOrEmpty(ev.User) || string.IsNullOrEmpty(ev.Channel) || string.IsNullOrEmpty(ev.Ts))
        {
            return RoutePlan.Ignore("message without user, channel or ts");
        }

        if (ev.User == botUserId)
        {
            return RoutePlan.Ignore("own message");
        }

        var direct = IsDirectChannel(ev.Channel, ev.ChannelType);
        var mentioned = isMention || SlackText.Mentions(ev.Text, botUserId);
        var text = SlackText.Unescape(SlackText.StripMention(ev.Text ?? "", botUserId));
        var messageKeys = keys.Append($"msg:{ev.Channel}:{ev.Ts}").ToArray();
        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Slack, team, ev.Channel, null, ev.User),
            Kind = InboundKind.Message,
            Text = text,
            MessageId = ev.Ts,
            Timestamp = SlackText.TimeOf(ev.Ts) ?? time.GetUtcNow(),
            IsDirect = direct,
        };

        if (direct)
        {
            return new RoutePlan { Kind = RouteKind.Engine, Team = team, Event = inbound, DedupeKeys = messageKeys };
        }

        var isReply = ev.ThreadTs is { Length: > 0 } && ev.ThreadTs != ev.Ts;
        if (isReply)
        {
            var ours = mentioned || (ev.ParentUserId is { Length: > 0 } parent && parent == botUserId)
                || (topics is not null && await topics.GetAsync(new ThreadRef(Platforms.Slack, team, ev.Channel, ev.ThreadTs), cancellationToken) is not null);
            if (!ours)
            {
                return RoutePlan.Ignore("reply in a thread that is not an interview");
            }

            return new RoutePlan
            {
                Kind = RouteKind.Engine,
                Team = team,
                Event = inbound with { Key = inbound.Key with { Thread = ev.ThreadTs } },
                DedupeKeys = messageKeys,
            };
        }

        if (!mentioned)
        {
            return RoutePlan.Ignore("channel message without a mention");
        }

        // A mention at the top of a channel: "@bot practice amazon" starts an interview in a new thread; other words
        // ("@bot help") are answered in the mention's own thread.
        var command = inbound with { Kind = InboundKind.Command };
        return StartsInterview(text)
            ? new RoutePlan { Kind = RouteKind.StartThread, Team = team, Event = command, DedupeKeys = messageKeys }
            : new RoutePlan { Kind = RouteKind.Engine, Team = team, Event = command with { Key = command.Key with { Thread = ev.Ts } }, DedupeKeys = messageKeys };
    }

    private RoutePlan RouteEdit(string team, string? botUserId, SlackEvent ev, IReadOnlyList<string> keys)
    {
        var edited = ev.Message;
        if (edited is null || !string.IsNullOrEmpty(edited.BotId) || string.IsNullOrEmpty(edited.User) || edited.User == botUserId
            || string.IsNullOrEmpty(edited.Ts) || string.IsNullOrEmpty(ev.Channel))
        {
            return RoutePlan.Ignore("edit of a bot message or without user");
        }

        var direct = IsDirectChannel(ev.Channel, ev.ChannelType);
        var thread = direct ? null : edited.ThreadTs is { Length: > 0 } t && t != edited.Ts ? t : null;
        if (!direct && thread is null)
        {
            return RoutePlan.Ignore("edit outside an interview thread");
        }

        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Slack, team, ev.Channel, thread, edited.User),
            Kind = InboundKind.MessageEdited,
            Text = SlackText.Unescape(SlackText.StripMention(edited.Text ?? "", botUserId)),
            MessageId = edited.Ts,
            Timestamp = SlackText.TimeOf(ev.Ts) ?? time.GetUtcNow(),
            IsDirect = direct,
        };
        return new RoutePlan { Kind = RouteKind.Engine, Team = team, Event = inbound, DedupeKeys = keys };
    }

    private RoutePlan RouteDelete(string team, string? botUserId, SlackEvent ev, IReadOnlyList<string> keys)
    {
        var previous = ev.PreviousMessage;
        if (previous is null || !string.IsNullOrEmpty(previous.BotId) || string.IsNullOrEmpty(previous.User) || previous.User == botUserId
            || string.IsNullOrEmpty(ev.DeletedTs) || string.IsNullOrEmpty(ev.Channel))
        {
            return RoutePlan.Ignore("deletion of a bot message or without user");
        }

        var direct = IsDirectChannel(ev.Channel, ev.ChannelType);
        var thread = direct ? null : previous.ThreadTs is { Length: > 0 } t && t != ev.DeletedTs ? t : null;
        if (!direct && thread is null)
        {
            return RoutePlan.Ignore("deletion outside an interview thread");
        }

        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Slack, team, ev.Channel, thread, previous.User),
            Kind = InboundKind.MessageDeleted,
            MessageId = ev.DeletedTs,
            Timestamp = SlackText.TimeOf(ev.Ts) ?? time.GetUtcNow(),
            IsDirect = direct,
        };
        return new RoutePlan { Kind = RouteKind.Engine, Team = team, Event = inbound, DedupeKeys = keys };
    }

    private static bool IsDirectChannel(string channel, string? channelType) =>
        channelType == "im" || (channelType is null && channel.StartsWith('D'));
}
