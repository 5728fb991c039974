using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Discord.Commands;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Discord.Rendering;
using MockInterviewBot.Discord.Rest;

namespace MockInterviewBot.Discord.Handling;

/// <summary>
/// Maps gateway dispatches to neutral <see cref="InboundEvent"/>s: drops the bot's own echoes and other bots, dedupes
/// by message/interaction id (RESUME replays), acknowledges interactions within 3 s before queueing the work, and
/// delivers the engine's replies through the interaction webhook or channel messages.
/// </summary>
public sealed partial class DiscordEventHandler
{
    private const int Ephemeral = 64;
    private readonly DiscordRestClient _rest;
    private readonly InboundDispatcher _dispatcher;
    private readonly IProcessedEventStore _processed;
    private readonly ISessionStore? _sessions;
    private readonly GatewayClient _gateway;
    private readonly CommandRegistrar _registrar;
    private readonly InterviewThreadRegistry _threads;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordEventHandler> _logger;

    internal DiscordEventHandler(
        DiscordRestClient rest,
        InboundDispatcher dispatcher,
        IProcessedEventStore processed,
        ISessionStore? sessions,
        GatewayClient gateway,
        CommandRegistrar registrar,
        InterviewThreadRegistry threads,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<DiscordEventHandler> logger)
    {
        _rest = rest;
        _dispatcher = dispatcher;
        _processed = processed;
        _sessions = sessions;
        _gateway = gateway;
        _registrar = registrar;
        _threads = threads;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Raised when an inbound event was queued for the engine (tests await it).</summary>
    public event Action<InboundEvent>? Enqueued;

    /// <summary>Raised when a dispatch was dropped (own echo, bot, duplicate…) with the reason.</summary>
    public event Action<string, string>? Dropped;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var dispatch in _gateway.Dispatches.ReadAllAsync(cancellationToken))
            {
                try
                {
                    await HandleAsync(dispatch, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    LogHandlerFailed(_logger, ex, dispatch.Type, dispatch.Sequence);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    internal async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.Type)
        {
            case "READY":
                var applicationId = _gateway.Session.ApplicationId;
                _ = Task.Run(() => _registrar.RegisterOnceAsync(applicationId, cancellationToken), CancellationToken.None);
                break;
            case "MESSAGE_CREATE" when Read(dispatch, DiscordJsonContext.Default.DiscordMessage) is { } message:
                await OnMessageAsync(message, cancellationToken);
                break;
            case "INTERACTION_CREATE" when Read(dispatch, DiscordJsonContext.Default.DiscordInteraction) is { } interaction:
                await OnInteractionAsync(interaction, cancellationToken);
                break;
            case "THREAD_CREATE" when Read(dispatch, DiscordJsonContext.Default.DiscordChannel) is { } thread:
                ObserveThread(thread);
                break;
            case "THREAD_DELETE" when Read(dispatch, DiscordJsonContext.Default.DiscordChannel) is { Id: { } deleted }:
                _threads.Remove(deleted);
                break;
            case "GUILD_CREATE" when Read(dispatch, DiscordJsonContext.Default.GuildCreateData) is { Threads: { } threads }:
                foreach (var thread in threads)
                {
                    ObserveThread(thread);
                }

                break;
        }
    }

    private T? Read<T>(GatewayDispatch dispatch, JsonTypeInfo<T> typeInfo)
    {
        if (dispatch.Data.ValueKind != JsonValueKind.Object)
        {
            return default;
        }

        try
        {
            return dispatch.Data.Deserialize(typeInfo);
        }
        catch (JsonException ex)
        {
            LogBadPayload(_logger, dispatch.Type, ex.Message);
            return default;
        }
    }

    private void ObserveThread(DiscordChannel thread)
    {
        if (thread is { Id: { } id, ParentId: { } parent, Type: 10 or 11 or 12 } && thread.OwnerId == _gateway.Session.BotUserId)
        {
            _threads.Add(id, parent);
        }
    }

    private void Drop(string id, string reason)
    {
        LogDropped(_logger, id, reason);
        Dropped?.Invoke(id, reason);
    }

    private async Task OnMessageAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        if (message is not { Id: { } id, ChannelId: { } channelId, Author.Id: { } authorId })
        {
            return;
        }

        // Filter order matters (discord-platform.md §4.1): self first, kept from READY across resumes.
        if (authorId == _gateway.Session.BotUserId)
        {
            Drop(id, "own message");
            return;
        }

        if (message.Author.Bot || message.Author.System || message.WebhookId is not null)
        {
            Drop(id, "bot, system or webhook author");
            return;
        }

        if (message.Type is not (0 or 19))
        {
            Drop(id, "not a user message");
            return;
        }

        ConversationKey key;
        var direct = message.GuildId is null;
        if (direct)
        {
            if (message.ChannelType is not (null or 1))
            {
                Drop(id, "not a DM");
                return;
            }

            key = new ConversationKey(Platforms.Discord, "dm", channelId, null, authorId);
        }
        else if (_options.GuildChannels && _threads.TryGetParent(channelId, out var parent))
        {
            key = new ConversationKey(Platforms.Discord, message.GuildId!, parent, channelId, authorId);
        }
        else
        {
            Drop(id, "guild message outside an interview thread");
            return;
        }

        var text = StripMention(message.Content ?? "", _gateway.Session.BotUserId);
        if (text.Length == 0)
        {
            Drop(id, "empty content");
            return;
        }

        if (!await _processed.TryMarkProcessedAsync(new TenantRef(Platforms.Discord, key.Tenant), id, _time.GetUtcNow(), cancellationToken))
        {
            Drop(id, "duplicate delivery");
            return;
        }

        var inbound = new InboundEvent
        {
            Key = key,
            Kind = InboundKind.Message,
            Text = text,
            MessageId = id,
            Timestamp = ParseTimestamp(message.Timestamp) ?? Snowflake.CreatedAt(id) ?? _time.GetUtcNow(),
            IsDirect = direct,
            UserDisplayName = message.Author.GlobalName ?? message.Author.Username,
        };

        StartTyping(channelId, cancellationToken);
        if (!_dispatcher.TryEnqueue(inbound, (e, r, ct) => DeliverToChannelAsync(channelId, !direct, e, r, ct)))
        {
            await SendBusyAsync(channelId, cancellationToken);
            return;
        }

        Enqueued?.Invoke(inbound);
    }

    private async Task OnInteractionAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction is not { Id: { } id, Token: { } token } || interaction.Invoker is not { Id: not null } user || user.Bot)
        {
            return;
        }

        switch (interaction.Type)
        {
            case 2:
                await OnCommandAsync(interaction, id, token, user, cancellationToken);
                break;
            case 3:
                await OnComponentAsync(interaction, id, token, user, cancellationToken);
                break;
            case 4:
                await OnAutocompleteAsync(interaction, id, token, cancellationToken);
                break;
        }
    }

    private async Task OnCommandAsync(DiscordInteraction interaction, string id, string token, DiscordUser user, CancellationToken cancellationToken)
    {
        var channelId = interaction.ChannelId ?? interaction.Channel?.Id ?? "";
        if (interaction.Data?.Name != MockCommand.Name)
        {
            await RespondNowAsync(id, token, "I only know `/mock`. Try `/mock help`.", cancellationToken);
            return;
        }

        var inGuild = interaction.GuildId is not null;
        if (inGuild && !_options.GuildChannels)
        {
            await RespondNowAsync(id, token, "I run interviews in direct messages. Open a DM with me and type `start` (or use `/mock start` there).", cancellationToken);
            return;
        }

        var tenant = interaction.GuildId ?? "dm";
        if (!await _processed.TryMarkProcessedAsync(new TenantRef(Platforms.Discord, tenant), id, _time.GetUtcNow(), cancellationToken))
        {
            Drop(id, "duplicate interaction");
            return;
        }

        var parsed = SlashCommandParser.Parse(interaction.Data);
        var delivery = new InteractionDelivery
        {
            ApplicationId = ApplicationIdFor(interaction),
            Token = token,
            ChannelId = channelId,
            InGuild = inGuild,
            DeferredEphemeral = inGuild,
            OriginalPending = true,
        };

        // The 3-second rule: acknowledge first, work after.
        await AcknowledgeAsync(id, token, new InteractionCallback { Type = 5, Data = inGuild ? new MessagePayload { Flags = Ephemeral } : null }, delivery, cancellationToken);

        var inbound = new InboundEvent
        {
            Key = new ConversationKey(Platforms.Discord, tenant, channelId, null, user.Id!),
            Kind = InboundKind.Command,
            Text = parsed.Text,
            MessageId = id,
            Timestamp = Snowflake.CreatedAt(id) ?? _time.GetUtcNow(),
            IsDirect = !inGuild,
            UserDisplayName = user.GlobalName ?? user.Username,
            IsChannelAdmin = inGuild ? ManagesChannel(interaction.Member?.Permissions) : null,
        };

        if (inGuild)
        {
            if (ThreadParent(interaction, channelId) is { } parent)
            {
                inbound = inbound with { Key = inbound.Key with { Channel = parent, Thread = channelId } };
                delivery.PostChannelId = channelId;
            }
            else if (!MockCommand.PersonalSubcommands.Contains(parsed.Subcommand) && !MockCommand.ChannelSubcommands.Contains(parsed.Subcommand))
            {
                // One thread per interview; opening it is slower than the 3 s window allows, so it runs after the ack.
                _ = Task.Run(() => OpenThreadAndEnqueueAsync(inbound, delivery, cancellationToken), CancellationToken.None);
                return;
            }
        }

        await EnqueueInteractionAsync(inbound, delivery, cancellationToken);
    }

    private async Task OpenThreadAndEnqueueAsync(InboundEvent inbound, InteractionDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var name = $"Mock interview · {inbound.UserDisplayName ?? "candidate"}";
            var thread = await _rest.StartThreadAsync(inbound.Key.Channel, name, cancellationToken);
            if (thread?.Id is not { } threadId)
            {
                throw new DiscordRestException("Discord did not return the new thread.");
            }

            _threads.Add(threadId, inbound.Key.Channel);
            delivery.PostChannelId = threadId;
            await _rest.EditOriginalResponseAsync(delivery.ApplicationId, delivery.Token, new MessagePayload { Content = $"Your interview is in <#{threadId}>." }, cancellationToken);
            delivery.OriginalPending = false;
            await EnqueueInteractionAsync(inbound with { Key = inbound.Key with { Thread = threadId } }, delivery, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            LogThreadFailed(_logger, ex.Message);
            await TryEditOriginalAsync(delivery, "I could not open a thread here (I need the Create Public Threads permission). Try a DM with me instead.", cancellationToken);
        }
    }

    private async Task OnComponentAsync(DiscordInteraction interaction, string id, string token, DiscordUser user, CancellationToken cancellationToken)
    {
        var channelId = interaction.ChannelId ?? interaction.Channel?.Id ?? "";
        if (!CustomIds.TryDecode(interaction.Data?.CustomId, out var actionId, out var value))
        {
            await RespondNowAsync(id, token, "That button is from an older version of me. Type `start` or use `/mock start` to begin again.", cancellationToken);
            return;
        }

        value = interaction.Data?.Values is [{ } chosen, ..] ? chosen : value;
        var inGuild = interaction.GuildId is not null;
        if (inGuild && !_options.GuildChannels)
        {
            await RespondNowAsync(id, token, "I run interviews in direct messages. Open a DM with me and type `start`.", cancellationToken);
            return;
        }

        var tenant = interaction.GuildId ?? "dm";
        var key = new ConversationKey(Platforms.Discord, tenant, channelId, null, user.Id!);
        string? postChannel = null;
        if (inGuild && ThreadParent(interaction, channelId) is { } parent)
        {
            key = key with { Channel = parent, Thread = channelId };
            postChannel = channelId;
        }

        if (value is not null && _sessions is not null
            && await _sessions.GetByIdAsync(new TenantRef(Platforms.Discord, tenant), value, cancellationToken) is { } session
            && session.Key.User != user.Id)
        {
            await RespondNowAsync(id, token, "That button belongs to someone else's interview. Use `/mock start` to begin your own.", cancellationToken);
            return;
        }

        if (!await _processed.TryMarkProcessedAsync(new TenantRef(Platforms.Discord, tenant), id, _time.GetUtcNow(), cancellationToken))
        {
            Drop(id, "duplicate interaction");
            return;
        }

        var delivery = new InteractionDelivery
        {
            ApplicationId = ApplicationIdFor(interaction),
            Token = token,
            ChannelId = channelId,
            InGuild = inGuild,
            PostChannelId = postChannel,
        };

        await AcknowledgeAsync(id, token, new InteractionCallback { Type = 6 }, delivery, cancellationToken);
        await EnqueueInteractionAsync(new InboundEvent
        {
            Key = key,
            Kind = InboundKind.Action,
            ActionId = actionId,
            ActionValue = value,
            MessageId = id,
            Timestamp = Snowflake.CreatedAt(id) ?? _time.GetUtcNow(),
            IsDirect = !inGuild,
            UserDisplayName = user.GlobalName ?? user.Username,
        }, delivery, cancellationToken);
    }

    private async Task OnAutocompleteAsync(DiscordInteraction interaction, string id, string token, CancellationToken cancellationToken)
    {
        if (interaction.Data is null)
        {
            return;
        }

        var (focused, typed, framework) = SlashCommandParser.Autocomplete(interaction.Data);
        IReadOnlyList<AutocompleteChoice> choices = focused != "competency"
            ? []
            : Competencies.All
                .Where(c => framework is null || c.Framework == framework)
                .Where(c => typed.Length == 0 || c.Id.Contains(typed, StringComparison.OrdinalIgnoreCase) || c.Name.Contains(typed, StringComparison.OrdinalIgnoreCase))
                .DistinctBy(c => c.Id)
                .Take(25)
                .Select(c => new AutocompleteChoice { Name = framework is null ? $"{c.Name} ({c.Framework})" : c.Name, Value = c.Id })
                .ToArray();
        try
        {
            await _rest.CreateAutocompleteResponseAsync(id, token, new AutocompleteCallback { Data = new AutocompleteData { Choices = choices } }, cancellationToken);
        }
        catch (DiscordRestException ex)
        {
            LogAckFailed(_logger, ex.Code, ex.Message);
        }
    }

    /// <summary>Administrator (1 &lt;&lt; 3), Manage Server (1 &lt;&lt; 5) or Manage Channels (1 &lt;&lt; 4); null when Discord sent no permissions.</summary>
    internal static bool? ManagesChannel(string? permissions) =>
        ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits) ? (bits & ((1UL << 3) | (1UL << 4) | (1UL << 5))) != 0 : null;

    private static string? ThreadParent(DiscordInteraction interaction, string channelId) =>
        interaction.Channel is { Type: 10 or 11 or 12, ParentId: { } parent } ? parent : null;

    private string ApplicationIdFor(DiscordInteraction interaction) =>
        interaction.ApplicationId ?? _gateway.Session.ApplicationId ?? _options.ApplicationId;

    private async Task AcknowledgeAsync(string id, string token, InteractionCallback callback, InteractionDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await _rest.CreateInteractionResponseAsync(id, token, callback, cancellationToken);
        }
        catch (DiscordRestException ex)
        {
            // 10062: too late (e.g. replayed after a resume). Do not retry; replies go to the channel instead.
            LogAckFailed(_logger, ex.Code, ex.Message);
            delivery.WebhookDead = true;
            delivery.OriginalPending = false;
        }
    }

    private async Task RespondNowAsync(string id, string token, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _rest.CreateInteractionResponseAsync(id, token, new InteractionCallback
            {
                Type = 4,
                Data = new MessagePayload { Content = text, Flags = Ephemeral },
            }, cancellationToken);
        }
        catch (DiscordRestException ex)
        {
            LogAckFailed(_logger, ex.Code, ex.Message);
        }
    }

    private async Task EnqueueInteractionAsync(InboundEvent inbound, InteractionDelivery delivery, CancellationToken cancellationToken)
    {
        if (!_dispatcher.TryEnqueue(inbound, (e, r, ct) => DeliverInteractionAsync(delivery, e, r, ct)))
        {
            await TryEditOriginalAsync(delivery, "I'm busy right now. Please try again in a moment.", cancellationToken);
            return;
        }

        Enqueued?.Invoke(inbound);
    }

    private async Task TryEditOriginalAsync(InteractionDelivery delivery, string text, CancellationToken cancellationToken)
    {
        try
        {
            await _rest.EditOriginalResponseAsync(delivery.ApplicationId, delivery.Token, new MessagePayload { Content = text }, cancellationToken);
            delivery.OriginalPending = false;
        }
        catch (DiscordRestException ex)
        {
            LogDeliveryFailed(_logger, ex.Code, ex.Message);
        }
    }

    internal async Task DeliverInteractionAsync(InteractionDelivery delivery, InboundEvent inbound, EngineResponse response, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var reply in response.Replies)
        {
            var ephemeral = delivery.InGuild && reply.Visibility == ReplyVisibility.Private;
            foreach (var payload in DiscordRenderer.Render(reply))
            {
                var nonce = Nonce(inbound.MessageId, index++);
                if ((delivery.PostChannelId is { } post && !ephemeral) || (delivery.WebhookDead && !ephemeral))
                {
                    await SendChannelMessageAsync(delivery.PostChannelId ?? delivery.ChannelId, payload with { Nonce = nonce, EnforceNonce = true }, cancellationToken);
                    continue;
                }

                if (delivery.WebhookDead)
                {
                    continue;
                }

                try
                {
                    if (delivery.OriginalPending && ephemeral == delivery.DeferredEphemeral)
                    {
                        await _rest.EditOriginalResponseAsync(delivery.ApplicationId, delivery.Token, payload, cancellationToken);
                        delivery.OriginalPending = false;
                    }
                    else
                    {
                        await _rest.CreateFollowupAsync(delivery.ApplicationId, delivery.Token, payload with { Flags = ephemeral ? Ephemeral : null }, cancellationToken);
                    }
                }
                catch (DiscordRestException ex) when (ex.Code is 10015 or 50027 or 10062 || ex.Status == System.Net.HttpStatusCode.NotFound)
                {
                    // The interaction token expired: continue in the channel (ephemeral replies cannot follow).
                    LogDeliveryFailed(_logger, ex.Code, ex.Message);
                    delivery.WebhookDead = true;
                    if (!ephemeral)
                    {
                        await SendChannelMessageAsync(delivery.ChannelId, payload with { Nonce = nonce, EnforceNonce = true }, cancellationToken);
                    }
                }
            }
        }

        if (delivery.OriginalPending && !delivery.WebhookDead)
        {
            // Nothing replaced the "thinking…" placeholder (e.g. every reply went to the thread).
            try
            {
                await _rest.DeleteOriginalResponseAsync(delivery.ApplicationId, delivery.Token, cancellationToken);
            }
            catch (DiscordRestException ex)
            {
                LogDeliveryFailed(_logger, ex.Code, ex.Message);
            }

            delivery.OriginalPending = false;
        }
    }

    internal async Task DeliverToChannelAsync(string channelId, bool inGuild, InboundEvent inbound, EngineResponse response, CancellationToken cancellationToken)
    {
        var index = 0;
        string? dmChannel = null;
        foreach (var reply in response.Replies)
        {
            var target = channelId;
            if (inGuild && reply.Visibility == ReplyVisibility.Private)
            {
                // No interaction to be ephemeral with: private replies go to the person's DM.
                dmChannel ??= (await _rest.CreateDmAsync(inbound.Key.User, cancellationToken))?.Id;
                target = dmChannel ?? channelId;
            }

            foreach (var payload in DiscordRenderer.Render(reply))
            {
                await SendChannelMessageAsync(target, payload with { Nonce = Nonce(inbound.MessageId, index++), EnforceNonce = true }, cancellationToken);
            }
        }
    }

    private async Task SendChannelMessageAsync(string channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        try
        {
            await _rest.CreateMessageAsync(channelId, payload, cancellationToken);
        }
        catch (DiscordRestException ex) when (ex.Code is 50007 or 50278 or 50001 or 50013 or 10003)
        {
            LogDeliveryFailed(_logger, ex.Code, ex.Message);
        }
    }

    private async Task SendBusyAsync(string channelId, CancellationToken cancellationToken) =>
        await SendChannelMessageAsync(channelId, new MessagePayload { Content = "I'm busy right now. Please send that again in a moment." }, cancellationToken);

    private void StartTyping(string channelId, CancellationToken cancellationToken) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await _rest.TriggerTypingAsync(channelId, cancellationToken);
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or OperationCanceledException or Polly.Timeout.TimeoutRejectedException)
            {
                LogTypingFailed(_logger, ex.Message);
            }
        }, CancellationToken.None);

    /// <summary>A create-message nonce (max 25 chars) derived from the inbound id, so a retried reply is not doubled.</summary>
    internal static string Nonce(string inboundId, int index)
    {
        var suffix = "." + index.ToString(CultureInfo.InvariantCulture);
        var head = inboundId.Length + suffix.Length > 25 ? inboundId[^(25 - suffix.Length)..] : inboundId;
        return head + suffix;
    }

    internal static string StripMention(string content, string? botUserId)
    {
        var text = content;
        if (!string.IsNullOrEmpty(botUserId))
        {
            text = text.Replace($"<@{botUserId}>", "", StringComparison.Ordinal).Replace($"<@!{botUserId}>", "", StringComparison.Ordinal);
        }

        return text.Trim();
    }

    private static DateTimeOffset? ParseTimestamp(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : null;

    [LoggerMessage(EventId = 5500, Level = LogLevel.Error, Message = "Handling Discord {Type} (seq {Sequence}) failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string type, int? sequence);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Warning, Message = "Ignoring a malformed {Type} payload: {Error}")]
    private static partial void LogBadPayload(ILogger logger, string type, string error);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Debug, Message = "Dropped Discord event {Id}: {Reason}")]
    private static partial void LogDropped(ILogger logger, string id, string reason);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Warning, Message = "Discord interaction response failed (code {Code}): {Error}")]
    private static partial void LogAckFailed(ILogger logger, int code, string error);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Warning, Message = "Delivering a Discord reply failed (code {Code}): {Error}")]
    private static partial void LogDeliveryFailed(ILogger logger, int code, string error);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Warning, Message = "Opening an interview thread failed: {Error}")]
    private static partial void LogThreadFailed(ILogger logger, string error);

    [LoggerMessage(EventId = 5506, Level = LogLevel.Debug, Message = "Typing indicator failed: {Error}")]
    private static partial void LogTypingFailed(ILogger logger, string error);
}
