namespace MockInterviewBot.Storage.Bench;

/// <summary>Deterministic filler text of realistic length (answers are typically 150–350 words).</summary>
internal static class BenchText
{
    private static readonly string[] Words =
    [
        "I", "noticed", "the", "checkout", "error", "rate", "climbing", "after", "the", "release", "so", "I", "pulled",
        "the", "logs", "and", "traced", "it", "to", "a", "retry", "storm", "in", "a", "service", "that", "was", "not",
        "my", "team's", "code", "nobody", "had", "filed", "a", "ticket", "I", "reproduced", "it", "locally", "wrote",
        "a", "fix", "with", "backoff", "and", "measured", "failures", "drop", "from", "0.3%", "to", "zero", "which",
        "protected", "about", "$40k", "a", "week", "in", "orders", "the", "team", "adopted", "the", "pattern", "as",
        "a", "standard", "what", "I", "learned", "is", "that", "ownership", "does", "not", "stop", "at", "the",
        "boundary", "of", "my", "repository",
    ];

    public static string Of(int words, int seed)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));
    }
}
