using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Core.Interviews.Replies;

/// <summary>
/// The buttons the engine offers. Session-bound buttons carry the session id as their value (optionally
/// "id:argument"), so a press by someone else is recognised.
/// </summary>
public static class SessionButtons
{
    public static string Value(string sessionId, string? argument = null) =>
        argument is null ? sessionId : $"{sessionId}:{argument}";

    /// <summary>Splits a button value into the session id and the optional argument.</summary>
    public static (string? SessionId, string? Argument) Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? (value, null) : (value[..colon], value[(colon + 1)..]);
    }

    public static Button Submit(string sessionId) => new("Submit answer", ActionIds.Submit, sessionId, ButtonStyle.Primary);

    public static Button Hint(string sessionId) => new("Hint", ActionIds.Hint, sessionId);

    public static Button Skip(string sessionId) => new("Skip", ActionIds.Skip, sessionId);

    public static Button Repeat(string sessionId) => new("Repeat", ActionIds.Repeat, sessionId);

    public static Button Example(string sessionId, string? section = null) => new("Show example", ActionIds.Example, Value(sessionId, section));

    public static Button Next(string sessionId, string label = "Next question") => new(label, ActionIds.Next, sessionId, ButtonStyle.Primary);

    public static Button Retry(string sessionId) => new("Retry", ActionIds.Retry, sessionId);

    public static Button End(string sessionId) => new("End", ActionIds.End, sessionId);

    public static Button Start(string label, string args, ButtonStyle style = ButtonStyle.Default) => new(label, ActionIds.Start, args, style);

    public static Button AnswerToo(string scenarioId) => new("Answer this too", ActionIds.AnswerToo, scenarioId, ButtonStyle.Primary);
}
