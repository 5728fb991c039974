namespace MockInterviewBot.Discord.Tests;

internal static class StateExtensions
{
    public static Task WaitReadyAsync(this DiscordConnectionState state) => state.WaitUntilAsync(s => s.IsReady, "gateway ready");

    public static Task WaitUntilAsync(this DiscordConnectionState state, Func<DiscordConnectionState, bool> condition, string what)
    {
        var signal = new Fakes.Signal();
        state.Changed += _ => signal.Pulse();
        return signal.WaitUntilAsync(() => condition(state), what);
    }
}
