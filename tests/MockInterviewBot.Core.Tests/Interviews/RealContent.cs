using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>The repository's real question bank (scenarios/) and scorer, loaded once.</summary>
internal static class RealContent
{
    private static readonly Lazy<ScenarioCatalog> LazyCatalog = new(() => ScenarioCatalogLoader.Load(Path.Combine(RepoRoot(), "scenarios")));

    public static ScenarioCatalog Catalog => LazyCatalog.Value;

    public static IAnswerScorer Scorer() => new FakeScorer();

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
