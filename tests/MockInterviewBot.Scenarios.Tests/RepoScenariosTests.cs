using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios.Tests;

public sealed class RepoScenariosTests
{
    private static readonly ScenarioLoadResult Result = ScenarioLoader.LoadDirectory(RepoPaths.Scenarios);

    [Fact]
    public void LoadDirectory_RepoScenarios_LoadWithZeroErrors()
    {
        Assert.True(Result.IsValid, string.Join(Environment.NewLine, Result.Errors));
        Assert.NotEmpty(Result.Scenarios);
        Assert.All(Result.Files, f => Assert.True(f.Ok, f.File));
    }

    [Fact]
    public void LoadDirectory_RepoScenarios_KeyPhrasesAppearInTheirStrongExamples()
    {
        foreach (var scenario in Result.Scenarios)
        {
            foreach (var section in scenario.Sections)
            {
                Assert.NotEmpty(section.KeyPhrases);
                foreach (var phrase in section.KeyPhrases)
                {
                    Assert.True(
                        section.StrongExample.Contains(phrase, StringComparison.OrdinalIgnoreCase),
                        $"{scenario.Id} {section.Name}: '{phrase}' not in its strong example");
                }
            }

            foreach (var probe in scenario.Probes)
            {
                Assert.Contains(probe.KeyPhrase, probe.StrongAnswer, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public void LoadDirectory_RepoScenarios_NoTwoScenariosAskTheSameQuestion()
    {
        var duplicates = Result.Scenarios
            .GroupBy(s => ScenarioLoader.NormalizeQuestion(s.Question), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(s => s.Id)))
            .ToArray();

        Assert.Empty(duplicates);
        Assert.Equal(Result.Scenarios.Count, Result.Scenarios.Select(s => s.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }
}
