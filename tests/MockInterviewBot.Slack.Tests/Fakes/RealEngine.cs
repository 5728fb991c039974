using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>The real interview engine with the real scorer and rubrics over the repository's scenarios/ and the in-memory store.</summary>
public static class RealEngine
{
    private static readonly Lazy<IScenarioCatalog> Catalog = new(() => ScenarioCatalogLoader.Load(Path.Combine(RepoRoot(), "scenarios")));

    private static readonly Lazy<IAnswerScorer> Scorer = new(() =>
    {
        var rubrics = RubricLoader.LoadDirectory(Path.Combine(RepoRoot(), "scenarios", "rubrics"));
        return new AnswerScorer(rubrics.Rubrics ?? throw new InvalidOperationException(string.Join("; ", rubrics.Errors)));
    });

    /// <summary>The repository's question bank (for adapters that read it, e.g. the App Home drill suggestion).</summary>
    public static IScenarioCatalog Scenarios => Catalog.Value;

    public static Func<IServiceProvider, IInterviewEngine> Factory(InterviewOptions? options = null) => sp =>
    {
        var store = sp.GetRequiredService<InMemoryStore>();
        return new InterviewEngine(Catalog.Value, Scorer.Value, store, store, store, store, sp.GetRequiredService<TimeProvider>(), options ?? new InterviewOptions { MaxProbes = 0 }, NullLogger<InterviewEngine>.Instance,
            sp.GetServices<Core.Interviews.Commands.IChatCommand>());
    };

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
