using Microsoft.Extensions.Logging;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Discord.Rendering;
using MockInterviewBot.Discord.Rest;

namespace MockInterviewBot.Discord.Handling;

/// <summary>
/// Messages the bot starts itself on Discord: a channel post gets a public thread started on it (registered so members'
/// answers there reach the engine); DMs go through "create DM"; Discord has no ephemeral outside an interaction, so
/// those become DMs too.
/// </summary>
public sealed partial class DiscordOutboundMessenger : IOutboundMessenger
{
    private readonly DiscordRestClient _rest;
    private readonly InterviewThreadRegistry _threads;
    private readonly ILogger<DiscordOutboundMessenger> _logger;

    internal DiscordOutboundMessenger(DiscordRestClient rest, InterviewThreadRegistry threads, ILogger<DiscordOutboundMessenger> logger)
    {
        _rest = rest;
        _threads = threads;
        _logger = logger;
    }

    public string Platform => Platforms.Discord;

    public async Task<ThreadRef> PostAsync(ThreadRef target, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var channel = target.Thread ?? target.Channel;
        string? first = null;
        foreach (var payload in DiscordRenderer.Render(reply))
        {
            var message = await _rest.CreateMessageAsync(channel, payload, cancellationToken);
            first ??= message?.Id;
        }

        if (target.Thread is not null || first is null || target.Tenant == "dm")
        {
            return target;
        }

        try
        {
            var thread = await _rest.StartThreadFromMessageAsync(target.Channel, first, ThreadName(reply), cancellationToken);
            if (thread?.Id is not { } threadId)
            {
                return target;
            }

            _threads.Add(threadId, target.Channel);
            return target with { Thread = threadId };
        }
        catch (DiscordRestException ex)
        {
            LogThreadFailed(_logger, ex.Code, target.Channel);
            return target;
        }
    }

    public async Task<ThreadRef> SendDirectAsync(UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var dm = await _rest.CreateDmAsync(user.UserId, cancellationToken);
        var channel = dm?.Id ?? throw new DiscordRestException("Discord did not return the DM channel.");
        foreach (var payload in DiscordRenderer.Render(reply))
        {
            await _rest.CreateMessageAsync(channel, payload, cancellationToken);
        }

        return new ThreadRef(Platforms.Discord, "dm", channel, null);
    }

    public Task SendEphemeralAsync(ThreadRef channel, UserRef user, Reply reply, CancellationToken cancellationToken) =>
        SendDirectAsync(user, reply, cancellationToken);

    private static string ThreadName(Reply reply)
    {
        var header = reply.Blocks.OfType<HeaderBlock>().FirstOrDefault()?.Text;
        var name = header ?? reply.FallbackText.Split('\n', 2)[0];
        name = name.Replace("*", "", StringComparison.Ordinal).Trim();
        return name.Length == 0 ? "Question" : name;
    }

    [LoggerMessage(EventId = 5420, Level = LogLevel.Warning, Message = "Could not start a thread on the post in channel {Channel} (Discord code {Code}); answers there need a thread")]
    private static partial void LogThreadFailed(ILogger logger, int code, string channel);
}
