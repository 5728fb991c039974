namespace MockInterviewBot.Scoring.Text;

/// <summary>
/// Splits an answer into word, number and clause tokens and into sentences, in one linear pass.
/// Handles contractions (didn't = did + not), curly quotes, markdown bullets/bold/headings,
/// numbered lists, hard-wrapped lines and several paragraphs.
/// </summary>
internal static class Tokenizer
{
    private const int MaxUnitSuffix = 3;

    private static readonly string Not = "not";
    private static readonly string Can = "can";
    private static readonly string Will = "will";
    private static readonly string Am = "am";
    private static readonly string Are = "are";
    private static readonly string Have = "have";
    private static readonly string ApostropheS = "'s";
    private static readonly string ApostropheD = "'d";

    /// <param name="text">Original text (spans point into it).</param>
    /// <param name="normalized">Normalized copy of <paramref name="text"/>, same length.</param>
    /// <param name="numberWords">Hashes of words that count as numbers (zero, two, half …); may be null.</param>
    public static void Tokenize(string text, ReadOnlySpan<char> normalized, IReadOnlySet<ulong>? numberWords, PooledList<Token> tokens, PooledList<Sentence> sentences)
    {
        var state = new State(tokens, sentences);
        var i = 0;
        var lineStart = true;
        var newlines = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                if (c == '\n' || c == '\u2028' || c == '\u2029' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    newlines++;
                }

                lineStart = true;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            if (lineStart)
            {
                lineStart = false;
                var continuation = newlines == 1 && char.IsLower(c);
                if (newlines >= 2)
                {
                    state.EndSentence();
                    state.Paragraph++;
                }
                else if (newlines == 1 && !continuation)
                {
                    state.EndSentence();
                }

                if (newlines > 0 || state.TokenCount == 0)
                {
                    state.PendingLineStart = !continuation;
                }

                newlines = 0;
                var afterMarker = SkipLineMarkers(text, i);
                if (afterMarker != i)
                {
                    state.EndSentence();
                    state.PendingLineStart = true;
                    i = afterMarker;
                    continue;
                }
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, normalized, i, numberWords, ref state);
            }
            else if (char.IsDigit(c) || (IsCurrency(c) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i = ReadNumber(text, normalized, i, ref state);
            }
            else if (c is '.' or '!' or '?' or '\u2026')
            {
                var j = i + 1;
                while (j < text.Length && text[j] is '.' or '!' or '?' or '\u2026')
                {
                    j++;
                }

                if (j >= text.Length || !char.IsLetterOrDigit(text[j]))
                {
                    state.EndSentence();
                }

                i = j;
            }
            else if (c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '\u2014' or '\u2013')
            {
                var flags = c == ':' ? TokenFlags.Colon : c is '\u2014' or '\u2013' ? TokenFlags.Dash : TokenFlags.None;
                state.Add(new Token { Start = i, Length = 1, Kind = TokenKind.Clause, Flags = flags, Hash = c });
                i++;
            }
            else if (c == '-' && (i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]) || i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                state.Add(new Token { Start = i, Length = 1, Kind = TokenKind.Clause, Flags = TokenFlags.Dash, Hash = '-' });
                i++;
            }
            else
            {
                // Markdown emphasis, quotes, emoji, symbols: not part of any token.
                i++;
            }
        }

        state.EndSentence();
    }

    private static int SkipLineMarkers(string text, int i)
    {
        var j = i;
        while (j < text.Length && text[j] is '#' or '>')
        {
            j++;
        }

        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j < text.Length && text[j] is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u2023' or '\u25E6' or '\u2013')
        {
            var k = j + 1;
            if (k < text.Length && text[k] == ' ')
            {
                return k + 1;
            }
        }
        else if (j < text.Length && char.IsDigit(text[j]))
        {
            var k = j;
            while (k < text.Length && k - j < 3 && char.IsDigit(text[k]))
            {
                k++;
            }

            if (k + 1 < text.Length && text[k] is '.' or ')' && text[k + 1] == ' ')
            {
                return k + 2;
            }
        }

        return j;
    }

    private static bool IsCurrency(char c) => c is '$' or '\u20AC' or '\u00A3' or '\u00A5';

    private static int ReadWord(string text, ReadOnlySpan<char> normalized, int start, IReadOnlySet<ulong>? numberWords, ref State state)
    {
        var i = start;
        var lastApostrophe = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (TextNormalizer.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                lastApostrophe = i;
                i++;
            }
            else
            {
                break;
            }
        }

        var length = i - start;
        if (lastApostrophe > start && TrySplitClitic(normalized, start, lastApostrophe, i, numberWords, ref state))
        {
            return i;
        }

        AddWord(normalized, start, length, null, numberWords, ref state);
        return i;
    }

    private static bool TrySplitClitic(ReadOnlySpan<char> normalized, int start, int apostrophe, int end, IReadOnlySet<ulong>? numberWords, ref State state)
    {
        var clitic = normalized[(apostrophe + 1)..end];
        var baseEnd = apostrophe;
        string? cliticAlias;
        string? baseAlias = null;
        var cliticStart = apostrophe;
        if (clitic is "t" && baseEnd - start >= 2 && normalized[baseEnd - 1] == 'n')
        {
            baseEnd--;
            cliticStart = baseEnd;
            cliticAlias = Not;
            var stem = normalized[start..baseEnd];
            if (stem is "ca")
            {
                baseAlias = Can;
            }
            else if (stem is "wo")
            {
                baseAlias = Will;
            }
            else if (stem is "sha")
            {
                baseAlias = "shall";
            }
        }
        else
        {
            cliticAlias = clitic switch
            {
                "s" => ApostropheS,
                "m" => Am,
                "re" => Are,
                "ve" => Have,
                "ll" => Will,
                "d" => ApostropheD,
                _ => null,
            };
        }

        if (cliticAlias is null)
        {
            return false;
        }

        AddWord(normalized, start, baseEnd - start, baseAlias, numberWords, ref state);
        AddWord(normalized, cliticStart, end - cliticStart, cliticAlias, numberWords, ref state);
        return true;
    }

    private static void AddWord(ReadOnlySpan<char> normalized, int start, int length, string? alias, IReadOnlySet<ulong>? numberWords, ref State state)
    {
        var hash = alias is null ? Fnv.Hash(normalized.Slice(start, length)) : Fnv.Hash(alias);
        var flags = numberWords is not null && numberWords.Contains(hash) ? TokenFlags.NumberWord : TokenFlags.None;
        state.Add(new Token { Start = start, Length = length, Hash = hash, Alias = alias, Kind = TokenKind.Word, Flags = flags });
    }

    private static int ReadNumber(string text, ReadOnlySpan<char> normalized, int start, ref State state)
    {
        var i = start;
        var flags = TokenFlags.None;
        if (IsCurrency(text[i]))
        {
            flags |= TokenFlags.Currency;
            i++;
        }

        var digitsStart = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                i++;
            }
            else if ((c is '.' or ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]) && i > digitsStart)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var digitsEnd = i;
        if (i < text.Length && text[i] == '%')
        {
            flags |= TokenFlags.Percent;
            i++;
        }
        else
        {
            var j = i;
            while (j < text.Length && char.IsLetter(text[j]))
            {
                j++;
            }

            var suffixLength = j - i;
            if (suffixLength > MaxUnitSuffix)
            {
                // "2factor…": a word that starts with digits.
                var wordLength = j - start;
                var hash = Fnv.Hash(normalized.Slice(start, wordLength));
                state.Add(new Token { Start = start, Length = wordLength, Hash = hash, Kind = TokenKind.Word });
                return j;
            }

            if (suffixLength > 0)
            {
                var suffix = normalized.Slice(i, suffixLength);
                flags |= suffix switch
                {
                    "x" => TokenFlags.Multiplier,
                    "st" or "nd" or "rd" or "th" => TokenFlags.Ordinal,
                    _ => TokenFlags.UnitSuffix,
                };
                i = j;
            }
        }

        if (i < text.Length && IsCurrency(text[i]))
        {
            flags |= TokenFlags.Currency;
            i++;
        }

        state.Add(new Token
        {
            Start = start,
            Length = i - start,
            Hash = Fnv.Hash(normalized[digitsStart..digitsEnd]),
            Kind = TokenKind.Number,
            Flags = flags,
        });
        return i;
    }

    private ref struct State(PooledList<Token> tokens, PooledList<Sentence> sentences)
    {
        private readonly PooledList<Token> _tokens = tokens;
        private readonly PooledList<Sentence> _sentences = sentences;
        private int _sentenceFirst;

        public int Paragraph;
        public bool PendingLineStart;

        public readonly int TokenCount => _tokens.Count;

        public void Add(Token token)
        {
            if (_tokens.Count == _sentenceFirst)
            {
                if (token.Kind == TokenKind.Clause)
                {
                    // A sentence never starts with punctuation.
                    return;
                }

                token.Flags |= TokenFlags.SentenceStart;
            }

            if (PendingLineStart)
            {
                token.Flags |= TokenFlags.LineStart;
                PendingLineStart = false;
            }

            token.Sentence = _sentences.Count;
            _tokens.Add(token);
        }

        public void EndSentence()
        {
            var count = _tokens.Count;
            while (count > _sentenceFirst && _tokens[count - 1].Kind == TokenKind.Clause && (_tokens[count - 1].Flags & (TokenFlags.Colon | TokenFlags.Dash)) == 0)
            {
                count--;
            }

            _tokens.Truncate(count);
            if (count == _sentenceFirst)
            {
                return;
            }

            var first = _tokens[_sentenceFirst];
            var last = _tokens[count - 1];
            _sentences.Add(new Sentence
            {
                FirstToken = _sentenceFirst,
                EndToken = count,
                Start = first.Start,
                End = last.End,
                Paragraph = Paragraph,
                Label = -1,
            });
            _sentenceFirst = count;
        }
    }
}
