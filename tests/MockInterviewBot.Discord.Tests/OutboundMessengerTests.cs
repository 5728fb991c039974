using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Discord.Handling;
using MockInterviewBot.Discord.Tests.Fakes;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

/// <summary>Bot-initiated messages and the study-group subcommands against the fake Discord.</summary>
public sealed class OutboundMessengerTests : IAsyncLifetime
{
    private static readonly Reply Question = new()
    {
        Purpose = ReplyPurpose.Question,
        Blocks = [new HeaderBlock("Question of the day"), new TextBlock("Tell me about a time you disagreed.")],
        FallbackText = "Question of the day: Tell me about a time you disagreed.",
    };

    private readonly ManualTimeProvider _clock = new();
    private readonly ScriptedEngine _engine = new();
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private async Task<DiscordTestHost> StartReadyAsync()
    {
        var host = await DiscordTestHost.StartAsync(_fake, _engine, _clock, new Dictionary<string, string?> { ["Discord:GuildChannels"] = "true" });
        await host.State.WaitReadyAsync();
        return host;
    }

    private static IOutboundMessenger Messenger(DiscordTestHost host) =>
        Assert.Single(host.Services.GetServices<IOutboundMessenger>(), m => m.Platform == Platforms.Discord);

    [Fact]
    public async Task PostAsync_GuildChannel_PostsThenStartsThreadOnMessageAndAnswersThereReachEngine()
    {
        await using var host = await StartReadyAsync();

        var thread = await Messenger(host).PostAsync(new ThreadRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, null), Question, CancellationToken.None);

        var post = Assert.Single(_fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/messages"), c => c.Path.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Contains("disagreed", post.Body, StringComparison.Ordinal);
        Assert.Single(_fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/messages/"), c => c.Path.EndsWith("/threads", StringComparison.Ordinal));
        Assert.NotNull(thread.Thread);
        Assert.Equal(FakeDiscord.GuildChannel, thread.Channel);

        await _fake.DispatchAsync("MESSAGE_CREATE", FakeDiscord.GuildMessage("1480928853491851601", thread.Thread!, "my answer to the question of the day"));
        await _engine.Changed.WaitUntilAsync(() => _engine.Events.Count >= 1, "answer reached the engine");
        Assert.Equal(new ConversationKey(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, thread.Thread, FakeDiscord.UserId), _engine.Events[0].Key);
    }

    [Fact]
    public async Task SendDirectAsync_User_CreatesDmChannelThenPosts()
    {
        await using var host = await StartReadyAsync();

        var dm = await Messenger(host).SendDirectAsync(new UserRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.UserId), Question, CancellationToken.None);

        var open = Assert.Single(_fake.CallsTo("POST", "users/@me/channels"));
        Assert.Equal(FakeDiscord.UserId, open.Json!["recipient_id"]!.GetValue<string>());
        Assert.Equal(FakeDiscord.DmChannel, dm.Channel);
        Assert.Single(_fake.CallsTo("POST", $"channels/{FakeDiscord.DmChannel}/messages"));
    }

    [Fact]
    public async Task SendEphemeralAsync_NoInteraction_FallsBackToDm()
    {
        await using var host = await StartReadyAsync();

        await Messenger(host).SendEphemeralAsync(new ThreadRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.GuildChannel, null),
            new UserRef(Platforms.Discord, FakeDiscord.GuildId, FakeDiscord.UserId), Question, CancellationToken.None);

        Assert.Single(_fake.CallsTo("POST", $"channels/{FakeDiscord.DmChannel}/messages"));
        Assert.Empty(_fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/messages"));
    }

    [Fact]
    public async Task ScheduleSubcommand_GuildChannelWithManageChannels_NoThreadAndAdminFlagSet()
    {
        await using var host = await StartReadyAsync();
        var payload = JsonNode.Parse(FakeDiscord.SlashCommand("1480928211763339501", "schedule",
            new Dictionary<string, string> { ["options"] = "daily 09:00 Europe/Berlin mon-fri" }, guildChannel: FakeDiscord.GuildChannel))!;
        payload["member"]!["permissions"] = "16";

        await _fake.DispatchAsync("INTERACTION_CREATE", payload.ToJsonString());

        await _engine.Changed.WaitUntilAsync(() => _engine.Events.Count >= 1, "schedule command reached the engine");
        var inbound = _engine.Events[0];
        Assert.Equal("schedule daily 09:00 europe/berlin mon-fri", inbound.Text);
        Assert.Null(inbound.Key.Thread);
        Assert.True(inbound.IsChannelAdmin);
        Assert.Empty(_fake.CallsTo("POST", $"channels/{FakeDiscord.GuildChannel}/threads"));
    }

    [Theory]
    [InlineData("8", true)]
    [InlineData("2048", false)]
    [InlineData(null, null)]
    public void ManagesChannel_PermissionBits_AdminOnlyWithManageOrAdministrator(string? permissions, bool? expected) =>
        Assert.Equal(expected, DiscordEventHandler.ManagesChannel(permissions));
}
