using System.Collections.Concurrent;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>
/// A clock whose time and timers (Task.Delay, Polly delays, CancellationTokenSource timeouts) run
/// <see cref="Scale"/> times faster than the wall clock; each requested delay is recorded. Lets end-to-end tests keep Slack's
/// pacing and Retry-After logic switched on without waiting seconds.
/// </summary>
public sealed class ScaledTimeProvider(double scale = 1000) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();
    private readonly DateTimeOffset _start = System.GetUtcNow();
    private readonly long _startTimestamp = System.GetTimestamp();

    public double Scale { get; } = scale;

    /// <summary>Due times asked for, unscaled.</summary>
    public IReadOnlyList<TimeSpan> Requested => _requested.ToArray();

    /// <summary>The clock runs <see cref="Scale"/> times faster than the wall clock, so timers and time agree.</summary>
    public override DateTimeOffset GetUtcNow() => _start + (System.GetElapsedTime(_startTimestamp) * Scale);

    public override long GetTimestamp() => _startTimestamp + (long)((System.GetTimestamp() - _startTimestamp) * Scale);

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
