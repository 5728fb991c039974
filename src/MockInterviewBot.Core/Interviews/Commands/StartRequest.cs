using System.Globalization;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Commands;

/// <summary>What <c>start</c> was asked for; null members fall back to the person's settings, then to defaults.</summary>
public sealed record StartRequest
{
    public InterviewMode? Mode { get; init; }
    public string? Framework { get; init; }
    public string? Competency { get; init; }
    public Level? Level { get; init; }
    public string? Role { get; init; }
    public Difficulty? Difficulty { get; init; }
    public string? ScenarioId { get; init; }

    /// <summary>Mock: number of questions in the round.</summary>
    public int? Count { get; init; }

    /// <summary>"test this pattern": a quiz on the pattern of the question the person just worked on.</summary>
    public bool ThisPattern { get; init; }

    /// <summary>Writes the request back as start arguments, so it can ride on a button value.</summary>
    public string ToArgs()
    {
        var parts = new List<string>();
        if (Mode is { } mode)
        {
            parts.Add(Vocabulary.ModeWord(mode));
        }

        if (Framework is not null)
        {
            parts.Add(Framework);
        }

        if (Competency is not null)
        {
            parts.Add(Competency);
        }

        if (Level is { } level)
        {
            parts.Add(Vocabulary.LevelWord(level));
        }

        if (Difficulty is { } difficulty)
        {
            parts.Add(Vocabulary.DifficultyWord(difficulty));
        }

        if (Count is { } count)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture));
        }

        if (Role is not null)
        {
            parts.Add("--role");
            parts.Add(Role);
        }

        if (ScenarioId is not null)
        {
            parts.Add("--scenario");
            parts.Add(ScenarioId);
        }

        if (ThisPattern)
        {
            parts.Add("--pattern");
        }

        return string.Join(' ', parts);
    }
}
