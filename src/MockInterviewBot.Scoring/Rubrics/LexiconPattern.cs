using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Rubrics;

/// <summary>
/// One lexicon entry, compiled. Syntax (words separated by spaces, matched case-insensitively on whole
/// tokens, never across sentences):
/// <list type="bullet">
/// <item><c>not my team</c> — literal words; contractions are expanded ("wasn't" = "was not");
/// hyphenated words are split ("cross-team" = "cross team").</item>
/// <item><c>told|informed</c> — alternatives for one word.</item>
/// <item><c>monitor*</c> — a word starting with "monitor".</item>
/// <item><c>had?</c> — an optional word.</item>
/// <item><c>#</c> — a number (0.3%, $8K, 40) or a number word (zero, two, half).</item>
/// <item><c>...</c> — up to four words of any kind in between.</item>
/// </list>
/// </summary>
public sealed class LexiconPattern
{
    internal const int MaxGap = 4;

    private LexiconPattern(string source, PatternSlot[] slots)
    {
        Source = source;
        Slots = slots;
    }

    public string Source { get; }

    internal PatternSlot[] Slots { get; }

    public static LexiconPattern Parse(string source) =>
        TryParse(source, out var pattern, out var error) ? pattern : throw new FormatException(error);

    public static bool TryParse(string? source, [NotNullWhen(true)] out LexiconPattern? pattern, [NotNullWhen(false)] out string? error)
    {
        pattern = null;
        if (string.IsNullOrWhiteSpace(source))
        {
            error = "must be a non-empty phrase";
            return false;
        }

        if (source.Length > 400)
        {
            error = "must be at most 400 characters";
            return false;
        }

        var slots = new List<PatternSlot>();
        foreach (var part in source.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParsePart(part, slots, out error))
            {
                error = $"'{source}': {error}";
                return false;
            }
        }

        if (slots.Count == 0 || slots[0].Kind == SlotKind.Gap || slots[^1].Kind == SlotKind.Gap)
        {
            error = $"'{source}': '...' must stand between two words";
            return false;
        }

        for (var i = 1; i < slots.Count; i++)
        {
            if (slots[i].Kind == SlotKind.Gap && slots[i - 1].Kind == SlotKind.Gap)
            {
                error = $"'{source}': two '...' in a row";
                return false;
            }
        }

        if (slots.TrueForAll(s => s.Optional || s.Kind == SlotKind.Gap))
        {
            error = $"'{source}': needs at least one required word";
            return false;
        }

        if (slots[0].Optional)
        {
            error = $"'{source}': the first word cannot be optional";
            return false;
        }

        pattern = new LexiconPattern(source, [.. slots]);
        error = null;
        return true;
    }

    private static bool TryParsePart(string part, List<PatternSlot> slots, [NotNullWhen(false)] out string? error)
    {
        error = null;
        if (part == "...")
        {
            slots.Add(PatternSlot.Gap);
            return true;
        }

        var optional = part.EndsWith('?');
        var body = optional ? part[..^1] : part;
        if (body.Length == 0)
        {
            error = "'?' must follow a word";
            return false;
        }

        var alternatives = body.Split('|');
        if (alternatives.Length == 1 && body != "#" && !body.EndsWith('*'))
        {
            // A single literal may expand to several tokens ("wasn't", "cross-team").
            if (!TryTokenize(body, out var hashes, out error))
            {
                return false;
            }

            if (optional && hashes.Length > 1)
            {
                error = $"'{part}': only a single word can be optional";
                return false;
            }

            foreach (var hash in hashes)
            {
                slots.Add(new PatternSlot(SlotKind.Word, [new PatternAlternative(hash, null, false)], optional));
            }

            return true;
        }

        var alts = new List<PatternAlternative>();
        foreach (var alt in alternatives)
        {
            if (alt.Length == 0)
            {
                error = $"'{part}': empty alternative";
                return false;
            }

            if (alt == "#")
            {
                alts.Add(new PatternAlternative(0, null, true));
                continue;
            }

            if (alt.EndsWith('*'))
            {
                var prefix = TextNormalizer.Normalize(alt[..^1]);
                if (prefix.Length < 2 || !prefix.All(c => char.IsLetterOrDigit(c) || c == '\''))
                {
                    error = $"'{alt}': a prefix needs at least two letters before '*'";
                    return false;
                }

                alts.Add(new PatternAlternative(0, prefix, false));
                continue;
            }

            if (!TryTokenize(alt, out var hashes, out error))
            {
                return false;
            }

            if (hashes.Length != 1)
            {
                error = $"'{alt}': an alternative must be one word (write contractions and hyphenated words as separate entries)";
                return false;
            }

            alts.Add(new PatternAlternative(hashes[0], null, false));
        }

        slots.Add(new PatternSlot(SlotKind.Word, [.. alts], optional));
        return true;
    }

    private static bool TryTokenize(string literal, [NotNullWhen(true)] out ulong[]? hashes, [NotNullWhen(false)] out string? error)
    {
        hashes = null;
        foreach (var c in literal)
        {
            if (!(char.IsLetterOrDigit(c) || TextNormalizer.IsApostrophe(c) || c is '-' or '%' or '$' or '.'))
            {
                error = $"'{literal}': unexpected character '{c}' (use words, '|', '*', '?', '#', '...')";
                return false;
            }
        }

        var normalized = TextNormalizer.Normalize(literal);
        using var tokens = new PooledList<Token>(8);
        using var sentences = new PooledList<Sentence>(2);
        Tokenizer.Tokenize(literal, normalized, null, tokens, sentences);
        var result = new List<ulong>();
        foreach (var token in tokens.Span)
        {
            if (token.Kind == TokenKind.Clause)
            {
                error = $"'{literal}': punctuation is not allowed inside a word";
                return false;
            }

            result.Add(token.Hash);
        }

        if (result.Count == 0 || sentences.Count != 1)
        {
            error = $"'{literal}': not a word";
            return false;
        }

        hashes = [.. result];
        error = null;
        return true;
    }
}

internal enum SlotKind : byte
{
    Word,
    Gap,
}

internal readonly record struct PatternAlternative(ulong Hash, string? Prefix, bool IsNumber);

internal sealed record PatternSlot(SlotKind Kind, PatternAlternative[] Alternatives, bool Optional)
{
    public static PatternSlot Gap { get; } = new(SlotKind.Gap, [], false);

    /// <summary>The literal alternatives as a set (one lookup instead of a scan).</summary>
    public FrozenSet<ulong> Literals { get; } =
        Alternatives.Where(a => a.Prefix is null && !a.IsNumber).Select(a => a.Hash).ToFrozenSet();

    /// <summary>Prefix and number alternatives, checked one by one.</summary>
    public PatternAlternative[] Special { get; } = Alternatives.Where(a => a.Prefix is not null || a.IsNumber).ToArray();
}
