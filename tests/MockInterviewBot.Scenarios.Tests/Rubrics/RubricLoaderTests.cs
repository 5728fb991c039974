using MockInterviewBot.Scenarios.Rubrics;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Scenarios.Tests.Rubrics;

public sealed class RubricLoaderTests
{
    private static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
            {
                dir = dir.Parent;
            }

            return dir!.FullName;
        }
    }

    private static string BaseText => File.ReadAllText(Path.Combine(RepositoryRoot, "scenarios", "rubrics", "base.yaml"));

    private static RubricLoadResult LoadWithFramework(string frameworkYaml) =>
        RubricLoader.Load([new RubricSource("scenarios/rubrics/base.yaml", BaseText), new RubricSource("scenarios/rubrics/amazon.yaml", frameworkYaml)]);

    [Fact]
    public void LoadDirectory_RepositoryRubrics_AreValidForEveryFramework()
    {
        var result = RubricLoader.LoadDirectory(Path.Combine(RepositoryRoot, "scenarios", "rubrics"));

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.Equal(Frameworks.All.Order(StringComparer.Ordinal), result.Rubrics!.Frameworks);
        Assert.True(result.Rubrics.For(Frameworks.Amazon).HasCompetency("learn-and-be-curious"));
        Assert.True(result.Rubrics.For(Frameworks.Meta).HasCompetency("build-social-value"));
    }

    [Fact]
    public void Load_WeightNotANumber_ReportsFileLineAndField()
    {
        var result = LoadWithFramework("framework: amazon\nweights:\n  impact: lots\n");

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal("scenarios/rubrics/amazon.yaml:3: weights.impact: must be a number", error.ToString());
    }

    [Fact]
    public void Load_UnknownKeysAndBadEntries_AreAllReported()
    {
        var yaml = """
            framework: amazon
            colour: blue
            lexicons:
              handOff:
                - "i (escalated"
                - ...
              nonsense: [x]
              hedges: [two words]
            competencies:
              not-a-competency: [x]
            caps:
              - signal: madeUp
                max: Hire
            """;

        var result = LoadWithFramework(yaml);

        var lines = result.Errors.Select(e => e.ToString()).ToArray();
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:2: colour: unknown key", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:5: lexicons.handOff[0]: bad lexicon entry", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:6: lexicons.handOff[1]: bad lexicon entry", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:7: lexicons.nonsense: unknown lexicon", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:8: lexicons.hedges[0]: 'two words' must be a single word", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:10: competencies.not-a-competency: unknown competency", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("scenarios/rubrics/amazon.yaml:12: caps[0].signal: unknown signal", StringComparison.Ordinal));
        Assert.Null(result.Rubrics);
    }

    [Fact]
    public void Load_ThresholdsOutOfOrder_IsAnError()
    {
        var result = LoadWithFramework("framework: amazon\nlevels:\n  senior:\n    thresholds: { strongHire: 50, hire: 60, leaningNoHire: 10 }\n");

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Equal("levels.senior.thresholds", error.Path);
        Assert.Contains("strongHire > hire > leaningNoHire", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TimeMinAboveMax_IsAnError()
    {
        var result = LoadWithFramework("framework: amazon\nlevels:\n  entry:\n    time: { min: 200, max: 100 }\n");

        Assert.Contains(result.Errors, e => e.Path == "levels.entry.time" && e.Message.Contains("must not exceed", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_InvalidYamlAndMissingBase_ReportErrorsWithoutThrowing()
    {
        var broken = RubricLoader.Load([new RubricSource("r/base.yaml", "framework: base\nweights: [a, b\n")]);
        var noBase = RubricLoader.Load([new RubricSource("r/amazon.yaml", "framework: amazon\n")]);
        var hashInFlow = LoadWithFramework("framework: amazon\ncompetencies:\n  ownership: [within # hours, x]\n");

        Assert.Contains(broken.Errors, e => e.File == "r/base.yaml" && e.Message.StartsWith("invalid YAML", StringComparison.Ordinal));
        Assert.Contains(noBase.Errors, e => e.Message.Contains("no base rubric", StringComparison.Ordinal));
        Assert.False(hashInFlow.IsValid);
    }

    [Fact]
    public void Load_FrameworkOverride_ChangesOnlyThatFramework()
    {
        var result = RubricLoader.Load(
        [
            new RubricSource("b.yaml", BaseText),
            new RubricSource("amazon.yaml", "framework: amazon\nweights:\n  ownership: 0.5\nlexicons:\n  handOff: [i forwarded it]\n"),
            new RubricSource("meta.yaml", "framework: meta\n"),
        ]);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(0.5, result.Rubrics!.For(Frameworks.Amazon).Weight(Dimension.Ownership));
        Assert.NotEqual(0.5, result.Rubrics.For(Frameworks.Meta).Weight(Dimension.Ownership));
        Assert.Contains("i forwarded it", result.Rubrics.For(Frameworks.Amazon).Definition.Lexicons["handOff"]);
        Assert.DoesNotContain("i forwarded it", result.Rubrics.For(Frameworks.Meta).Definition.Lexicons["handOff"]);
        Assert.Same(result.Rubrics.Base, result.Rubrics.For("unknown"));
    }

    [Fact]
    public void Load_DuplicateFramework_IsAnError()
    {
        var result = RubricLoader.Load([new RubricSource("b.yaml", BaseText), new RubricSource("a1.yaml", "framework: amazon\n"), new RubricSource("a2.yaml", "framework: amazon\n")]);

        Assert.Contains(result.Errors, e => e.File == "a2.yaml" && e.Message.Contains("already defined", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadDirectory_Missing_ReportsError()
    {
        var result = RubricLoader.LoadDirectory(Path.Combine(RepositoryRoot, "no-such-dir"));

        Assert.False(result.IsValid);
        Assert.Single(result.Errors);
    }
}
