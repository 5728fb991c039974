using MockInterviewBot.Cli;

namespace MockInterviewBot.Tests.Cli;

public sealed class ValidateScenariosVerbTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "mib-validate-" + Guid.NewGuid().ToString("N"));

    public ValidateScenariosVerbTests() => Directory.CreateDirectory(Path.Combine(_parent, "scenarios"));

    private string Dir => Path.Combine(_parent, "scenarios");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void Run_RepoScenarios_ExitsZeroAndCountsScenarios()
    {
        var (code, stdout, stderr) = Run(Path.Combine(RepoRoot(), "scenarios"));

        Assert.Equal(0, code);
        Assert.Matches(@"^\d+ scenarios valid\r?\n$", stdout);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Run_BrokenFiles_PrintsEveryErrorWithFileLineAndFieldAndExitsOne()
    {
        var valid = File.ReadAllText(Path.Combine(RepoRoot(), "scenarios", "general", "conflict-sales-custom-integration.yaml"));
        Write("general/conflict-sales-custom-integration.yaml", valid.Replace("triggers: [handsOff]", "triggers: [foo]", StringComparison.Ordinal));
        Write("amazon/ownership-broken.yaml", "id: ownership-broken\nframework: amazon\ntitle: [unclosed\n");
        Write("netflix/keeper-test.yaml", valid.Replace("id: conflict-sales-custom-integration", "id: keeper-test", StringComparison.Ordinal)
            .Replace("framework: general", "framework: netflix", StringComparison.Ordinal)
            .Replace("Tell me about a time you strongly disagreed", "Describe a time you disagreed", StringComparison.Ordinal));

        var (code, stdout, stderr) = Run(Dir);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var triggerLine = valid.Split('\n').ToList().FindIndex(l => l.Contains("triggers: [handsOff]", StringComparison.Ordinal)) + 1;
        Assert.Contains($"scenarios/general/conflict-sales-custom-integration.yaml:{triggerLine}: probes[0].triggers[0]: unknown signal 'foo' (expected one of: weDominant, hasQuantifiedResult, hasMetricDelta, statesScopeBoundary, selfInitiated, assignedByManager, handsOff, vagueResult, hasVerification, hasSecondOrderEffect, hasReflection, genericReflection, systemicReflection)", lines);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^scenarios/amazon/ownership-broken\.yaml:[34]: invalid YAML"));
        Assert.Contains(lines, l => l.StartsWith("scenarios/netflix/keeper-test.yaml:3: framework: unknown framework 'netflix'", StringComparison.Ordinal));
        Assert.Equal("3 errors in 3 files", lines[^1]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Run_MissingFolder_ExitsOne()
    {
        var (code, _, stderr) = Run(Path.Combine(Dir, "missing"));

        Assert.Equal(1, code);
        Assert.Contains("does not exist", stderr, StringComparison.Ordinal);
        Assert.EndsWith("1 error in 1 file" + Environment.NewLine, stderr, StringComparison.Ordinal);
    }

    private static (int Code, string Stdout, string Stderr) Run(string dir)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ValidateScenariosVerb.Run(dir, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MockInterviewBot.sln not found");
    }
}
