using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;
using MockInterviewBot.Scoring.Rubrics;

namespace MockInterviewBot.Scoring.Tests.Support;

/// <summary>The repository's real rubric files, loaded once.</summary>
internal static class TestRubrics
{
    private static readonly Lazy<RubricSet> Loaded = new(() => RubricLoader.LoadDirectory(RubricDirectory).GetOrThrow());

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Repository root (MockInterviewBot.sln) not found.");
        }
    }

    public static string RubricDirectory => Path.Combine(RepositoryRoot, "scenarios", "rubrics");

    public static RubricSet Set => Loaded.Value;

    public static AnswerScorer Scorer(int wordsPerMinute = 150) => new(Set, new ScoringOptions { WordsPerMinute = wordsPerMinute });
}
