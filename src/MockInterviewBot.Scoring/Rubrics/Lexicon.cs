namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>A named list of phrases (see <see cref="LexiconPattern"/> for the entry syntax).</summary>
public sealed class Lexicon
{
    public Lexicon(string name, IEnumerable<string> entries)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        var patterns = new List<LexiconPattern>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (seen.Add(entry.Trim()))
            {
                patterns.Add(LexiconPattern.Parse(entry));
            }
        }

        Patterns = patterns;
    }

    public string Name { get; }

    public IReadOnlyList<LexiconPattern> Patterns { get; }

    public IReadOnlyList<string> Entries => Patterns.Select(p => p.Source).ToArray();
}
