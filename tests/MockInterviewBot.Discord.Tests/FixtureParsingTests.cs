using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterviewBot.Discord.Commands;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Json;

namespace MockInterviewBot.Discord.Tests;

public sealed class FixtureParsingTests
{
    public static TheoryData<string> FixtureNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Fixture.All)
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void Fixtures_AllTwelveCopied_Present()
    {
        Assert.Equal(12, Fixture.All.Count());
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void EveryFixture_ParsesIntoItsDto_WithoutErrors(string name)
    {
        var json = Fixture.Read(name);
        object? parsed = name switch
        {
            "commands_bulk_overwrite.json" => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.ListApplicationCommand),
            "create_message_request.json" => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.MessagePayload),
            "rate_limit_429.json" => JsonNode.Parse(json)!["body"].Deserialize(DiscordJsonContext.Default.DiscordErrorBody),
            _ => ParseFrame(json),
        };
        Assert.NotNull(parsed);
    }

    private static object? ParseFrame(string json)
    {
        var frame = JsonSerializer.Deserialize(json, DiscordJsonContext.Default.GatewayFrame)!;
        return (frame.Op, frame.T) switch
        {
            (0, "READY") => frame.D.Deserialize(DiscordJsonContext.Default.ReadyData),
            (0, "MESSAGE_CREATE") => frame.D.Deserialize(DiscordJsonContext.Default.DiscordMessage),
            (0, "INTERACTION_CREATE") => frame.D.Deserialize(DiscordJsonContext.Default.DiscordInteraction),
            (2, _) => frame.D.Deserialize(DiscordJsonContext.Default.IdentifyData),
            (10, _) => frame.D.Deserialize(DiscordJsonContext.Default.HelloData),
            _ => frame,
        };
    }

    [Fact]
    public void Hello_Parsed_HasHeartbeatInterval()
    {
        var frame = JsonSerializer.Deserialize(Fixture.Read("hello.json"), DiscordJsonContext.Default.GatewayFrame)!;
        Assert.Equal(10, frame.Op);
        Assert.Null(frame.S);
        Assert.Equal(41250, frame.D.Deserialize(DiscordJsonContext.Default.HelloData)!.HeartbeatInterval);
    }

    [Fact]
    public void Ready_Parsed_KeepsSessionResumeUrlAndIds_IgnoringUnknownMembers()
    {
        var frame = JsonSerializer.Deserialize(Fixture.Read("ready.json"), DiscordJsonContext.Default.GatewayFrame)!;
        var ready = frame.D.Deserialize(DiscordJsonContext.Default.ReadyData)!;
        Assert.Equal(1, frame.S);
        Assert.Equal("5f1c2b9a7d3e4c60a8b9e0f1d2c3b4a5", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-c.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal("1434474617241739265", ready.User!.Id);
        Assert.Equal("1434474617241739265", ready.Application!.Id);
    }

    [Fact]
    public void MessageCreate_DmAndBotEcho_DistinguishedByAuthor()
    {
        var dm = JsonSerializer.Deserialize(Fixture.Read("message_create_dm.json"), DiscordJsonContext.Default.GatewayFrame)!.D
            .Deserialize(DiscordJsonContext.Default.DiscordMessage)!;
        var bot = JsonSerializer.Deserialize(Fixture.Read("message_create_bot.json"), DiscordJsonContext.Default.GatewayFrame)!.D
            .Deserialize(DiscordJsonContext.Default.DiscordMessage)!;
        Assert.Null(dm.GuildId);
        Assert.Equal(1, dm.ChannelType);
        Assert.False(dm.Author!.Bot);
        Assert.StartsWith("I'd use a queue", dm.Content, StringComparison.Ordinal);
        Assert.True(bot.Author!.Bot);
        Assert.Equal("1434474617241739265", bot.Author.Id);
    }

    [Fact]
    public void InteractionFixtures_Parsed_CommandOptionsAndButtonCustomId()
    {
        var slash = JsonSerializer.Deserialize(Fixture.Read("interaction_create_slash_dm.json"), DiscordJsonContext.Default.GatewayFrame)!.D
            .Deserialize(DiscordJsonContext.Default.DiscordInteraction)!;
        var button = JsonSerializer.Deserialize(Fixture.Read("interaction_create_button.json"), DiscordJsonContext.Default.GatewayFrame)!.D
            .Deserialize(DiscordJsonContext.Default.DiscordInteraction)!;

        Assert.Equal(2, slash.Type);
        Assert.Equal("1242178038792331271", slash.Invoker!.Id);
        Assert.Equal("interview", slash.Data!.Name);
        Assert.Equal("senior backend 5", SlashCommandParser.Parse(slash.Data).Text);
        Assert.Equal(3, button.Type);
        Assert.Equal("mi:v1:next:7f3a9c", button.Data!.CustomId);
        Assert.True(Rendering.CustomIds.TryDecode(button.Data.CustomId, out var action, out var value));
        Assert.Equal(("next", "7f3a9c"), (action, value));
        Assert.Equal(3, button.Message!.Components![0].Components!.Count);
    }

    [Fact]
    public void InvalidSessionAndReconnect_Parsed_OpCodes()
    {
        var invalid = JsonSerializer.Deserialize(Fixture.Read("invalid_session.json"), DiscordJsonContext.Default.GatewayFrame)!;
        var reconnect = JsonSerializer.Deserialize(Fixture.Read("reconnect.json"), DiscordJsonContext.Default.GatewayFrame)!;
        Assert.Equal((9, JsonValueKind.False), (invalid.Op, invalid.D.ValueKind));
        Assert.Equal(7, reconnect.Op);
    }

    [Fact]
    public void RateLimit429_Body_HasFractionalRetryAfter()
    {
        var body = JsonNode.Parse(Fixture.Read("rate_limit_429.json"))!["body"].Deserialize(DiscordJsonContext.Default.DiscordErrorBody)!;
        Assert.Equal(1.412, body.RetryAfter);
        Assert.False(body.Global);
    }

    [Fact]
    public void CreateMessageRequest_RoundTrips_WithAllowedMentionsAndComponents()
    {
        var payload = JsonSerializer.Deserialize(Fixture.Read("create_message_request.json"), DiscordJsonContext.Default.MessagePayload)!;
        Assert.Empty(payload.AllowedMentions.Parse);
        Assert.Equal(5, payload.Components![0].Components!.Count);
        Assert.Equal("mi-7f3a9c-q2", payload.Nonce);

        var written = JsonNode.Parse(JsonSerializer.Serialize(payload, DiscordJsonContext.Default.MessagePayload))!;
        Assert.Equal("[]", written["allowed_mentions"]!["parse"]!.ToJsonString());
        Assert.Equal(5793266, written["embeds"]![0]!["color"]!.GetValue<int>());
        Assert.Equal("https://example.com/rubric/system-design", written["components"]![0]!["components"]![4]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void CommandsFixture_Parsed_HasContextsForDms()
    {
        var commands = JsonSerializer.Deserialize(Fixture.Read("commands_bulk_overwrite.json"), DiscordJsonContext.Default.ListApplicationCommand)!;
        Assert.Equal(3, commands.Count);
        Assert.All(commands, c => Assert.Equal([0, 1], c.Contexts!));
    }

    [Fact]
    public void BuildIdentify_WithGuildChannels_MatchesFixtureShape()
    {
        var expected = JsonNode.Parse(Fixture.Read("identify.json"))!;
        var protocol = new GatewayProtocol(new GatewayIdentity("FAKE_BOT_TOKEN_DO_NOT_USE", GatewayIntentSets.For(guildChannels: true), 0, 1), () => 0.5);
        var actual = JsonNode.Parse(protocol.BuildIdentify())!;
        Assert.True(JsonNode.DeepEquals(expected, actual), actual.ToJsonString());
    }
}
