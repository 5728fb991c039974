using System.Text.RegularExpressions;
using MockInterviewBot.Slack.Configuration;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>deploy/slack/app-manifest.yaml asks for exactly the events the adapter handles and the scopes its calls need.</summary>
public sealed class SlackManifestTests
{
    private static readonly Dictionary<object, object?> Manifest = DeployFiles.YamlMap("deploy", "slack", "app-manifest.yaml");

    /// <summary>Bot events the adapter routes, with the scope each needs.</summary>
    private static readonly Dictionary<string, string?> EventScopes = new(StringComparer.Ordinal)
    {
        ["app_mention"] = "app_mentions:read",
        ["message.channels"] = "channels:history",
        ["message.groups"] = "groups:history",
        ["message.im"] = "im:history",
        ["app_home_opened"] = null,
    };

    /// <summary>Web API methods the client calls, with the bot scope each needs (null: none, or another token's).</summary>
    private static readonly Dictionary<string, string?> MethodScopes = new(StringComparer.Ordinal)
    {
        ["auth.test"] = null,
        ["chat.postMessage"] = "chat:write",
        ["chat.postEphemeral"] = "chat:write",
        ["chat.update"] = "chat:write",
        ["conversations.open"] = "im:write",
        ["views.publish"] = null,
        ["apps.connections.open"] = null, // app-level token, scope connections:write
        ["oauth.v2.access"] = null, // client credentials
    };

    private static string Source(params string[] parts) => DeployFiles.Read(["src", "MockInterviewBot.Slack", .. parts]);

    private static List<string> BotEvents() =>
        Manifest.Map("settings").Map("event_subscriptions").Seq("bot_events").Strings().ToList();

    private static List<string> BotScopes() =>
        Manifest.Map("oauth_config").Map("scopes").Seq("bot").Strings().ToList();

    [Fact]
    public void Socket_mode_interactivity_slash_command_and_messages_tab_are_on()
    {
        var settings = Manifest.Map("settings");
        Assert.Equal("true", settings.Scalar("socket_mode_enabled"));
        Assert.Equal("true", settings.Map("interactivity").Scalar("is_enabled"));
        var features = Manifest.Map("features");
        var command = Assert.Single(features.Seq("slash_commands").OfType<Dictionary<object, object?>>());
        Assert.Equal("/mock", command.Scalar("command"));
        var home = features.Map("app_home");
        Assert.Equal("true", home.Scalar("home_tab_enabled"));
        Assert.Equal("true", home.Scalar("messages_tab_enabled"));
        Assert.Equal("false", home.Scalar("messages_tab_read_only_enabled"));
    }

    [Fact]
    public void Bot_events_are_exactly_the_ones_the_router_handles()
    {
        // The router's switch on the inner event type: message.* events all arrive as "message".
        var routed = Regex.Matches(Source("Inbound", "SlackRouter.cs"), @"case ""([a-z_]+)""").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["app_home_opened", "app_mention", "message"], routed.Order(StringComparer.Ordinal));
        Assert.All(EventScopes.Keys, e => Assert.Contains(e.Split('.')[0], routed));
        Assert.All(routed, r => Assert.Contains(EventScopes.Keys, e => e.Split('.')[0] == r));
        Assert.Equal(EventScopes.Keys.Order(StringComparer.Ordinal), BotEvents().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_web_api_method_the_client_calls_has_a_known_scope()
    {
        var called = Regex.Matches(Source("Api", "SlackApiClient.cs"), @"(?:CallAsync|SendAsync)\(\s*""([a-z]+(?:\.[a-zA-Z0-9]+)+)""")
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("chat.postMessage", called);
        var unmapped = called.Where(m => !MethodScopes.ContainsKey(m)).ToList();
        Assert.True(unmapped.Count == 0, "map these Slack methods to their scopes: " + string.Join(", ", unmapped));
        Assert.All(MethodScopes.Keys, m => Assert.Contains(m, called));
    }

    [Fact]
    public void Bot_scopes_are_exactly_what_the_calls_events_and_command_need()
    {
        var needed = MethodScopes.Values.Concat(EventScopes.Values).OfType<string>().Append("commands").ToHashSet(StringComparer.Ordinal);
        Assert.Equal(needed.Order(StringComparer.Ordinal), BotScopes().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Install_flow_requests_the_same_scopes_as_the_manifest()
    {
        var requested = new SlackOptions().Scopes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(BotScopes().Order(StringComparer.Ordinal), requested.Order(StringComparer.Ordinal));
    }
}
