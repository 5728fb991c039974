namespace MockInterviewBot.Scoring;

/// <summary>
/// The thirteen signal names and what each one's "concerning" state is. A probe trigger names a signal;
/// the probe fires when that signal is concerning (a positive signal that is false, a negative one that is true).
/// </summary>
public static class SignalCatalog
{
    private static readonly (string Name, bool ConcerningWhenTrue, Func<Signals, bool> Read)[] Entries =
    [
        ("weDominant", true, s => s.WeDominant),
        ("hasQuantifiedResult", false, s => s.HasQuantifiedResult),
        ("hasMetricDelta", false, s => s.HasMetricDelta),
        ("statesScopeBoundary", false, s => s.StatesScopeBoundary),
        ("selfInitiated", false, s => s.SelfInitiated),
        ("assignedByManager", true, s => s.AssignedByManager),
        ("handsOff", true, s => s.HandsOff),
        ("vagueResult", true, s => s.VagueResult),
        ("hasVerification", false, s => s.HasVerification),
        ("hasSecondOrderEffect", false, s => s.HasSecondOrderEffect),
        ("hasReflection", false, s => s.HasReflection),
        ("genericReflection", true, s => s.GenericReflection),
        ("systemicReflection", false, s => s.SystemicReflection),
    ];

    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).ToArray();

    public static bool IsKnown(string name) => Array.Exists(Entries, e => string.Equals(e.Name, name, StringComparison.Ordinal));

    public static bool Read(Signals signals, string name) => Find(name).Read(signals);

    /// <summary>True when the named signal points at a gap worth probing.</summary>
    public static bool IsConcerning(Signals signals, string name)
    {
        var entry = Find(name);
        return entry.Read(signals) == entry.ConcerningWhenTrue;
    }

    public static bool ConcerningWhenTrue(string name) => Find(name).ConcerningWhenTrue;

    private static (string Name, bool ConcerningWhenTrue, Func<Signals, bool> Read) Find(string name)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw new ArgumentException($"Unknown signal '{name}'. Known signals: {string.Join(", ", Entries.Select(e => e.Name))}.", nameof(name));
    }
}
