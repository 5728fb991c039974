using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Web.Tests.Infrastructure;

/// <summary>The repository's scenarios and rubrics, loaded once per test run (the same approach as the Slack end-to-end tests).</summary>
public static class RealContent
{
    private static readonly Lazy<ScenarioLoadResult> Loaded = new(() => ScenarioLoader.LoadDirectory(Path.Combine(RepoRoot(), "scenarios")));

    private static readonly Lazy<IScenarioCatalog> LazyCatalog = new(() => Loaded.Value.ToCatalogOrThrow());

    private static readonly Lazy<IAnswerScorer> LazyScorer = new(() =>
    {
        var rubrics = RubricLoader.LoadDirectory(Path.Combine(RepoRoot(), "scenarios", "rubrics"));
        return new AnswerScorer(rubrics.Rubrics ?? throw new InvalidOperationException(string.Join("; ", rubrics.Errors)));
    });

    public static ScenarioLoadResult LoadResult => Loaded.Value;

    public static IScenarioCatalog Catalog => LazyCatalog.Value;

    public static IAnswerScorer Scorer => LazyScorer.Value;

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
