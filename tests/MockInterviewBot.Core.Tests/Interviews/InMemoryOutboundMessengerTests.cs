using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class InMemoryOutboundMessengerTests
{
    private static readonly Reply Hello = new ReplyBuilder(ReplyPurpose.Info).Text("hello").Build();

    [Fact]
    public async Task PostAsync_TopLevel_ReturnsNewThreadAndRecords()
    {
        var messenger = new InMemoryOutboundMessenger(Platforms.Slack);

        var first = await messenger.PostAsync(new ThreadRef(Platforms.Slack, "T1", "C1", null), Hello, CancellationToken.None);
        var reply = await messenger.PostAsync(first, Hello, CancellationToken.None);

        Assert.Equal("m1", first.Thread);
        Assert.Equal(first, reply);
        Assert.Equal(2, messenger.Records.Count);
        Assert.Null(messenger.Records[0].Thread.Thread);
    }

    [Fact]
    public async Task OutboundMessengersFor_RegisteredPlatform_ReturnsItsMessenger()
    {
        var slack = new InMemoryOutboundMessenger(Platforms.Slack);
        var messengers = new OutboundMessengers([slack, new InMemoryOutboundMessenger(Platforms.Discord)]);

        await messengers.For(Platforms.Slack)!.SendDirectAsync(new UserRef(Platforms.Slack, "T1", "U1"), Hello, CancellationToken.None);

        Assert.Equal(OutboundKind.Direct, Assert.Single(slack.Records).Kind);
        Assert.Null(messengers.For(Platforms.Web));
    }
}
