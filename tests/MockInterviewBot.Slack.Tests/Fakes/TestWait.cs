using Microsoft.Extensions.DependencyInjection;

namespace MockInterviewBot.Slack.Tests.Fakes;

public static class TestWait
{
    /// <summary>Polls a condition (yielding, no sleeps) until it holds; fails after 10 s.</summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met within 10 s.");
            }

            await Task.Yield();
            await Task.Delay(5);
        }
    }

    public static TimeProvider GetTime(this IServiceProvider services) => services.GetRequiredService<TimeProvider>();
}
