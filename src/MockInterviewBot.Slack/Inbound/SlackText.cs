using System.Globalization;
using System.Text.RegularExpressions;

namespace MockInterviewBot.Slack.Inbound;

/// <summary>Helpers for text that arrives from Slack.</summary>
internal static partial class SlackText
{
    /// <summary>Slack escapes &amp;, &lt; and &gt; in message text; the engine wants the characters.</summary>
    public static string Unescape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>Removes mentions of the bot (<c>&lt;@U…&gt;</c>, with or without a label) and trims.</summary>
    public static string StripMention(string text, string? botUserId)
    {
        if (string.IsNullOrEmpty(botUserId))
        {
            return text.Trim();
        }

        return MentionPattern().Replace(text, m => m.Groups["id"].Value == botUserId ? " " : m.Value).Trim();
    }

    public static bool Mentions(string? text, string? botUserId) =>
        !string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(botUserId)
        && text.Contains("<@" + botUserId, StringComparison.Ordinal);

    /// <summary>A Slack ts ("1767261725.004500") as a time; null when it is not one.</summary>
    public static DateTimeOffset? TimeOf(string? ts)
    {
        if (string.IsNullOrEmpty(ts) || !decimal.TryParse(ts, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000m));
    }

    [GeneratedRegex(@"<@(?<id>[A-Z0-9]+)(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
