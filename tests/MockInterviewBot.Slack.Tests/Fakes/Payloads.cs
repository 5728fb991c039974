using System.Globalization;
using System.Text.Json.Nodes;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>Slack payloads for tests: the shared fixtures, and builders shaped like them.</summary>
public static class Payloads
{
    public const string Team = FakeSlackServer.Team;
    public const string Channel = "C0FAKECHAN1";
    public const string Alice = "U0FAKEUSR01";
    public const string Bob = "U0FAKEUSR02";
    public const string Dm = "D0FAKEDM001";

    private static int _counter;

    public static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static byte[] FixtureBytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static string NewTs() => "1767262" + Interlocked.Increment(ref _counter).ToString("D3", CultureInfo.InvariantCulture) + ".000100";

    public static string NewEventId() => "Ev" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    /// <summary>An event_callback wrapping a message (or app_mention) event.</summary>
    public static string Message(string user, string text, string channel = Channel, string? threadTs = null, string? ts = null, string? eventId = null, string type = "message", string? channelType = "channel", string? parentUser = FakeSlackServer.BotUser, string? botId = null, string? subtype = null)
    {
        var ev = new JsonObject
        {
            ["type"] = type,
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts ?? NewTs(),
            ["channel"] = channel,
            ["team"] = Team,
        };
        ev["event_ts"] = ev["ts"]!.GetValue<string>();
        if (channelType is not null && type == "message")
        {
            ev["channel_type"] = channelType;
        }

        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
            if (parentUser is not null)
            {
                ev["parent_user_id"] = parentUser;
            }
        }

        if (botId is not null)
        {
            ev["bot_id"] = botId;
        }

        if (subtype is not null)
        {
            ev["subtype"] = subtype;
        }

        return Envelope(ev, eventId);
    }

    public static string Envelope(JsonObject ev, string? eventId = null) => new JsonObject
    {
        ["token"] = "fakeVerificationToken0000",
        ["team_id"] = Team,
        ["api_app_id"] = "A0FAKEAPP01",
        ["event"] = ev,
        ["type"] = "event_callback",
        ["event_id"] = eventId ?? NewEventId(),
        ["event_time"] = 1767261725,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = Team, ["user_id"] = FakeSlackServer.BotUser, ["is_bot"] = true, ["is_enterprise_install"] = false }),
    }.ToJsonString();

    public static string Command(string text, string channel = Channel, string user = Alice, string? triggerId = null) =>
        "token=fakeVerificationToken0000&team_id=" + Team + "&team_domain=study-group&channel_id=" + channel
        + "&channel_name=" + (channel.StartsWith('D') ? "directmessage" : "interview-prep")
        + "&user_id=" + user + "&user_name=alice&command=%2Fmock&text=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal)
        + "&api_app_id=A0FAKEAPP01&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0FAKETEAM1%2F1%2Ffake"
        + "&trigger_id=" + (triggerId ?? "1234." + Guid.NewGuid().ToString("N"));

    /// <summary>The same command as a Socket Mode payload (string fields).</summary>
    public static string CommandJson(string text, string channel = Channel, string user = Alice) => new JsonObject
    {
        ["token"] = "fakeVerificationToken0000",
        ["team_id"] = Team,
        ["team_domain"] = "study-group",
        ["channel_id"] = channel,
        ["channel_name"] = "interview-prep",
        ["user_id"] = user,
        ["user_name"] = "alice",
        ["command"] = "/mock",
        ["text"] = text,
        ["api_app_id"] = "A0FAKEAPP01",
        ["response_url"] = "https://hooks.slack.com/commands/T0FAKETEAM1/1/fake",
        ["trigger_id"] = "1234." + Guid.NewGuid().ToString("N"),
    }.ToJsonString();

    public static string BlockAction(string user, string actionId, string? value, string channel = Channel, string? messageTs = null, string? threadTs = null, bool ephemeral = false, string? actionTs = null) => new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = user, ["username"] = "u", ["name"] = "u", ["team_id"] = Team },
        ["api_app_id"] = "A0FAKEAPP01",
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = messageTs ?? NewTs(), ["channel_id"] = channel, ["is_ephemeral"] = ephemeral, ["thread_ts"] = threadTs },
        ["team"] = new JsonObject { ["id"] = Team, ["domain"] = "study-group" },
        ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "interview-prep" },
        ["response_url"] = "https://hooks.slack.com/actions/T0FAKETEAM1/1/fake",
        ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["block_id"] = "b", ["type"] = "button", ["value"] = value, ["action_ts"] = actionTs ?? NewTs() }),
    }.ToJsonString();
}
