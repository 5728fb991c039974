using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Storage;

namespace MockInterviewBot.Groups.Leaderboard;

/// <summary>
/// <c>leaderboard</c> (in a channel: the group board; in a DM: your own streaks), <c>leaderboard me</c>,
/// <c>leaderboard optout</c> and <c>leaderboard optin</c> (stored in the person's settings and honored by every
/// board and digest).
/// </summary>
public sealed class LeaderboardCommand(ISessionStore sessions, IUserSettingsStore settings, TimeProvider time, IOptions<LeaderboardOptions> options) : IChatCommand
{
    /// <summary>Most sessions read for one board.</summary>
    public const int MaxSessions = 5000;

    public IReadOnlyList<string> Names { get; } = ["leaderboard", "streaks"];

    public IReadOnlyList<string> ActionPrefixes { get; } = [];

    public IReadOnlyList<string> HelpLines { get; } =
    [
        "`leaderboard`: the group's streaks, most improved and most practice (in a DM: your own streaks)",
        "`leaderboard optout` / `leaderboard optin`: keep your name off group boards, or put it back",
    ];

    public async Task<EngineResponse> HandleAsync(InboundEvent inbound, string arguments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        var user = inbound.Key.UserRef;
        var word = arguments.Trim().ToLowerInvariant();
        var mine = await settings.GetAsync(user, cancellationToken) ?? new UserSettings();
        switch (word)
        {
            case "optout" or "opt-out" or "hide":
                await settings.SaveAsync(user, mine with { LeaderboardOptOut = true }, cancellationToken);
                return Private("Done: your name stays off group leaderboards and digests. Your own streaks are still in `leaderboard me`.");
            case "optin" or "opt-in" or "show":
                await settings.SaveAsync(user, mine with { LeaderboardOptOut = false }, cancellationToken);
                return Private("Done: you'll be listed on group leaderboards when you practise.");
            case "" or "me" or "mine":
                break;
            default:
                return Private($"I don't know `leaderboard {arguments.Trim()}`. Use `leaderboard`, `leaderboard me`, `leaderboard optout` or `leaderboard optin`.");
        }

        var opts = options.Value;
        var (zone, zoneName) = ResolveZone(opts.TimeZone);
        var now = time.GetUtcNow();
        var since = now.AddDays(-Math.Max(1, opts.WindowDays));
        var personal = word.Length > 0 || inbound.IsDirect || inbound.Key.Tenant == "dm";
        if (personal)
        {
            var own = (await sessions.ListByUserAsync(user, MaxSessions, cancellationToken)).Where(s => s.CreatedAt >= since).ToArray();
            var standing = own.Length == 0 ? null : LeaderboardBuilder.Standings(own, zone, now).Single();
            return new EngineResponse([LeaderboardBuilder.Personal(standing, mine.LeaderboardOptOut, opts, zoneName)]);
        }

        var recent = await sessions.ListByTenantAsync(new TenantRef(user.Platform, user.Tenant), since, MaxSessions, cancellationToken);
        var standings = LeaderboardBuilder.Standings(recent, zone, now);
        var optedOut = new HashSet<UserRef>();
        foreach (var person in standings.Select(s => s.User))
        {
            if ((await settings.GetAsync(person, cancellationToken))?.LeaderboardOptOut == true)
            {
                optedOut.Add(person);
            }
        }

        return new EngineResponse([LeaderboardBuilder.Build(standings, optedOut, opts, zoneName)]);
    }

    /// <summary>The configured zone, or UTC when it is not known on this machine.</summary>
    public static (TimeZoneInfo Zone, string Name) ResolveZone(string? id)
    {
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone))
        {
            return (zone, id.Trim());
        }

        return (TimeZoneInfo.Utc, "UTC");
    }

    private static EngineResponse Private(string text) =>
        new([new ReplyBuilder(ReplyPurpose.Settings).Visibility(ReplyVisibility.Private).Text(text).Build()]);
}
