using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios;

/// <summary>What loading a scenarios folder produced: the valid scenarios, every error, and one status per file.</summary>
public sealed record ScenarioLoadResult(
    IReadOnlyList<Scenario> Scenarios,
    IReadOnlyList<ContentError> Errors,
    IReadOnlyList<ScenarioFileStatus> Files)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>Number of files with at least one error.</summary>
    public int FilesWithErrors => Errors.Select(e => e.File).Distinct(StringComparer.Ordinal).Count();
}

/// <summary>One scenario file's outcome, as the admin page shows it.</summary>
public sealed record ScenarioFileStatus(string File, string? ScenarioId, IReadOnlyList<ContentError> Errors)
{
    public bool Ok => Errors.Count == 0;
}
