using System.Text.RegularExpressions;
using MockInterviewBot.Discord.Gateway;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>deploy/discord/README.md: the invite asks for exactly the permissions the adapter uses, and names the intents it identifies with.</summary>
public sealed class DiscordSetupTests
{
    private const int ViewChannel = 10;
    private const int SendMessages = 11;
    private const int EmbedLinks = 14;
    private const int ReadMessageHistory = 16;
    private const int UseApplicationCommands = 31;
    private const int CreatePublicThreads = 35;
    private const int SendMessagesInThreads = 38;

    /// <summary>REST routes the client calls, with the permission bits each needs in a server channel.</summary>
    private static readonly Dictionary<string, int[]> RoutePermissions = new(StringComparer.Ordinal)
    {
        ["Get gateway/bot"] = [],
        // Posting in the channel or, for interviews, in the thread the bot opened.
        ["Post channels/{channel_id}/messages"] = [ViewChannel, SendMessages, SendMessagesInThreads],
        ["Post channels/{channel_id}/typing"] = [ViewChannel, SendMessages],
        ["Post channels/{channel_id}/threads"] = [ViewChannel, CreatePublicThreads],
        ["Post channels/{channel_id}/messages/{message_id}/threads"] = [ViewChannel, CreatePublicThreads],
        ["Post users/@me/channels"] = [],
        ["Post interactions/{id}/{token}/callback"] = [],
        ["Post webhooks/{application_id}/{token}"] = [],
        ["Patch webhooks/{application_id}/{token}/messages/@original"] = [],
        ["Delete webhooks/{application_id}/{token}/messages/@original"] = [],
        ["Put applications/{application_id}/commands"] = [UseApplicationCommands],
        ["Put applications/{application_id}/guilds/{guild_id}/commands"] = [UseApplicationCommands],
    };

    private static readonly Dictionary<string, GatewayIntents> IntentNames = new(StringComparer.Ordinal)
    {
        ["GUILDS"] = GatewayIntents.Guilds,
        ["GUILD_MESSAGES"] = GatewayIntents.GuildMessages,
        ["DIRECT_MESSAGES"] = GatewayIntents.DirectMessages,
        ["MESSAGE_CONTENT"] = GatewayIntents.MessageContent,
    };

    private static readonly string Readme = DeployFiles.Read("deploy", "discord", "README.md");

    private static string Source(params string[] parts) => DeployFiles.Read(["src", "MockInterviewBot.Discord", .. parts]);

    private static ulong Bits(IEnumerable<int> bits) => bits.Aggregate(0UL, (acc, b) => acc | (1UL << b));

    internal static ulong NeededPermissions()
    {
        var routes = Regex.Matches(Source("Rest", "DiscordRestClient.cs"), @"(?:RestRoute|WebhookRoute)\(HttpMethod\.([A-Za-z]+), ""([^""]+)""")
            .Select(m => m.Groups[1].Value + " " + m.Groups[2].Value)
            .ToHashSet(StringComparer.Ordinal);
        var unmapped = routes.Where(r => !RoutePermissions.ContainsKey(r)).ToList();
        Assert.True(unmapped.Count == 0, "map these Discord routes to their permissions: " + string.Join(", ", unmapped));
        Assert.All(RoutePermissions.Keys, r => Assert.Contains(r, routes));

        var needed = routes.SelectMany(r => RoutePermissions[r]).ToList();
        var outbound = Source("Json", "OutboundModels.cs");
        if (outbound.Contains("Embeds", StringComparison.Ordinal))
        {
            needed.Add(EmbedLinks);
        }

        // Replies (message_reference) would need Read Message History; the bot never sends them.
        if (outbound.Contains("MessageReference", StringComparison.Ordinal) || outbound.Contains("message_reference", StringComparison.Ordinal))
        {
            needed.Add(ReadMessageHistory);
        }

        Assert.Matches(@"public int Type \{ get; init; \} = 11;", outbound); // threads it opens are public (type 11)
        return Bits(needed);
    }

    [Fact]
    public void Needed_permissions_are_the_six_channel_permissions()
    {
        Assert.Equal(
            Bits([ViewChannel, SendMessages, SendMessagesInThreads, CreatePublicThreads, EmbedLinks, UseApplicationCommands]),
            NeededPermissions());
    }

    [Fact]
    public void Invite_urls_ask_for_no_permissions_or_exactly_the_needed_ones()
    {
        var needed = NeededPermissions();
        var asked = Regex.Matches(Readme, @"permissions=(\d+)").Select(m => ulong.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(0UL, asked);
        Assert.Contains(needed, asked);
        Assert.All(asked, p => Assert.True(p == 0 || p == needed, $"permissions={p} should be 0 (DMs) or {needed}"));
        Assert.All(Regex.Matches(Readme, @"= `(\d+)`"), m => Assert.Equal(needed.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Groups[1].Value));
        Assert.Contains("Use Application Commands", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_names_the_intents_the_gateway_identifies_with()
    {
        var always = Regex.Match(Readme, @"identifies with ([A-Z_]+(?:(?:, | and )[A-Z_]+)*)");
        Assert.True(always.Success, "README should say which intents the bot identifies with");
        var named = Regex.Split(always.Groups[1].Value, ", | and ").Select(n => IntentNames[n]).Aggregate(GatewayIntents.None, (a, b) => a | b);
        Assert.Equal(GatewayIntentSets.For(guildChannels: false), named);

        var extra = Regex.Match(Readme, @"also asks? for\s+([A-Z_]+)");
        Assert.True(extra.Success, "README should say which intent guild channels add");
        Assert.Equal(GatewayIntentSets.For(guildChannels: true), named | IntentNames[extra.Groups[1].Value]);
    }
}
