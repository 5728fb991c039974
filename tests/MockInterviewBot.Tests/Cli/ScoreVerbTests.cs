using System.Text.Json;
using MockInterviewBot.Cli;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;
using Moq;

namespace MockInterviewBot.Tests.Cli;

public sealed class ScoreVerbTests
{
    private const string Answer =
        "While working as an SDE2, I noticed a 0.3% webhook drop rate in another team's payment service. It was not my team's service and nobody had asked me to look. " +
        "I pulled the delivery logs, I traced the drops to a missing retry, I reproduced the failure locally and I wrote a fix with a dead letter queue alert. " +
        "The drop rate went from 0.3% to zero and the other team adopted the alert as a standard. I realized the real gap was the lack of a shared SLO across teams.";

    private static readonly Lazy<AnswerScorer> RealScorer = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        return new AnswerScorer(RubricLoader.LoadDirectory(Path.Combine(dir!.FullName, "scenarios", "rubrics")).GetOrThrow());
    });

    private static async Task<(int Exit, string Out, string Err)> RunAsync(ScoreVerbArguments args, string stdin, IAnswerScorer? scorer = null, IScenarioCatalog? catalog = null)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await ScoreVerb.RunAsync(args, input, output, error, scorer ?? RealScorer.Value, catalog, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task RunAsync_Json_PrintsScorecardWithExactNamesAndExitsZero()
    {
        var (exit, stdout, stderr) = await RunAsync(new ScoreVerbArguments(Question: "Tell me about a time you fixed something outside your team.", Level: "senior", Framework: "amazon", Json: true), Answer);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Contains(doc.RootElement.GetProperty("verdict").GetString(), new[] { "StrongHire", "Hire" });
        Assert.Equal("senior", doc.RootElement.GetProperty("level").GetString());
        Assert.Equal("amazon", doc.RootElement.GetProperty("framework").GetString());
        Assert.True(doc.RootElement.GetProperty("signals").GetProperty("statesScopeBoundary").GetBoolean());
    }

    [Fact]
    public async Task RunAsync_Readable_PrintsVerdictDimensionsAndEvidence()
    {
        var (exit, stdout, _) = await RunAsync(new ScoreVerbArguments(), Answer);

        Assert.Equal(0, exit);
        Assert.StartsWith("Verdict: ", stdout, StringComparison.Ordinal);
        Assert.Contains("ownership", stdout, StringComparison.Ordinal);
        Assert.Contains("\"I pulled\"", stdout, StringComparison.Ordinal);
        Assert.Contains("Sections", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TooShortAnswer_IsNotScoredButExitsZero()
    {
        var (exit, stdout, stderr) = await RunAsync(new ScoreVerbArguments(Json: true), "I fixed it.");

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("NotScored", doc.RootElement.GetProperty("verdict").GetString());
        Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n ")]
    public async Task RunAsync_EmptyStdin_ExitsTwoWithOneLineMessage(string stdin)
    {
        var scorer = new Mock<IAnswerScorer>(MockBehavior.Strict);
        var (exit, stdout, stderr) = await RunAsync(new ScoreVerbArguments(), stdin, scorer.Object);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task RunAsync_OverSizeLimit_ExitsTwoWithoutScoring()
    {
        var scorer = new Mock<IAnswerScorer>(MockBehavior.Strict);
        var (exit, _, stderr) = await RunAsync(new ScoreVerbArguments(), new string('a', ScoreVerb.MaxAnswerChars + 1), scorer.Object);

        Assert.Equal(2, exit);
        Assert.Contains("longer than", stderr, StringComparison.Ordinal);
        scorer.VerifyNoOtherCalls();
    }

    [Theory]
    [InlineData("principal", null, null)]
    [InlineData(null, "netflix", null)]
    [InlineData(null, null, "no-such-scenario")]
    public async Task RunAsync_UnknownLevelFrameworkOrScenario_ExitsTwo(string? level, string? framework, string? scenario)
    {
        var catalog = new ScenarioCatalog([]);
        var (exit, stdout, stderr) = await RunAsync(new ScoreVerbArguments(ScenarioId: scenario, Level: level, Framework: framework), Answer, catalog: catalog);

        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        Assert.StartsWith("error: unknown", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Scenario_PassesScenarioLevelAndFrameworkToScorer()
    {
        var scenario = new Mock<IScenarioCatalog>();
        var catalogScenario = TestKitScenario();
        scenario.Setup(c => c.Find("amazon-webhook")).Returns(catalogScenario);
        AnswerContext? seen = null;
        var scorer = new Mock<IAnswerScorer>();
        scorer.Setup(s => s.Score(It.IsAny<AnswerContext>()))
            .Callback<AnswerContext>(c => seen = c)
            .Returns(new Scorecard { Overall = 50, Verdict = Verdict.Hire, Level = Level.Entry, Framework = "amazon" });

        var (exit, _, _) = await RunAsync(new ScoreVerbArguments(ScenarioId: "amazon-webhook", Level: "entry", Json: true), Answer, scorer.Object, scenario.Object);

        Assert.Equal(0, exit);
        Assert.NotNull(seen);
        Assert.Equal(Level.Entry, seen.Level);
        Assert.Equal("amazon", seen.Framework);
        Assert.Equal("amazon-webhook", seen.Scenario!.Id);
        Assert.Equal(catalogScenario.Question, seen.QuestionText);
        Assert.Equal(catalogScenario.Competencies[0], seen.Competency);
    }

    private static Scenario TestKitScenario() => new MockInterviewBot.TestKit.ScenarioBuilder().Id("amazon-webhook").Framework("amazon").Competencies("learn-and-be-curious").Build();
}
