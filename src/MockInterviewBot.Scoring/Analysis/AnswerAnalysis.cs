using System.Buffers;
using MockInterviewBot.Scoring.Rubrics;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>
/// Tokens, sentences, phrase matches, STAR sections and first-person statements of one text.
/// Owns pooled buffers: dispose it when done.
/// </summary>
internal sealed class AnswerAnalysis : IDisposable
{
    private const int Sections = CompiledRubric.SectionCount;
    private static readonly ulong I = Fnv.Hash("i");
    private static readonly ulong We = Fnv.Hash("we");
    private static readonly ulong NotHash = Fnv.Hash("not");

    private readonly char[] _normalized;
    private ulong[] _contentHashes = [];

    private AnswerAnalysis(string text, CompiledRubric rubric)
    {
        Text = text;
        Rubric = rubric;
        _normalized = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        TextNormalizer.Normalize(text, _normalized);
        Tokens = new PooledList<Token>((text.Length / 4) + 8);
        SentenceList = new PooledList<Sentence>((text.Length / 60) + 4);
        Matches = new PooledList<Match>(64);
        Subjects = new PooledList<Subject>(32);
    }

    public string Text { get; }

    public CompiledRubric Rubric { get; }

    public ReadOnlySpan<char> Normalized => _normalized.AsSpan(0, Text.Length);

    public PooledList<Token> Tokens { get; }

    public PooledList<Sentence> SentenceList { get; }

    public PooledList<Match> Matches { get; }

    /// <summary>"I …" and "we …" statements that are not reported speech or hedges.</summary>
    public PooledList<Subject> Subjects { get; }

    public int WordCount { get; private set; }

    /// <summary>Elementary steps taken (tokens, sentences, pattern-slot comparisons); tests use it to prove linear work.</summary>
    public long Work { get; set; }

    public int FunctionWordCount { get; private set; }

    public int DistinctWordCount { get; private set; }

    /// <summary>Which sections have real evidence (a label or a cue).</summary>
    public bool[] Present { get; } = new bool[Sections];

    public bool HasLabels { get; private set; }

    public ReadOnlySpan<Sentence> Sentences => SentenceList.Span;

    public ReadOnlySpan<Token> TokenSpan => Tokens.Span;

    public static AnswerAnalysis Analyze(string text, CompiledRubric rubric)
    {
        var analysis = new AnswerAnalysis(text, rubric);
        try
        {
            Tokenizer.Tokenize(text, analysis.Normalized, rubric.NumberWords, analysis.Tokens, analysis.SentenceList);
            analysis.CountWords();
            analysis.Work = analysis.Tokens.Count + analysis.SentenceList.Count
                + Matcher.FindAll(analysis.TokenSpan, analysis.Sentences, analysis.Normalized, rubric, analysis.Matches);
            analysis.ApplyLabels();
            analysis.AssignSections();
            analysis.FindSubjects();
            return analysis;
        }
        catch
        {
            analysis.Dispose();
            throw;
        }
    }

    public string Slice(int start, int length) => Text.Substring(start, length);

    public int SectionOf(int sentence) => SentenceList[sentence].Section;

    public bool AnyMatch(int lexicon, Func<int, bool>? sentenceFilter = null) => FirstMatch(lexicon, sentenceFilter) >= 0;

    /// <summary>Index into <see cref="Matches"/> of the first non-negated match of the lexicon, or -1.</summary>
    public int FirstMatch(int lexicon, Func<int, bool>? sentenceFilter = null)
    {
        var matches = Matches.Span;
        for (var m = 0; m < matches.Length; m++)
        {
            if (matches[m].Lexicon == lexicon && !matches[m].Negated && (sentenceFilter is null || sentenceFilter(matches[m].Sentence)))
            {
                return m;
            }
        }

        return -1;
    }

    public int CountMatches(int lexicon, Func<int, bool>? sentenceFilter = null)
    {
        var count = 0;
        var lastEnd = -1;
        foreach (var match in Matches.Span)
        {
            if (match.Lexicon == lexicon && !match.Negated && match.First > lastEnd && (sentenceFilter is null || sentenceFilter(match.Sentence)))
            {
                count++;
                lastEnd = match.Last;
            }
        }

        return count;
    }

    public Evidence EvidenceOf(in Match match) => EvidenceOf(match.First, match.Last);

    public Evidence EvidenceOf(int firstToken, int lastToken)
    {
        // A match that starts on a clitic ("n't my team") quotes the whole word ("wasn't my team").
        while (firstToken > 0 && Tokens[firstToken].Alias is not null && Tokens[firstToken - 1].End == Tokens[firstToken].Start)
        {
            firstToken--;
        }

        var start = Tokens[firstToken].Start;
        var end = Tokens[lastToken].End;
        return new Evidence(Text.Substring(start, end - start), start, end - start);
    }

    /// <summary>True when the content word (hash) occurs in this text outside the given section.</summary>
    public bool ContainsContentWord(ulong hash) => Array.BinarySearch(_contentHashes, 0, ContentCount, hash) >= 0;

    public int ContentCount { get; private set; }

    /// <summary>Builds the sorted set of content-word hashes of tokens [0, endToken) (all tokens when endToken is negative).</summary>
    public void BuildContentSet(int endToken)
    {
        if (_contentHashes.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_contentHashes);
        }

        _contentHashes = ArrayPool<ulong>.Shared.Rent(Math.Max(1, Tokens.Count));
        var n = 0;
        var tokens = Tokens.Span;
        var end = endToken < 0 ? tokens.Length : Math.Min(endToken, tokens.Length);
        for (var t = 0; t < end; t++)
        {
            if (IsContentWord(tokens[t]))
            {
                _contentHashes[n++] = tokens[t].Hash;
            }
        }

        Array.Sort(_contentHashes, 0, n);
        ContentCount = n;
    }

    public bool IsContentWord(in Token token) =>
        token.Kind == TokenKind.Word && token.Alias is null && token.Length >= 4 && !Rubric.FunctionWords.Contains(token.Hash) && !token.Has(TokenFlags.Label);

    public void Dispose()
    {
        Tokens.Dispose();
        SentenceList.Dispose();
        Matches.Dispose();
        Subjects.Dispose();
        ArrayPool<char>.Shared.Return(_normalized);
        if (_contentHashes.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(_contentHashes);
            _contentHashes = [];
        }
    }

    private void CountWords()
    {
        var words = 0;
        var function = 0;
        var tokens = Tokens.Span;
        var distinct = ArrayPool<ulong>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            foreach (var token in tokens)
            {
                if (token.Kind == TokenKind.Clause || token.Alias is not null)
                {
                    continue;
                }

                distinct[words] = token.Hash;
                words++;
                if (Rubric.FunctionWords.Contains(token.Hash))
                {
                    function++;
                }
            }

            Array.Sort(distinct, 0, words);
            var unique = words == 0 ? 0 : 1;
            for (var k = 1; k < words; k++)
            {
                if (distinct[k] != distinct[k - 1])
                {
                    unique++;
                }
            }

            DistinctWordCount = unique;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(distinct);
        }

        WordCount = words;
        FunctionWordCount = function;
    }

    /// <summary>Explicit labels: a label phrase at the start of a sentence, followed by ':' / '-' or the end of the line.</summary>
    private void ApplyLabels()
    {
        var matches = Matches.Span;
        var tokens = Tokens.Span;
        foreach (var match in matches)
        {
            if (match.Lexicon < Rubric.LabelBase || match.Lexicon >= Rubric.LabelBase + Sections)
            {
                continue;
            }

            if (!tokens[match.First].Has(TokenFlags.SentenceStart))
            {
                continue;
            }

            ref var sentence = ref SentenceList[match.Sentence];
            var next = match.Last + 1;
            var endsLabel = next >= sentence.EndToken
                ? tokens[match.First].Has(TokenFlags.LineStart) || match.Last + 1 == sentence.EndToken
                : tokens[next].Kind == TokenKind.Clause && (tokens[next].Has(TokenFlags.Colon) || tokens[next].Has(TokenFlags.Dash));
            if (!endsLabel || sentence.Label >= 0)
            {
                continue;
            }

            sentence.Label = match.Lexicon - Rubric.LabelBase;
            for (var t = match.First; t <= match.Last; t++)
            {
                Tokens[t].Flags |= TokenFlags.Label;
            }

            HasLabels = true;
        }
    }

    private void AssignSections()
    {
        var n = SentenceList.Count;
        if (n == 0)
        {
            return;
        }

        var emissions = ArrayPool<float>.Shared.Rent(n * Sections);
        try
        {
            Array.Clear(emissions, 0, n * Sections);
            ComputeEmissions(emissions);
            if (HasLabels)
            {
                AssignFromLabels(emissions);
            }
            else
            {
                Viterbi(emissions, 0, n, 0);
            }

            for (var s = 0; s < n; s++)
            {
                var sentence = SentenceList[s];
                if (sentence.Label >= 0 || emissions[(s * Sections) + sentence.Section] > 0)
                {
                    Present[sentence.Section] = true;
                }
            }

            MergeUnsupported();
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
        }
    }

    private void ComputeEmissions(float[] emissions)
    {
        var tokens = Tokens.Span;
        var changeVerbs = Rubric.Id(LexiconNames.ChangeVerbs);
        var delta = Rubric.Id(LexiconNames.MetricDelta);
        var secondOrder = Rubric.Id(LexiconNames.SecondOrderEffect);
        var business = Rubric.Id(LexiconNames.BusinessImpact);
        var generic = Rubric.Id(LexiconNames.GenericReflection);
        var systemic = Rubric.Id(LexiconNames.SystemicReflection);
        var scope = Rubric.Id(LexiconNames.ScopeBoundary);
        var quantity = Rubric.Id(LexiconNames.QuantityPhrases);
        foreach (var match in Matches.Span)
        {
            var row = match.Sentence * Sections;
            var lex = match.Lexicon;
            if (lex >= Rubric.CueBase && lex < Rubric.CueBase + Sections)
            {
                var section = lex - Rubric.CueBase;
                emissions[row + section] += section == (int)StarSection.Reflection ? 1.5f : 1f;
            }
            else if (lex == changeVerbs || lex == delta || lex == secondOrder || lex == quantity)
            {
                emissions[row + (int)StarSection.Result] += 1f;
            }
            else if (lex == business)
            {
                emissions[row + (int)StarSection.Result] += 0.5f;
            }
            else if (lex == generic || lex == systemic)
            {
                emissions[row + (int)StarSection.Reflection] += 0.75f;
            }
            else if (lex == scope)
            {
                emissions[row + (int)StarSection.Task] += 0.5f;
            }
        }

        var sentences = Sentences;
        for (var s = 0; s < sentences.Length; s++)
        {
            var row = s * Sections;
            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (token.IsStrongQuantity)
                {
                    emissions[row + (int)StarSection.Result] += 0.5f;
                }

                if (token.Kind == TokenKind.Word && (token.Hash == I || token.Hash == We) && t + 1 < sentence.EndToken && IsPastTense(tokens[t + 1]))
                {
                    emissions[row + (int)StarSection.Action] += 0.75f;
                }
            }

            for (var k = 0; k < Sections; k++)
            {
                emissions[row + k] = Math.Min(emissions[row + k], 3f);
            }
        }

        if (sentences.Length > 1)
        {
            emissions[(int)StarSection.Situation] += 0.5f;
        }
    }

    private bool IsPastTense(in Token token)
    {
        if (token.Kind != TokenKind.Word || token.Alias is not null || token.Length < 4)
        {
            return false;
        }

        var text = Normalized.Slice(token.Start, token.Length);
        return text.EndsWith("ed", StringComparison.Ordinal) && !Rubric.Hedges.Contains(token.Hash);
    }

    private void AssignFromLabels(float[] emissions)
    {
        var n = SentenceList.Count;
        var s = 0;
        while (s < n && SentenceList[s].Label < 0)
        {
            s++;
        }

        if (s > 0)
        {
            Viterbi(emissions, 0, s, 0);
        }

        var current = -1;
        for (; s < n; s++)
        {
            if (SentenceList[s].Label >= 0)
            {
                current = SentenceList[s].Label;
            }

            SentenceList[s].Section = current;
        }
    }

    /// <summary>Best monotone (S → T → A → R → Reflection) assignment of sentences [from, to).</summary>
    private void Viterbi(float[] emissions, int from, int to, int firstState)
    {
        const float advance = 0.15f;
        const float startCost = 0.2f;
        var count = to - from;
        var back = ArrayPool<byte>.Shared.Rent(count * Sections);
        Span<float> score = stackalloc float[Sections];
        Span<float> next = stackalloc float[Sections];
        try
        {
            for (var k = 0; k < Sections; k++)
            {
                score[k] = k < firstState ? float.NegativeInfinity : emissions[(from * Sections) + k] - (startCost * (k - firstState));
                back[k] = (byte)k;
            }

            for (var i = 1; i < count; i++)
            {
                var row = (from + i) * Sections;
                for (var k = 0; k < Sections; k++)
                {
                    var best = float.NegativeInfinity;
                    var arg = 0;
                    for (var p = 0; p <= k; p++)
                    {
                        var candidate = score[p] - (advance * (k - p));
                        if (candidate > best)
                        {
                            best = candidate;
                            arg = p;
                        }
                    }

                    next[k] = best + emissions[row + k];
                    back[(i * Sections) + k] = (byte)arg;
                }

                next.CopyTo(score);
            }

            var state = 0;
            for (var k = 1; k < Sections; k++)
            {
                if (score[k] > score[state])
                {
                    state = k;
                }
            }

            for (var i = count - 1; i >= 0; i--)
            {
                SentenceList[from + i].Section = state;
                state = back[(i * Sections) + state];
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(back);
        }
    }

    /// <summary>Sentences of a section without any evidence join the nearest section that has evidence.</summary>
    private void MergeUnsupported()
    {
        var n = SentenceList.Count;
        var previous = -1;
        for (var s = 0; s < n; s++)
        {
            ref var sentence = ref SentenceList[s];
            if (sentence.Section >= 0 && Present[sentence.Section])
            {
                previous = sentence.Section;
            }
            else if (previous >= 0)
            {
                sentence.Section = previous;
            }
        }

        var following = -1;
        for (var s = n - 1; s >= 0; s--)
        {
            ref var sentence = ref SentenceList[s];
            if (sentence.Section >= 0 && Present[sentence.Section])
            {
                following = sentence.Section;
            }
            else
            {
                sentence.Section = following >= 0 ? following : (int)StarSection.Action;
            }
        }
    }

    private void FindSubjects()
    {
        var tokens = Tokens.Span;
        foreach (var sentence in Sentences)
        {
            var reported = false;
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind == TokenKind.Clause)
                {
                    if (token.Hash == ';')
                    {
                        reported = false;
                    }

                    continue;
                }

                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (Rubric.ReportingVerbs.Contains(token.Hash))
                {
                    reported = true;
                    continue;
                }

                if (Rubric.ClauseWords.Contains(token.Hash) && t + 1 < sentence.EndToken && (tokens[t + 1].Hash == I || tokens[t + 1].Hash == We))
                {
                    reported = false;
                    continue;
                }

                if ((token.Hash == I || token.Hash == We) && !reported && !token.Has(TokenFlags.Label))
                {
                    var verb = t + 1;
                    while (verb < sentence.EndToken && tokens[verb].Alias is not null && tokens[verb].Hash != NotHash)
                    {
                        verb++;
                    }

                    if (verb >= sentence.EndToken || tokens[verb].Kind != TokenKind.Word || Rubric.Hedges.Contains(tokens[verb].Hash))
                    {
                        continue;
                    }

                    Subjects.Add(new Subject { Token = t, VerbToken = verb, Sentence = token.Sentence, Plural = token.Hash == We });
                }
            }
        }
    }
}

internal struct Subject
{
    public int Token;
    public int VerbToken;
    public int Sentence;
    public bool Plural;
}
