using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Slack.Configuration;

namespace MockInterviewBot.Slack.Inbound;

/// <summary>The bot's identity in one workspace, from auth.test.</summary>
public sealed record SlackBotIdentity(string TeamId, string BotUserId, string? BotId);

/// <summary>
/// Which bot token serves a workspace: its OAuth v2 installation (one per team) or the configured single-workspace
/// token. Also caches each workspace's bot user id so the bot never answers itself.
/// </summary>
internal sealed class SlackInstallations(IOptions<SlackOptions> options, ITenantStore? tenants)
{
    private readonly ConcurrentDictionary<string, string> _botUserIds = new(StringComparer.Ordinal);

    /// <summary>The configured token's identity once auth.test succeeded.</summary>
    public SlackBotIdentity? Configured { get; private set; }

    public void SetConfigured(SlackBotIdentity identity)
    {
        Configured = identity;
        _botUserIds[identity.TeamId] = identity.BotUserId;
    }

    public void Remember(string team, string botUserId) => _botUserIds[team] = botUserId;

    public string? BotUserIdOf(string team) =>
        _botUserIds.TryGetValue(team, out var id) ? id : Configured?.BotUserId;

    /// <summary>The token for a team; null when neither an installation nor a configured token exists.</summary>
    public async Task<string?> TokenForAsync(string team, CancellationToken cancellationToken)
    {
        if (tenants is not null && (Configured is null || Configured.TeamId != team))
        {
            var installation = await tenants.GetInstallationAsync(new TenantRef(Platforms.Slack, team), cancellationToken);
            if (installation is { BotToken.Length: > 0 })
            {
                if (installation.BotUserId is { Length: > 0 } botUser)
                {
                    _botUserIds.TryAdd(team, botUser);
                }

                return installation.BotToken;
            }
        }

        return options.Value.HasBotToken ? options.Value.BotToken : null;
    }
}
