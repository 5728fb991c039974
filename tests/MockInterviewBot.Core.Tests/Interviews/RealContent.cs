using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;
using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>The repository's real question bank (scenarios/) and scorer, loaded once.</summary>
internal static class RealContent
{
    private static readonly Lazy<ScenarioCatalog> LazyCatalog = new(() => ScenarioCatalogLoader.Load(Path.Combine(RepoRoot(), "scenarios")));

    private static readonly Lazy<RubricSet> LazyRubrics = new(() => RubricLoader.LoadDirectory(Path.Combine(RepoRoot(), "scenarios", "rubrics")).GetOrThrow());

    public static ScenarioCatalog Catalog => LazyCatalog.Value;

    /// <summary>The real rubric-driven scorer over scenarios/rubrics.</summary>
    public static IAnswerScorer Scorer() => new AnswerScorer(LazyRubrics.Value);

    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root (MockInterviewBot.sln) not found above " + AppContext.BaseDirectory);
    }
}
