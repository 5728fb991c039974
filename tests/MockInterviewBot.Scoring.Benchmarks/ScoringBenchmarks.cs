using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using MockInterviewBot.Scenarios.Rubrics;

namespace MockInterviewBot.Scoring.Benchmarks;

/// <summary>
/// Scoring 50-, 350- and 1,500-word answers beside a baseline over the same text (one Regex word count).
/// Target: the 350-word answer in under 20x its baseline and under 64 KB allocated.
/// Run: dotnet run -c Release --project tests/MockInterviewBot.Scoring.Benchmarks -- --filter '*' --job short
/// </summary>
[MemoryDiagnoser]
public partial class ScoringBenchmarks
{
    private const string Story =
        "While working as an SDE2, I noticed a 0.3% webhook drop rate in the Platform team's payment notification service. " +
        "This service was not my team's responsibility, no ticket existed, and nobody had asked me to investigate. " +
        "I pulled the webhook delivery logs to analyze failure patterns. I traced the root cause to missing retry logic in edge cases. " +
        "I reproduced the failure locally to confirm the fix. I wrote a minimal fix adding retry and dead letter queue alerts. " +
        "I submitted a ready-to-merge PR to the Platform team and coordinated the rollout with their tech lead. " +
        "The webhook drop rate dropped from 0.3% to zero. This fix recovered an estimated $8K per week in lost payment notifications. " +
        "The Platform team adopted my alert pattern as a standard in their webhook templates. " +
        "I realized the real root cause was the lack of a shared reliability SLO across teams, an organizational gap beyond code. ";

    private AnswerScorer _scorer = null!;
    private AnswerContext _context = null!;

    [Params(50, 350, 1500)]
    public int Words { get; set; }

    public string Text { get; private set; } = string.Empty;

    [GeneratedRegex(@"\b\w+\b", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? Environment.CurrentDirectory;
        _scorer = new AnswerScorer(RubricLoader.LoadDirectory(Path.Combine(root, "scenarios", "rubrics")).GetOrThrow());
        Text = MakeAnswer(Words);
        _context = new AnswerContext
        {
            AnswerText = Text,
            QuestionText = "Tell me about a time you taught yourself a skill to solve a problem.",
            Level = Level.Senior,
            Framework = Frameworks.Amazon,
            Competency = "learn-and-be-curious",
        };
    }

    [Benchmark(Baseline = true)]
    public int RegexWordCount() => WordRegex().Count(Text);

    [Benchmark]
    public Scorecard Score() => _scorer.Score(_context);

    public static string MakeAnswer(int words)
    {
        var all = Story.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            sb.Append(all[i % all.Length]).Append(i % 60 == 59 ? "\n\n" : " ");
        }

        return sb.ToString().TrimEnd();
    }
}
