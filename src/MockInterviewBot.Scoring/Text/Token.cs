namespace MockInterviewBot.Scoring.Text;

internal enum TokenKind : byte
{
    Word,
    Number,

    /// <summary>Clause-boundary punctuation (comma, semicolon, colon, dash, bracket).</summary>
    Clause,
}

[Flags]
internal enum TokenFlags : ushort
{
    None = 0,
    Percent = 1,
    Currency = 2,
    Multiplier = 4,
    UnitSuffix = 8,
    NumberWord = 16,
    SentenceStart = 32,
    LineStart = 64,
    Colon = 128,
    Dash = 256,
    Label = 512,
    Ordinal = 1024,
}

/// <summary>One token of the answer: a span of the original text plus its normalized hash.</summary>
internal struct Token
{
    public int Start;
    public int Length;

    /// <summary>FNV-1a hash of the normalized (lower-case, straight-apostrophe) form.</summary>
    public ulong Hash;

    /// <summary>Normalized form when it differs from the text (clitics: "n't" is "not").</summary>
    public string? Alias;

    public int Sentence;
    public TokenKind Kind;
    public TokenFlags Flags;

    public readonly int End => Start + Length;

    public readonly bool Has(TokenFlags flag) => (Flags & flag) != 0;

    public readonly bool IsNumeric => Kind == TokenKind.Number || (Flags & TokenFlags.NumberWord) != 0;

    /// <summary>A number that carries its own unit: 0.3%, $8K, 3x, 200ms.</summary>
    public readonly bool IsStrongQuantity =>
        Kind == TokenKind.Number && (Flags & (TokenFlags.Percent | TokenFlags.Currency | TokenFlags.Multiplier | TokenFlags.UnitSuffix)) != 0;
}

internal struct Sentence
{
    public int FirstToken;
    public int EndToken;
    public int Start;
    public int End;
    public int Paragraph;

    /// <summary>Section from an explicit label, -1 when none.</summary>
    public int Label;

    /// <summary>Section assigned by detection (0..4).</summary>
    public int Section;

    public readonly int TokenCount => EndToken - FirstToken;
}
