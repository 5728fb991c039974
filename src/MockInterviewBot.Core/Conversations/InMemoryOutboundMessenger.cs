using System.Collections.Concurrent;
using System.Globalization;

namespace MockInterviewBot.Core.Conversations;

/// <summary>What an <see cref="InMemoryOutboundMessenger"/> was asked to send.</summary>
public enum OutboundKind
{
    Post,
    Direct,
    Ephemeral,
}

/// <summary>One message sent through an <see cref="InMemoryOutboundMessenger"/>; <see cref="Thread"/> is where it went.</summary>
public sealed record OutboundRecord(OutboundKind Kind, ThreadRef Thread, UserRef? User, Reply Reply);

/// <summary>
/// An <see cref="IOutboundMessenger"/> that only records (tests, local development). Top-level posts get thread ids
/// "m1", "m2"…; DMs go to channel "dm-{user}". <see cref="Sent"/> raises after each record so tests can await it.
/// </summary>
public sealed class InMemoryOutboundMessenger(string platform) : IOutboundMessenger
{
    private readonly ConcurrentQueue<OutboundRecord> _records = new();
    private int _counter;

    public string Platform { get; } = platform;

    /// <summary>Everything sent so far, in order.</summary>
    public IReadOnlyList<OutboundRecord> Records => _records.ToArray();

    public event Action<OutboundRecord>? Sent;

    public Task<ThreadRef> PostAsync(ThreadRef target, Reply reply, CancellationToken cancellationToken)
    {
        var thread = target.Thread is null
            ? target with { Thread = "m" + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture) }
            : target;
        Record(new OutboundRecord(OutboundKind.Post, target, null, reply));
        return Task.FromResult(thread);
    }

    public Task<ThreadRef> SendDirectAsync(UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        var dm = new ThreadRef(user.Platform, user.Tenant, "dm-" + user.UserId, null);
        Record(new OutboundRecord(OutboundKind.Direct, dm, user, reply));
        return Task.FromResult(dm);
    }

    public Task SendEphemeralAsync(ThreadRef channel, UserRef user, Reply reply, CancellationToken cancellationToken)
    {
        Record(new OutboundRecord(OutboundKind.Ephemeral, channel, user, reply));
        return Task.CompletedTask;
    }

    private void Record(OutboundRecord record)
    {
        _records.Enqueue(record);
        Sent?.Invoke(record);
    }
}
