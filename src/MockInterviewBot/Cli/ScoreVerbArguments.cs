namespace MockInterviewBot.Cli;

/// <summary>Arguments of <c>score</c>: a scenario id or a question text, the level, the framework, and --json.</summary>
public sealed record ScoreVerbArguments(string? ScenarioId = null, string? Question = null, string? Level = null, string? Framework = null, bool Json = false);
