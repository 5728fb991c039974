namespace MockInterviewBot.Scoring.Text;

/// <summary>Character-level normalization that keeps indices 1:1 with the original text.</summary>
internal static class TextNormalizer
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4';

    public static char Normalize(char c)
    {
        if (IsApostrophe(c))
        {
            return '\'';
        }

        return c switch
        {
            '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static void Normalize(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Normalize(source[i]);
        }
    }

    public static string Normalize(string source)
    {
        return string.Create(source.Length, source, static (span, s) => Normalize(s.AsSpan(), span));
    }
}
