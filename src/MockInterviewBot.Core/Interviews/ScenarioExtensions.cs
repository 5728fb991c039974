using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Core.Interviews;

public static class ScenarioExtensions
{
    /// <summary>The scenario's primary (first) competency id, if it lists any.</summary>
    public static string? PrimaryCompetency(this Scenario scenario) =>
        scenario.Competencies.Count > 0 ? scenario.Competencies[0] : null;
}
