using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Slack.Tests.Fakes;

/// <summary>The real interview engine over the repository's scenarios/ and the in-memory store.</summary>
public static class RealEngine
{
    private static readonly Lazy<IScenarioCatalog> Catalog = new(() => ScenarioCatalogLoader.Load(Path.Combine(RepoRoot(), "scenarios")));

    public static Func<IServiceProvider, IInterviewEngine> Factory(InterviewOptions? options = null) => sp =>
    {
        var store = sp.GetRequiredService<InMemoryStore>();
        return new InterviewEngine(Catalog.Value, new StubScorer(), store, store, store, store, sp.GetRequiredService<TimeProvider>(), options ?? new InterviewOptions { MaxProbes = 0 }, NullLogger<InterviewEngine>.Instance);
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

    /// <summary>Until the scoring module lands: a fixed, deterministic scorecard quoting the first words of the answer.</summary>
    private sealed class StubScorer : IAnswerScorer
    {
        public Scorecard Score(AnswerContext context)
        {
            var text = context.AnswerText;
            var quote = text.Length > 30 ? text[..30] : text;
            return new Scorecard
            {
                Overall = 70,
                Verdict = Verdict.Hire,
                Level = context.Level,
                Framework = context.Framework,
                Dimensions =
                [
                    new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "First-person actions.", Evidence = [new Evidence(quote, 0, quote.Length)] },
                    new DimensionScore { Name = Dimension.Impact, Rating = 2, Reason = "One number, no delta." },
                ],
                Signals = new Signals { HasQuantifiedResult = true, HasVerification = true, HasReflection = true, SelfInitiated = true },
                Fixes = [new Fix { Dimension = Dimension.Impact, Coaching = "Give the before and after.", BetterPhrasing = "From 4% to 0.2%." }],
                Words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                EstimatedSeconds = 60,
                TargetSeconds = 150,
            };
        }
    }
}
