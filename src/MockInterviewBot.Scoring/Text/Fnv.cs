namespace MockInterviewBot.Scoring.Text;

/// <summary>Deterministic 64-bit FNV-1a over normalized characters (same value on every machine and run).</summary>
internal static class Fnv
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Hash(ReadOnlySpan<char> normalized)
    {
        var hash = Offset;
        foreach (var c in normalized)
        {
            hash ^= c;
            hash *= Prime;
        }

        return hash;
    }

    public static ulong Hash(string normalized) => Hash(normalized.AsSpan());
}
