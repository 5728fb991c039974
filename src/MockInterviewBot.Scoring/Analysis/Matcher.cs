using MockInterviewBot.Scoring.Rubrics;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>Finds every rubric phrase in the tokens in one pass (work is linear in the number of tokens); returns the work done.</summary>
internal static class Matcher
{
    public static long FindAll(ReadOnlySpan<Token> tokens, ReadOnlySpan<Sentence> sentences, ReadOnlySpan<char> normalized, CompiledRubric rubric, PooledList<Match> matches)
    {
        long work = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (token.Kind == TokenKind.Clause)
                {
                    continue;
                }

                if (token.Kind == TokenKind.Word)
                {
                    var candidates = rubric.ByFirstWord(token.Hash);
                    if (candidates is not null)
                    {
                        TryAll(candidates, tokens, normalized, t, sentence, s, rubric, matches, ref work);
                    }

                    var text = token.Alias is null ? normalized.Slice(token.Start, token.Length) : token.Alias.AsSpan();
                    var prefixed = rubric.ByPrefixStart(text);
                    if (prefixed is not null)
                    {
                        TryAll(prefixed, tokens, normalized, t, sentence, s, rubric, matches, ref work);
                    }
                }

                if (token.IsNumeric)
                {
                    TryAll(rubric.NumberFirst, tokens, normalized, t, sentence, s, rubric, matches, ref work);
                }
            }
        }

        return work;
    }

    private static void TryAll(List<IndexedPattern> candidates, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> normalized, int t, Sentence sentence, int s, CompiledRubric rubric, PooledList<Match> matches, ref long work)
    {
        foreach (var pattern in candidates)
        {
            var last = MatchFrom(pattern.Slots, 0, tokens, normalized, t, sentence.EndToken, ref work);
            if (last >= t)
            {
                var negated = rubric.Negatable.Length > pattern.Lexicon && rubric.Negatable[pattern.Lexicon] && IsNegated(tokens, t, sentence.FirstToken, rubric, ref work);
                matches.Add(new Match { Lexicon = pattern.Lexicon, First = t, Last = last, Sentence = s, Negated = negated });
            }
        }
    }

    /// <summary>Returns the index of the last matched token, or -1.</summary>
    private static int MatchFrom(PatternSlot[] slots, int si, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> normalized, int ti, int end, ref long work)
    {
        work++;
        if (si == slots.Length)
        {
            return ti - 1;
        }

        var slot = slots[si];
        if (slot.Kind == SlotKind.Gap)
        {
            for (var g = 0; g <= LexiconPattern.MaxGap && ti + g <= end; g++)
            {
                if (g > 0 && tokens[ti + g - 1].Kind == TokenKind.Clause)
                {
                    break;
                }

                var r = MatchFrom(slots, si + 1, tokens, normalized, ti + g, end, ref work);
                if (r >= 0)
                {
                    return r;
                }
            }

            return -1;
        }

        if (ti < end && SlotMatches(slot, tokens[ti], normalized))
        {
            var r = MatchFrom(slots, si + 1, tokens, normalized, ti + 1, end, ref work);
            if (r >= 0)
            {
                return r;
            }
        }

        return slot.Optional ? MatchFrom(slots, si + 1, tokens, normalized, ti, end, ref work) : -1;
    }

    private static bool SlotMatches(PatternSlot slot, in Token token, ReadOnlySpan<char> normalized)
    {
        if (token.Kind == TokenKind.Clause)
        {
            return false;
        }

        if (token.Kind == TokenKind.Word && slot.Literals.Contains(token.Hash))
        {
            return true;
        }

        foreach (var alt in slot.Special)
        {
            if (alt.IsNumber)
            {
                if (token.IsNumeric && !token.Has(TokenFlags.Ordinal))
                {
                    return true;
                }
            }
            else if (token.Kind == TokenKind.Word)
            {
                var text = token.Alias is null ? normalized.Slice(token.Start, token.Length) : token.Alias.AsSpan();
                if (text.StartsWith(alt.Prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when a negator (not, never, without, nobody …) precedes the match in the same clause.</summary>
    public static bool IsNegated(ReadOnlySpan<Token> tokens, int first, int sentenceFirst, CompiledRubric rubric, ref long work)
    {
        // A clause rarely runs longer than this; the bound keeps the scan constant per match.
        const int maxLookBack = 16;
        for (var k = first - 1; k >= sentenceFirst && k >= first - maxLookBack; k--)
        {
            work++;
            var token = tokens[k];
            if (token.Kind == TokenKind.Clause)
            {
                return false;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (rubric.Negators.Contains(token.Hash))
            {
                return true;
            }

            if (rubric.ClauseWords.Contains(token.Hash))
            {
                return false;
            }
        }

        return false;
    }
}
