namespace MockInterviewBot.TestKit;

/// <summary>A clock the test moves by hand. Timers created from it fire when <see cref="Advance"/> passes their due time.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(Func<TimeSpan, bool> Match, TaskCompletionSource<TimeSpan> Armed)> _timerWaiters = [];
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    }

    public TimeZoneInfo Zone { get; set; } = TimeZoneInfo.Utc;

    public override TimeZoneInfo LocalTimeZone => Zone;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public void SetUtcNow(DateTimeOffset value)
    {
        lock (_gate)
        {
            if (value < _now)
            {
                throw new ArgumentOutOfRangeException(nameof(value), "Time cannot go backwards.");
            }
        }

        Advance(value - GetUtcNow());
    }

    /// <summary>Moves the clock forward, firing due timers in order.</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target).OrderBy(t => t.DueAt).FirstOrDefault();
                if (next is null)
                {
                    _now = target;
                    return;
                }

                _now = next.DueAt!.Value;
                next.Reschedule(_now);
            }

            next.Fire();
        }
    }

    /// <summary>
    /// Completes when a timer is armed (now or later) whose time left until it fires matches <paramref name="dueIn"/>,
    /// returning that time left. Lets a test see that the code under test is waiting on the clock, and for how long,
    /// before it advances the clock or asserts that nothing happened yet. Fails after <paramref name="timeout"/>
    /// (default 10 s of real time) so a missing timer ends the test instead of hanging it.
    /// </summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> dueIn, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(dueIn);
        var armed = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            foreach (var timer in _timers)
            {
                if (timer.DueAt is { } due && due > _now && dueIn(due - _now))
                {
                    return due - _now;
                }
            }

            _timerWaiters.Add((dueIn, armed));
        }

        try
        {
            return await armed.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
            lock (_gate)
            {
                _timerWaiters.RemoveAll(w => w.Armed == armed);
            }

            throw new TimeoutException("No matching timer was armed on the manual clock.");
        }
    }

    private void NotifyArmed(DateTimeOffset? dueAt)
    {
        // Called under _gate.
        if (dueAt is not { } due || due <= _now)
        {
            return;
        }

        var left = due - _now;
        for (var i = _timerWaiters.Count - 1; i >= 0; i--)
        {
            if (_timerWaiters[i].Match(left))
            {
                _timerWaiters[i].Armed.TrySetResult(left);
                _timerWaiters.RemoveAt(i);
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
            timer.Set(_now, dueTime, period);
            NotifyArmed(timer.DueAt);
        }

        return timer;
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset? DueAt { get; private set; }

        public void Set(DateTimeOffset now, TimeSpan dueTime, TimeSpan period)
        {
            _period = period;
            DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + dueTime;
        }

        public void Reschedule(DateTimeOffset now) =>
            DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : now + _period;

        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                Set(owner._now, dueTime, period);
                owner.NotifyArmed(DueAt);
            }

            return true;
        }

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
