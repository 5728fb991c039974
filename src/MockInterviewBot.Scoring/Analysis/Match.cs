namespace MockInterviewBot.Scoring.Analysis;

/// <summary>A lexicon phrase found in the answer: tokens [First, Last] of one sentence.</summary>
internal struct Match
{
    public int Lexicon;
    public int First;
    public int Last;
    public int Sentence;
    public bool Negated;
}
