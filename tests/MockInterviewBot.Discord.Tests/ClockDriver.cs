using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

internal static class ClockDriver
{
    /// <summary>
    /// Moves the manual clock until the condition holds, each time by exactly as much as the client's next short timer
    /// (backoff, identify window, invalid-session wait) needs; heartbeats and REST timeouts (14 s and more) are left alone.
    /// When no such timer is armed within a second of real time the condition is checked again.
    /// </summary>
    public static async Task AdvanceUntilAsync(this ManualTimeProvider clock, Func<bool> condition, string what, int maxSteps = 50)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (condition())
            {
                return;
            }

            var armed = clock.WaitForTimerAsync(d => d < TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(1));
            await armed.ContinueWith(_ => { }, TaskScheduler.Default);
            if (armed.IsCompletedSuccessfully)
            {
                clock.Advance(armed.Result);
            }
        }

        Assert.True(condition(), $"Condition not reached after {maxSteps} steps: {what}");
    }
}
