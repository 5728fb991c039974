using System.Buffers;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>How many content words of a short text (question, key phrase) occur in the answer.</summary>
internal static class TextOverlap
{
    public static (int Found, int Total) Count(string text, AnswerAnalysis answer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (0, 0);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        using var tokens = new PooledList<Token>((text.Length / 4) + 4);
        using var sentences = new PooledList<Sentence>(4);
        Span<ulong> seen = stackalloc ulong[32];
        var distinct = 0;
        var found = 0;
        try
        {
            TextNormalizer.Normalize(text, buffer);
            Tokenizer.Tokenize(text, buffer.AsSpan(0, text.Length), null, tokens, sentences);
            foreach (var token in tokens.Span)
            {
                if (distinct >= seen.Length || !answer.IsContentWord(token) || seen[..distinct].Contains(token.Hash))
                {
                    continue;
                }

                seen[distinct++] = token.Hash;
                if (answer.ContainsContentWord(token.Hash))
                {
                    found++;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        return (found, distinct);
    }
}
