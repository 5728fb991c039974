using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class OutboundMessengerTests : IAsyncLifetime
{
    private static readonly Reply Question = new()
    {
        Purpose = ReplyPurpose.Question,
        Blocks = [new HeaderBlock("Question of the day"), new TextBlock("Tell me about a time you disagreed.")],
        FallbackText = "Question of the day: Tell me about a time you disagreed.",
    };

    private FakeSlackServer _slack = null!;
    private SlackTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackServer.StartAsync();
        _host = await SlackTestHost.StartAsync(_slack);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    private IOutboundMessenger Messenger => Assert.Single(_host.Services.GetServices<IOutboundMessenger>(), m => m.Platform == Platforms.Slack);

    [Fact]
    public async Task PostAsync_Channel_PostsTopLevelAndReturnsMessageTsAsThread()
    {
        var thread = await Messenger.PostAsync(new ThreadRef(Platforms.Slack, FakeSlackServer.Team, "C0STUDY", null), Question, CancellationToken.None);

        var call = Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage");
        Assert.Equal("C0STUDY", call.Channel);
        Assert.Null(call.ThreadTs);
        Assert.Contains("disagreed", call.BlocksJson, StringComparison.Ordinal);
        Assert.Equal("C0STUDY", thread.Channel);
        Assert.False(string.IsNullOrEmpty(thread.Thread));
    }

    [Fact]
    public async Task PostAsync_Thread_PostsReplyInThatThread()
    {
        var target = new ThreadRef(Platforms.Slack, FakeSlackServer.Team, "C0STUDY", "1767300000.000100");

        var thread = await Messenger.PostAsync(target, Question, CancellationToken.None);

        Assert.Equal("1767300000.000100", Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage").ThreadTs);
        Assert.Equal(target, thread);
    }

    [Fact]
    public async Task SendDirectAsync_User_OpensConversationThenPosts()
    {
        var dm = await Messenger.SendDirectAsync(new UserRef(Platforms.Slack, FakeSlackServer.Team, "U0PEER001"), Question, CancellationToken.None);

        var open = Assert.Single(_slack.Calls, c => c.Method == "conversations.open");
        Assert.Equal("U0PEER001", open.Str("users"));
        Assert.Equal(dm.Channel, Assert.Single(_slack.Calls, c => c.Method == "chat.postMessage").Channel);
        Assert.StartsWith("D", dm.Channel, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendEphemeralAsync_ChannelUser_PostsEphemeralToThatUser()
    {
        await Messenger.SendEphemeralAsync(new ThreadRef(Platforms.Slack, FakeSlackServer.Team, "C0STUDY", null), new UserRef(Platforms.Slack, FakeSlackServer.Team, "U0PEER001"), Question, CancellationToken.None);

        var call = Assert.Single(_slack.Calls, c => c.Method == "chat.postEphemeral");
        Assert.Equal("C0STUDY", call.Channel);
        Assert.Equal("U0PEER001", call.Str("user"));
    }
}
