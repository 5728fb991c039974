using MockInterviewBot.TestKit;

namespace MockInterviewBot.Discord.Tests;

internal static class ClockDriver
{
    /// <summary>Moves the manual clock in steps until the condition holds (the client arms its timers asynchronously).</summary>
    public static async Task AdvanceUntilAsync(this ManualTimeProvider clock, Func<bool> condition, TimeSpan step, string what, int maxSteps = 400)
    {
        for (var i = 0; i < maxSteps; i++)
        {
            if (condition())
            {
                return;
            }

            clock.Advance(step);
            await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        Assert.Fail($"Condition not reached after {maxSteps} steps of {step}: {what}");
    }
}
