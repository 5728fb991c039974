namespace MockInterviewBot.Scoring;

/// <summary>Settings of the scoring module (configuration section "Scoring").</summary>
public sealed class ScoringOptions
{
    public const string SectionName = "Scoring";

    /// <summary>Speaking pace used to turn words into estimated seconds (Scoring__WordsPerMinute, default 150).</summary>
    public int WordsPerMinute { get; set; } = 150;

    /// <summary>Returns an error message when the options are unusable, otherwise null.</summary>
    public string? Validate() =>
        WordsPerMinute is < 60 or > 400
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Scoring:WordsPerMinute must be between 60 and 400 (was {WordsPerMinute}).")
            : null;
}
