using System.Text.RegularExpressions;

namespace MockInterviewBot.Core.Conversations;

/// <summary>
/// A person named in a reply's text in platform-neutral form. Adapters render it as the platform's display
/// mention (Slack <c>&lt;@U…&gt;</c>, Discord <c>&lt;@…&gt;</c> sent with no allowed mentions); plain text shows
/// <c>@id</c>. Only features that may name someone (opted-in leaderboard entries, pairing partners) create them.
/// The markers are private-use characters, so ordinary text never forms one.
/// </summary>
public static partial class Mentions
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <summary>A mention of the user id (ids with characters outside letters, digits, '_', '-' and '.' are refused).</summary>
    public static string Of(string userId)
    {
        if (string.IsNullOrEmpty(userId) || !IdPattern().IsMatch(userId))
        {
            throw new ArgumentException("Not a platform user id.", nameof(userId));
        }

        return $"{Open}@{userId}{Close}";
    }

    /// <summary>Replaces every mention with <paramref name="render"/>(user id).</summary>
    public static string Render(string text, Func<string, string> render)
    {
        ArgumentNullException.ThrowIfNull(render);
        return string.IsNullOrEmpty(text) || text.IndexOf(Open, StringComparison.Ordinal) < 0
            ? text
            : MentionPattern().Replace(text, m => render(m.Groups[1].Value));
    }

    /// <summary>The user ids mentioned in the text, in order.</summary>
    public static IReadOnlyList<string> UserIdsIn(string text) =>
        string.IsNullOrEmpty(text) ? [] : MentionPattern().Matches(text).Select(m => m.Groups[1].Value).ToArray();

    /// <summary>Plain-text form: "@id".</summary>
    public static string ToPlain(string text) => Render(text, id => "@" + id);

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("\uE000@([A-Za-z0-9_.-]{1,64})\uE001")]
    private static partial Regex MentionPattern();
}
