using System.Collections.Concurrent;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Discord.Tests.Fakes;

/// <summary>A stand-in engine: records every event and answers with one reply (plus a Hint button), or a scripted one.</summary>
public sealed class ScriptedEngine : IInterviewEngine
{
    private readonly ConcurrentQueue<InboundEvent> _events = new();

    public IReadOnlyList<InboundEvent> Events => [.. _events];

    public Func<InboundEvent, EngineResponse>? Respond { get; set; }

    public Signal Changed { get; } = new();

    public Task<EngineResponse> HandleAsync(InboundEvent inbound, CancellationToken cancellationToken)
    {
        _events.Enqueue(inbound);
        Changed.Pulse();
        var response = Respond?.Invoke(inbound) ?? new EngineResponse(
        [
            new Reply
            {
                Purpose = ReplyPurpose.Info,
                Blocks =
                [
                    new TextBlock($"got {inbound.Kind} '{inbound.Text}{inbound.ActionId}'"),
                    new ActionsBlock([new Button("Hint", ActionIds.Hint, "session-1")]),
                ],
                FallbackText = "got it",
            },
        ]) { SessionId = "session-1" };
        return Task.FromResult(response);
    }
}
