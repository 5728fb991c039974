using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterviewBot.Discord.Gateway;
using MockInterviewBot.Discord.Json;

namespace MockInterviewBot.Discord.Tests;

public sealed class GatewayProtocolTests
{
    private static GatewayProtocol NewProtocol(double random = 0.25) =>
        new(new GatewayIdentity("FAKE_BOT_TOKEN_DO_NOT_USE", GatewayIntentSets.For(false), 0, 1), () => random);

    private static GatewayFrame Frame(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.GatewayFrame)!;

    private static GatewayProtocol ReadyProtocol()
    {
        var protocol = NewProtocol();
        protocol.OnConnecting(resume: false);
        protocol.OnFrame(Frame(Fixture.Read("hello.json")));
        protocol.OnFrame(Frame(Fixture.Read("ready.json")));
        return protocol;
    }

    private static JsonNode Payload(GatewayAction action) => JsonNode.Parse(((SendFrameAction)action).Payload)!;

    [Fact]
    public void OnFrame_Hello_StartsHeartbeatWithJitterThenIdentifies()
    {
        var protocol = NewProtocol(random: 0.25);
        protocol.OnConnecting(resume: false);

        var actions = protocol.OnFrame(Frame(Fixture.Read("hello.json")));

        var start = Assert.IsType<StartHeartbeatAction>(actions[0]);
        Assert.Equal(TimeSpan.FromMilliseconds(41250), start.Interval);
        Assert.Equal(TimeSpan.FromMilliseconds(41250 * 0.25), start.FirstDelay);
        var identify = Payload(actions[1]);
        Assert.Equal(2, identify["op"]!.GetValue<int>());
        Assert.Equal(4609, identify["d"]!["intents"]!.GetValue<int>());
        Assert.Equal("FAKE_BOT_TOKEN_DO_NOT_USE", identify["d"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public void GatewayIntentSets_GuildChannels_AddsMessageContentOnly()
    {
        Assert.Equal(4609, (int)GatewayIntentSets.For(false));
        Assert.Equal(37377, (int)GatewayIntentSets.For(true));
    }

    [Fact]
    public void OnFrame_Ready_KeepsSessionResumeUrlSequenceAndBotId()
    {
        var protocol = ReadyProtocol();

        Assert.Equal("5f1c2b9a7d3e4c60a8b9e0f1d2c3b4a5", protocol.Session.SessionId);
        Assert.Equal("wss://gateway-us-east1-c.discord.gg", protocol.Session.ResumeGatewayUrl);
        Assert.Equal(1, protocol.Session.Sequence);
        Assert.Equal("1434474617241739265", protocol.Session.BotUserId);
        Assert.Equal("1434474617241739265", protocol.Session.ApplicationId);
    }

    [Fact]
    public void OnHeartbeatDue_BeforeAnyDispatch_SendsNullSequence()
    {
        var protocol = NewProtocol();
        protocol.OnConnecting(false);
        protocol.OnFrame(Frame(Fixture.Read("hello.json")));

        var beat = Payload(protocol.OnHeartbeatDue().Single());

        Assert.Equal("{\"op\":1,\"d\":null}", beat.ToJsonString());
    }

    [Fact]
    public void OnHeartbeatDue_PreviousNotAcked_ReconnectsToResume()
    {
        var protocol = ReadyProtocol();
        var first = Payload(protocol.OnHeartbeatDue().Single());
        Assert.Equal(1, first["d"]!.GetValue<int>());

        var second = protocol.OnHeartbeatDue().Single();

        var reconnect = Assert.IsType<ReconnectAction>(second);
        Assert.True(reconnect.Resume);
        Assert.Contains("zombie", reconnect.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnHeartbeatDue_AfterAck_SendsNextBeat()
    {
        var protocol = ReadyProtocol();
        protocol.OnHeartbeatDue();
        protocol.OnFrame(Frame("{\"op\":11,\"d\":null}"));

        Assert.IsType<SendFrameAction>(protocol.OnHeartbeatDue().Single());
    }

    [Fact]
    public void OnFrame_ServerHeartbeatRequest_SendsBeatImmediately()
    {
        var protocol = ReadyProtocol();

        var action = Assert.IsType<SendFrameAction>(protocol.OnFrame(Frame("{\"op\":1,\"d\":null}")).Single());

        Assert.True(action.IsHeartbeat);
    }

    [Fact]
    public void OnFrame_Reconnect_ResumesWithoutDelay()
    {
        var protocol = ReadyProtocol();

        var action = Assert.IsType<ReconnectAction>(protocol.OnFrame(Frame(Fixture.Read("reconnect.json"))).Single());

        Assert.True(action.Resume);
        Assert.Equal(TimeSpan.Zero, action.Delay);
    }

    [Fact]
    public void OnFrame_InvalidSessionFalse_ClearsSessionAndIdentifiesAfterOneToFiveSeconds()
    {
        var protocol = ReadyProtocol();

        var action = Assert.IsType<ReconnectAction>(protocol.OnFrame(Frame(Fixture.Read("invalid_session.json"))).Single());

        Assert.False(action.Resume);
        Assert.InRange(action.Delay!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
        Assert.Null(protocol.Session.SessionId);
        Assert.Null(protocol.Session.Sequence);
        Assert.Equal("1434474617241739265", protocol.Session.BotUserId);
    }

    [Fact]
    public void OnFrame_InvalidSessionTrue_Resumes()
    {
        var protocol = ReadyProtocol();

        var action = Assert.IsType<ReconnectAction>(protocol.OnFrame(Frame("{\"op\":9,\"d\":true}")).Single());

        Assert.True(action.Resume);
        Assert.NotNull(protocol.Session.SessionId);
    }

    [Fact]
    public void OnFrame_HelloWhenResuming_SendsResumeWithLastSequence()
    {
        var protocol = ReadyProtocol();
        protocol.OnFrame(Frame(Fixture.Read("message_create_dm.json")));
        protocol.OnConnecting(resume: true);

        var actions = protocol.OnFrame(Frame(Fixture.Read("hello.json")));

        var resume = Payload(actions[1]);
        Assert.Equal(6, resume["op"]!.GetValue<int>());
        Assert.Equal(5, resume["d"]!["seq"]!.GetValue<int>());
        Assert.Equal("5f1c2b9a7d3e4c60a8b9e0f1d2c3b4a5", resume["d"]!["session_id"]!.GetValue<string>());
        Assert.Equal("FAKE_BOT_TOKEN_DO_NOT_USE", resume["d"]!["token"]!.GetValue<string>());
    }

    [Fact]
    public void OnFrame_OlderSequence_DoesNotMoveSequenceBack()
    {
        var protocol = ReadyProtocol();
        protocol.OnFrame(Frame(Fixture.Read("interaction_create_button.json")));
        protocol.OnFrame(Frame(Fixture.Read("message_create_dm.json")));

        Assert.Equal(8, protocol.Session.Sequence);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void OnClosed_FatalCode_Stops(int code)
    {
        var action = Assert.IsType<StopAction>(ReadyProtocol().OnClosed(code));

        Assert.Equal(code, action.CloseCode);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4007)]
    [InlineData(4009)]
    public void OnClosed_SessionGoneCode_IdentifiesAnew(int code)
    {
        var protocol = ReadyProtocol();

        var action = Assert.IsType<ReconnectAction>(protocol.OnClosed(code));

        Assert.False(action.Resume);
        Assert.Null(protocol.Session.SessionId);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(4999)]
    [InlineData(null)]
    public void OnClosed_OtherCodeOrDrop_Resumes(int? code)
    {
        var action = Assert.IsType<ReconnectAction>(ReadyProtocol().OnClosed(code));

        Assert.True(action.Resume);
    }

    [Fact]
    public void GatewayUris_WithQuery_AddsVersionAndEncoding()
    {
        Assert.Equal("wss://gateway-us-east1-c.discord.gg/?v=10&encoding=json", GatewayUris.WithQuery("wss://gateway-us-east1-c.discord.gg").ToString());
        Assert.Equal("ws://127.0.0.1:5000/resume?v=10&encoding=json", GatewayUris.WithQuery("ws://127.0.0.1:5000/resume").ToString());
    }
}
