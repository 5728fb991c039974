using System.Text;
using System.Text.RegularExpressions;
using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Slack.Rendering;

/// <summary>Slack mrkdwn: escaping, the engine's light markdown → mrkdwn, and splitting within limits.</summary>
internal static partial class Mrkdwn
{
    /// <summary>Escapes the three characters Slack treats as markup (&amp; first).</summary>
    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Converts light markdown (**bold**, _italic_, `code`, "&gt; " quotes, "- " bullets, "# " headings) to mrkdwn,
    /// escaping everything that is not markup so user words can never become mentions or links.
    /// </summary>
    public static string FromMarkdown(string? markdown)
    {
        if (string.IsNullOrEmpty(markdown))
        {
            return "";
        }

        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var builder = new StringBuilder(markdown.Length + 16);
        var inCode = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                builder.Append(Escape(line));
                continue;
            }

            if (inCode)
            {
                builder.Append(Escape(line));
                continue;
            }

            builder.Append(ConvertLine(line));
        }

        // Neutral mentions (opted-in leaderboard names, pairing partners) become Slack user mentions.
        return Mentions.Render(builder.ToString(), id => $"<@{id}>");
    }

    /// <summary>Prefixes every line with "&gt;" (a mrkdwn quote) after escaping.</summary>
    public static string Quote(string? text)
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return string.Join('\n', lines.Select(l => ">" + Escape(l)));
    }

    /// <summary>Strips light-markdown emphasis (for plain_text fields such as headers and buttons).</summary>
    public static string Plain(string? markdown) =>
        string.IsNullOrEmpty(markdown) ? "" : BoldPattern().Replace(markdown, "$1").Replace("`", "", StringComparison.Ordinal);

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }

    /// <summary>Splits text into chunks of at most <paramref name="max"/> characters at paragraph, line or word boundaries.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var window = rest.AsSpan(0, max - 1);
            var midLine = false;
            var cut = window.LastIndexOf("\n\n");
            if (cut < max / 3)
            {
                cut = window.LastIndexOf('\n');
            }

            if (cut < max / 3)
            {
                cut = window.LastIndexOf(' ');
                midLine = true;
            }

            if (cut < max / 3)
            {
                cut = char.IsHighSurrogate(rest[max - 2]) ? max - 2 : max - 1;
            }

            var head = rest[..cut].TrimEnd();
            chunks.Add(head);
            rest = midLine ? rest[cut..].TrimStart(' ') : rest[cut..].TrimStart('\n', ' ');
            var lastLine = head[(head.LastIndexOf('\n') + 1)..];
            if (midLine && lastLine.StartsWith('>') && rest.Length > 0)
            {
                // A quote cut mid-line stays a quote in the next chunk.
                rest = ">" + rest;
            }
        }

        if (rest.Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    private static string ConvertLine(string line)
    {
        var trimmed = line.TrimStart();
        var indent = line[..(line.Length - trimmed.Length)];
        if (trimmed.StartsWith("> ", StringComparison.Ordinal) || trimmed == ">")
        {
            return indent + ">" + Inline(trimmed.Length > 1 ? trimmed[2..] : "");
        }

        if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
        {
            return indent + "• " + Inline(trimmed[2..]);
        }

        var heading = HeadingPattern().Match(trimmed);
        if (heading.Success)
        {
            return indent + "*" + Escape(Plain(heading.Groups[1].Value)) + "*";
        }

        return indent + Inline(trimmed);
    }

    private static string Inline(string text) => BoldPattern().Replace(Escape(text), "*$1*");

    [GeneratedRegex(@"\*\*(.+?)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex BoldPattern();

    [GeneratedRegex(@"^#{1,6}\s+(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();
}
