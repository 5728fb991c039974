using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using Moq;

namespace MockInterviewBot.Core.Tests.Conversations;

public sealed class InboundDispatcherTests
{
    private static InboundEvent Message(string user, string id, string text = "hello") => new()
    {
        Key = new ConversationKey(Platforms.Slack, "T1", "C1", "100.1", user),
        Kind = InboundKind.Message,
        Text = text,
        MessageId = id,
        Timestamp = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public async Task TryEnqueue_StoreUnavailable_PersonIsAskedToResendPrivately()
    {
        var engine = new Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(It.IsAny<InboundEvent>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new StoreUnavailableException("database unreachable"));
        var dispatcher = new InboundDispatcher(engine.Object, NullLogger<InboundDispatcher>.Instance, partitions: 1);
        var delivered = new TaskCompletionSource<EngineResponse>(TaskCreationOptions.RunContinuationsAsynchronously);

        Assert.True(dispatcher.TryEnqueue(Message("U1", "m1"), (_, response, _) =>
        {
            delivered.TrySetResult(response);
            return Task.CompletedTask;
        }));
        dispatcher.Complete();
        await dispatcher.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        var reply = Assert.Single((await delivered.Task).Replies);
        Assert.Equal(ReplyPurpose.Error, reply.Purpose);
        Assert.Equal(ReplyVisibility.Private, reply.Visibility);
        Assert.Contains("send it again", reply.FallbackText, StringComparison.Ordinal);
        Assert.DoesNotContain("database unreachable", reply.FallbackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OneConversation_HandledInOrder_OtherFailuresDoNotStopTheQueue()
    {
        var seen = new ConcurrentQueue<string>();
        var engine = new Mock<IInterviewEngine>();
        engine.Setup(e => e.HandleAsync(It.IsAny<InboundEvent>(), It.IsAny<CancellationToken>()))
            .Returns<InboundEvent, CancellationToken>((inbound, _) =>
            {
                seen.Enqueue(inbound.MessageId);
                return inbound.MessageId == "m2"
                    ? Task.FromException<EngineResponse>(new InvalidOperationException("boom"))
                    : Task.FromResult(EngineResponse.None);
            });
        var dispatcher = new InboundDispatcher(engine.Object, NullLogger<InboundDispatcher>.Instance, partitions: 4);
        var processed = 0;
        dispatcher.Processed += _ => Interlocked.Increment(ref processed);

        for (var i = 1; i <= 20; i++)
        {
            Assert.True(dispatcher.TryEnqueue(Message("U1", $"m{i}"), (_, _, _) => Task.CompletedTask));
        }

        dispatcher.Complete();
        await dispatcher.RunAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"m{i}"), seen);
        Assert.Equal(20, processed);
        Assert.Equal(0, dispatcher.Depth);
    }

    [Fact]
    public void TryEnqueue_QueueFull_ReturnsFalse()
    {
        var dispatcher = new InboundDispatcher(Mock.Of<IInterviewEngine>(), NullLogger<InboundDispatcher>.Instance, partitions: 1, capacityPerPartition: 2);

        Assert.True(dispatcher.TryEnqueue(Message("U1", "m1"), (_, _, _) => Task.CompletedTask));
        Assert.True(dispatcher.TryEnqueue(Message("U1", "m2"), (_, _, _) => Task.CompletedTask));
        Assert.False(dispatcher.TryEnqueue(Message("U1", "m3"), (_, _, _) => Task.CompletedTask));
        Assert.Equal(2, dispatcher.Depth);
    }
}
