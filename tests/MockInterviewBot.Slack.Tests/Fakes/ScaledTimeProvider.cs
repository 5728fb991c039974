using System.Collections.Concurrent;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>
/// Wall-clock time (so request signatures stay fresh), but timers (Task.Delay, Polly delays, CancellationTokenSource
/// timeouts) fire <see cref="Scale"/> times sooner; each requested delay is recorded. Lets end-to-end tests keep Slack's
/// pacing and Retry-After logic switched on without waiting seconds.
/// </summary>
public sealed class ScaledTimeProvider(double scale = 1000) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public double Scale { get; } = scale;

    /// <summary>Due times asked for, unscaled.</summary>
    public IReadOnlyList<TimeSpan> Requested => _requested.ToArray();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _requested.Enqueue(dueTime);
        }

        return new ScaledTimer(this, System.CreateTimer(callback, state, Scaled(dueTime), Scaled(period)));
    }

    private TimeSpan Scaled(TimeSpan value) =>
        value == Timeout.InfiniteTimeSpan || value <= TimeSpan.Zero ? value : TimeSpan.FromTicks(Math.Max(1, (long)(value.Ticks / Scale)));

    private sealed class ScaledTimer(ScaledTimeProvider owner, ITimer inner) : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => inner.Change(owner.Scaled(dueTime), owner.Scaled(period));

        public void Dispose() => inner.Dispose();

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
