namespace MockInterviewBot.Discord.Rendering;

/// <summary>Splits long text at paragraph, line, sentence or word boundaries so each piece fits a limit.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 16);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = FindCut(rest, max);
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    /// <summary>Shortens to the limit with an ellipsis.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    private static int FindCut(string text, int max)
    {
        var window = text.AsSpan(0, max);
        var minimum = max / 2;
        foreach (var separator in new[] { "\n\n", "\n", ". ", " " })
        {
            var at = window.LastIndexOf(separator, StringComparison.Ordinal);
            if (at >= minimum)
            {
                return at + separator.Length;
            }
        }

        // Never split a surrogate pair.
        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
