using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Inbound;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Tests.Fakes;
using MockInterviewBot.TestKit;
using Moq;
using Microsoft.Extensions.Options;
using MockInterviewBot.Slack.Configuration;

namespace MockInterviewBot.Slack.Tests;

public sealed class FixtureTests
{
    private static SlackRouter Router() =>
        new(null, new SlackInstallations(Options.Create(new SlackOptions { BotToken = "xoxb-x" }), null), new ManualTimeProvider());

    public static TheoryData<string> AllFixtures() => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void EveryFixture_Parses(string name)
    {
        var text = Payloads.Fixture(name);
        switch (name)
        {
            case "slash_command.txt":
                var form = QueryHelpers.ParseQuery(text);
                Assert.Equal("/mock", form["command"].ToString());
                Assert.Equal("backend senior", form["text"].ToString());
                break;
            case "block_actions.json":
                var interaction = JsonSerializer.Deserialize(text, SlackJsonContext.Default.InteractionPayload)!;
                Assert.Equal("block_actions", interaction.Type);
                Assert.Equal("sess_7f3a9c", interaction.Actions![0].Value);
                break;
            case var s when s.StartsWith("socket_", StringComparison.Ordinal):
                var frame = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketFrame)!;
                Assert.NotNull(frame.Type);
                break;
            case var s when s.StartsWith("chat_postMessage_", StringComparison.Ordinal):
                using (var doc = JsonDocument.Parse(text))
                {
                    var body = doc.RootElement.GetProperty("body").GetRawText();
                    var response = JsonSerializer.Deserialize(body, SlackJsonContext.Default.PostMessageResponse)!;
                    Assert.Equal(doc.RootElement.GetProperty("status").GetInt32() == 200 && response.Error is null, response.Ok);
                }

                break;
            case "signing_test_vectors.json":
                using (var doc = JsonDocument.Parse(text))
                {
                    Assert.Equal(3, doc.RootElement.GetProperty("vectors").GetArrayLength());
                }

                break;
            default:
                var envelope = JsonSerializer.Deserialize(text, SlackJsonContext.Default.EventEnvelope)!;
                Assert.NotNull(envelope.Type);
                break;
        }
    }

    [Fact]
    public async Task Route_OwnBotMessageWithoutSubtype_IsIgnored()
    {
        var plan = await Router().RouteEventAsync(Parse("events_api_bot_message_self.json"), default);

        Assert.Equal(RouteKind.Ignore, plan.Kind);
    }

    [Fact]
    public async Task Route_ThreadAnswer_GoesToEngineWithThreadKey()
    {
        var plan = await Router().RouteEventAsync(Parse("events_api_message_channel_thread.json"), default);

        Assert.Equal(RouteKind.Engine, plan.Kind);
        Assert.Equal(new ConversationKey("slack", "T0FAKETEAM1", "C0FAKECHAN1", "1767261600.123400", "U0FAKEUSR02"), plan.Event!.Key);
        Assert.Equal("1767261725.004500", plan.Event.MessageId);
        Assert.Contains("ev:Ev0FAKE00001", plan.DedupeKeys);
        Assert.Contains("msg:C0FAKECHAN1:1767261725.004500", plan.DedupeKeys);
    }

    [Fact]
    public async Task Route_DirectMessage_IsDirectWithoutThread()
    {
        var plan = await Router().RouteEventAsync(Parse("events_api_message_im.json"), default);

        Assert.Equal(RouteKind.Engine, plan.Kind);
        Assert.True(plan.Event!.IsDirect);
        Assert.Null(plan.Event.Key.Thread);
        Assert.Equal("D0FAKEDM001", plan.Event.Key.Channel);
        Assert.Equal("start", plan.Event.Text);
    }

    [Fact]
    public async Task Route_TopLevelAppMention_StartsThreadWithMentionRemoved()
    {
        var plan = await Router().RouteEventAsync(Parse("events_api_app_mention.json"), default);

        Assert.Equal(RouteKind.StartThread, plan.Kind);
        Assert.Equal(InboundKind.Command, plan.Event!.Kind);
        Assert.Equal("mock backend senior", plan.Event.Text);
        Assert.Contains("msg:C0FAKECHAN1:1767261500.000100", plan.DedupeKeys);
    }

    [Fact]
    public async Task Route_SocketEnvelope_HasSameEventIdAsHttpCopy()
    {
        var frame = JsonSerializer.Deserialize(Payloads.Fixture("socket_envelope_events_api.json"), SlackJsonContext.Default.SocketFrame)!;
        var envelope = frame.Payload.Deserialize(SlackJsonContext.Default.EventEnvelope)!;
        var plan = await Router().RouteEventAsync(envelope, default);
        var httpPlan = await Router().RouteEventAsync(Parse("events_api_message_channel_thread.json"), default);

        Assert.Equal("5f0b9c2e-8d1a-4c7e-9a3b-2e6f1d4c8b7a", frame.EnvelopeId);
        Assert.Equal(httpPlan.DedupeKeys, plan.DedupeKeys);
    }

    [Fact]
    public void Route_SlashCommandFixture_StartsThreadWithArguments()
    {
        var form = QueryHelpers.ParseQuery(Payloads.Fixture("slash_command.txt"));
        var plan = Router().RouteCommand(new SlashCommand
        {
            TeamId = form["team_id"], ChannelId = form["channel_id"], ChannelName = form["channel_name"], UserId = form["user_id"], Text = form["text"], TriggerId = form["trigger_id"],
        });

        Assert.Equal(RouteKind.StartThread, plan.Kind);
        Assert.Equal("backend senior", plan.Event!.Text);
        Assert.Null(plan.Event.Key.Thread);
    }

    [Fact]
    public void Route_BlockActionsFixture_UsesContainerThreadAndPassesIdsThrough()
    {
        var payload = JsonSerializer.Deserialize(Payloads.Fixture("block_actions.json"), SlackJsonContext.Default.InteractionPayload)!;
        var plan = Router().RouteInteraction(payload);

        Assert.Equal(InboundKind.Action, plan.Event!.Kind);
        Assert.Equal("interview.finish", plan.Event.ActionId);
        Assert.Equal("sess_7f3a9c", plan.Event.ActionValue);
        Assert.Equal("1767261600.123400", plan.Event.Key.Thread);
        Assert.Equal("U0FAKEUSR02", plan.Event.Key.User);
    }

    [Theory]
    [InlineData("channel_join")]
    [InlineData("bot_message")]
    [InlineData("channel_topic")]
    public async Task Route_NonUserSubtypes_AreIgnored(string subtype)
    {
        var json = Payloads.Message(Payloads.Alice, "hello", threadTs: "1767261600.123400", subtype: subtype);
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(RouteKind.Ignore, plan.Kind);
    }

    [Fact]
    public async Task Route_OtherBotsMessage_IsIgnored()
    {
        var json = Payloads.Message("U0OTHERBOT", "I am another bot", threadTs: "1767261600.123400", botId: "B0OTHER");
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(RouteKind.Ignore, plan.Kind);
    }

    [Fact]
    public async Task Route_ChannelChatterWithoutMention_IsIgnored()
    {
        var json = Payloads.Message(Payloads.Alice, "lunch anyone?");
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(RouteKind.Ignore, plan.Kind);
    }

    [Fact]
    public async Task Route_ReplyInSomeoneElsesThread_IsIgnored()
    {
        var json = Payloads.Message(Payloads.Alice, "agreed", threadTs: "1767260000.000100", parentUser: Payloads.Bob);
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(RouteKind.Ignore, plan.Kind);
    }

    [Fact]
    public async Task Route_EditInThread_IsMessageEditedForTheEditedTs()
    {
        var json = """
            {"type":"event_callback","team_id":"T0FAKETEAM1","event_id":"EvEDIT1","authorizations":[{"team_id":"T0FAKETEAM1","user_id":"U0FAKEBOT01","is_bot":true}],
             "event":{"type":"message","subtype":"message_changed","hidden":true,"channel":"C0FAKECHAN1","ts":"1767261800.000200","channel_type":"channel",
               "message":{"type":"message","user":"U0FAKEUSR02","text":"I owned the fix &amp; measured it","ts":"1767261725.004500","thread_ts":"1767261600.123400"},
               "previous_message":{"type":"message","user":"U0FAKEUSR02","text":"I owned the fix","ts":"1767261725.004500","thread_ts":"1767261600.123400"}}}
            """;
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(InboundKind.MessageEdited, plan.Event!.Kind);
        Assert.Equal("1767261725.004500", plan.Event.MessageId);
        Assert.Equal("I owned the fix & measured it", plan.Event.Text);
        Assert.Equal("1767261600.123400", plan.Event.Key.Thread);
    }

    [Fact]
    public async Task Route_DeletionInThread_IsMessageDeleted()
    {
        var json = """
            {"type":"event_callback","team_id":"T0FAKETEAM1","event_id":"EvDEL1","authorizations":[{"team_id":"T0FAKETEAM1","user_id":"U0FAKEBOT01","is_bot":true}],
             "event":{"type":"message","subtype":"message_deleted","hidden":true,"channel":"C0FAKECHAN1","ts":"1767261900.000200","deleted_ts":"1767261725.004500","channel_type":"channel",
               "previous_message":{"type":"message","user":"U0FAKEUSR02","text":"I owned the fix","ts":"1767261725.004500","thread_ts":"1767261600.123400"}}}
            """;
        var plan = await Router().RouteEventAsync(JsonSerializer.Deserialize(json, SlackJsonContext.Default.EventEnvelope)!, default);

        Assert.Equal(InboundKind.MessageDeleted, plan.Event!.Kind);
        Assert.Equal("1767261725.004500", plan.Event.MessageId);
        Assert.Equal("U0FAKEUSR02", plan.Event.Key.User);
    }

    private static EventEnvelope Parse(string fixture) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(Payloads.Fixture(fixture)), SlackJsonContext.Default.EventEnvelope)!;
}
