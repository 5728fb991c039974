namespace MockInterviewBot.Discord.Tests.Fakes;

/// <summary>Lets tests await "some condition became true" without sleeping: every change pulses the signal.</summary>
public sealed class Signal
{
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var changed = Volatile.Read(ref _changed).Task;
            if (condition())
            {
                return;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"Timed out waiting for: {what}");
            }

            // Re-check at least every 50 ms in case a change is not pulsed (e.g. state owned by the client).
            await Task.WhenAny(changed, Task.Delay(TimeSpan.FromMilliseconds(Math.Min(50, left.TotalMilliseconds))));
        }
    }
}
