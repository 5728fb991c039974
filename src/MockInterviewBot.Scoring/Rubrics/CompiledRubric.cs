using System.Collections.Frozen;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>
/// Every phrase of a rubric indexed by its first word, so one pass over the tokens finds all matches.
/// Lexicon ids: the phrase lexicons first (in <see cref="LexiconNames.Phrases"/> order), then section labels,
/// section cues, competencies and probe topics.
/// </summary>
internal sealed class CompiledRubric
{
    public const int SectionCount = 5;

    private readonly Dictionary<ulong, List<IndexedPattern>> _byFirstWord = [];
    private readonly Dictionary<int, List<IndexedPattern>> _byPrefixStart = [];
    private readonly List<IndexedPattern> _numberFirst = [];
    private readonly Dictionary<string, int> _phraseIds = new(StringComparer.Ordinal);

    public CompiledRubric(RubricDefinition definition)
    {
        Parameters = definition.Parameters;
        var names = new List<string>();
        foreach (var name in LexiconNames.Phrases)
        {
            _phraseIds[name] = names.Count;
            Add(names.Count, definition.Lexicons.GetValueOrDefault(name) ?? []);
            names.Add(name);
        }

        LabelBase = names.Count;
        for (var s = 0; s < SectionCount; s++)
        {
            Add(names.Count, definition.Sections[(StarSection)s].Labels);
            names.Add("label:" + s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        CueBase = names.Count;
        for (var s = 0; s < SectionCount; s++)
        {
            Add(names.Count, definition.Sections[(StarSection)s].Cues);
            names.Add("cue:" + s.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var competencyIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, entries) in definition.Competencies.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            competencyIds[id] = names.Count;
            Add(names.Count, entries);
            names.Add("competency:" + id);
        }

        CompetencyIds = competencyIds.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var topicIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (signal, entries) in definition.ProbeTopics.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            topicIds[signal] = names.Count;
            Add(names.Count, entries);
            names.Add("topic:" + signal);
        }

        ProbeTopicIds = topicIds.ToFrozenDictionary(StringComparer.Ordinal);
        LexiconCount = names.Count;
        Negatable = new bool[LexiconCount];
        foreach (var name in LexiconNames.Negatable)
        {
            Negatable[_phraseIds[name]] = true;
        }

        FunctionWords = WordSet(definition, LexiconNames.FunctionWords);
        NumberWords = WordSet(definition, LexiconNames.NumberWords);
        Hedges = WordSet(definition, LexiconNames.Hedges);
        ReportingVerbs = WordSet(definition, LexiconNames.ReportingVerbs);
        Negators = WordSet(definition, LexiconNames.Negators);
        ClauseWords = WordSet(definition, LexiconNames.ClauseWords);
        Units = WordSet(definition, LexiconNames.Units);
    }

    public ScoringParameters Parameters { get; }

    public int LexiconCount { get; }

    public int LabelBase { get; }

    public int CueBase { get; }

    public FrozenDictionary<string, int> CompetencyIds { get; }

    public FrozenDictionary<string, int> ProbeTopicIds { get; }

    public bool[] Negatable { get; }

    public FrozenSet<ulong> FunctionWords { get; }

    public FrozenSet<ulong> NumberWords { get; }

    public FrozenSet<ulong> Hedges { get; }

    public FrozenSet<ulong> ReportingVerbs { get; }

    public FrozenSet<ulong> Negators { get; }

    public FrozenSet<ulong> ClauseWords { get; }

    public FrozenSet<ulong> Units { get; }

    public int Id(string phraseLexicon) => _phraseIds[phraseLexicon];

    public List<IndexedPattern>? ByFirstWord(ulong hash) => _byFirstWord.GetValueOrDefault(hash);

    /// <summary>Patterns whose first word is a prefix (e.g. "monitor*"), keyed by the prefix's first two characters.</summary>
    public List<IndexedPattern>? ByPrefixStart(ReadOnlySpan<char> word) =>
        word.Length < 2 ? null : _byPrefixStart.GetValueOrDefault(PrefixKey(word[0], word[1]));

    public static int PrefixKey(char a, char b) => (a << 16) | b;

    public List<IndexedPattern> NumberFirst => _numberFirst;

    private static FrozenSet<ulong> WordSet(RubricDefinition definition, string name)
    {
        var hashes = new HashSet<ulong>();
        foreach (var entry in definition.Lexicons.GetValueOrDefault(name) ?? [])
        {
            var pattern = LexiconPattern.Parse(entry);
            foreach (var slot in pattern.Slots)
            {
                foreach (var alt in slot.Alternatives)
                {
                    if (alt.Prefix is null && !alt.IsNumber)
                    {
                        hashes.Add(alt.Hash);
                    }
                }
            }
        }

        return hashes.ToFrozenSet();
    }

    private void Add(int lexicon, IEnumerable<string> entries)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!seen.Add(entry))
            {
                continue;
            }

            var pattern = LexiconPattern.Parse(entry);
            var indexed = new IndexedPattern(lexicon, pattern.Slots);
            var first = pattern.Slots[0];
            foreach (var alt in first.Alternatives)
            {
                if (alt.IsNumber)
                {
                    _numberFirst.Add(indexed);
                }
                else if (alt.Prefix is not null)
                {
                    var key = PrefixKey(alt.Prefix[0], alt.Prefix[1]);
                    if (!_byPrefixStart.TryGetValue(key, out var list))
                    {
                        list = [];
                        _byPrefixStart[key] = list;
                    }

                    if (!list.Contains(indexed))
                    {
                        list.Add(indexed);
                    }
                }
                else
                {
                    if (!_byFirstWord.TryGetValue(alt.Hash, out var list))
                    {
                        list = [];
                        _byFirstWord[alt.Hash] = list;
                    }

                    if (!list.Contains(indexed))
                    {
                        list.Add(indexed);
                    }
                }
            }
        }
    }
}

internal sealed record IndexedPattern(int Lexicon, PatternSlot[] Slots);
