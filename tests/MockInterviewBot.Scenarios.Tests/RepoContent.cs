using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios.Tests;

/// <summary>The repository's scenario bank, loaded once for the content tests (fails loudly if any file is invalid).</summary>
internal static class RepoContent
{
    private static readonly Lazy<Scenario[]> Loaded = new(Load);

    public static IReadOnlyList<Scenario> Scenarios => Loaded.Value;

    public static Scenario ById(string id) => Scenarios.Single(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    private static Scenario[] Load()
    {
        var result = ScenarioLoader.LoadDirectory(RepoPaths.Scenarios);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("scenarios/ has errors:" + Environment.NewLine + string.Join(Environment.NewLine, result.Errors));
        }

        return result.Scenarios.OrderBy(s => s.Id, StringComparer.Ordinal).ToArray();
    }
}
