using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Scenarios.Tests;

/// <summary>
/// Issue 9's breadth targets for the question bank: counts per framework and primary competency, distinct
/// questions, and a spread of roles so a mixed study group finds its questions.
/// </summary>
public sealed class ContentCoverageTests
{
    private const int MinTotal = 80;
    private const int MinPerAmazonPrinciple = 3;
    private const int MinMeta = 10;
    private const int MinGoogle = 6;
    private const int MinGeneral = 12;
    private const int MinScenariosPerRole = 5;

    private static readonly string[] MetaValues =
        ["move-fast", "build-awesome-things", "live-in-the-future", "be-direct", "meta-metamates-me", "build-social-value"];

    private static readonly string[] GoogleAttributes =
        ["googleyness", "leadership", "general-cognitive-ability", "role-related-knowledge"];

    private static readonly string[] GeneralCompetencies =
        ["conflict", "failure", "feedback", "prioritization", "ambiguity", "influence", "mentoring", "tight-deadline"];

    private static IReadOnlyList<Scenario> Bank => RepoContent.Scenarios;

    [Fact]
    public void Bank_Total_AtLeastEighty()
    {
        Assert.True(Bank.Count >= MinTotal, $"the bank holds {Bank.Count} scenarios; issue 9 asks for at least {MinTotal}");
    }

    [Fact]
    public void Amazon_EveryLeadershipPrinciple_HasAtLeastThreeScenarios()
    {
        var below = Competencies.ForFramework(Frameworks.Amazon)
            .Select(c => (c.Id, Count: CountPrimary(Frameworks.Amazon, c.Id)))
            .Where(x => x.Count < MinPerAmazonPrinciple)
            .Select(x => $"{x.Id}: {x.Count}")
            .ToArray();

        Assert.Equal(16, Competencies.ForFramework(Frameworks.Amazon).Count());
        Assert.True(below.Length == 0, "Amazon principles below " + MinPerAmazonPrinciple + ": " + string.Join(", ", below));
    }

    [Fact]
    public void Meta_CoreValues_AtLeastTenInAllAndEveryValueCovered()
    {
        var meta = InFramework(Frameworks.Meta);
        var missing = MetaValues.Where(v => CountPrimary(Frameworks.Meta, v) == 0).ToList();
        if (CountPrimary(Frameworks.Meta, "be-bold") + CountPrimary(Frameworks.Meta, "focus-on-long-term-impact") == 0)
        {
            missing.Add("be-bold / focus-on-long-term-impact");
        }

        Assert.True(meta.Count >= MinMeta, $"Meta has {meta.Count} scenarios; at least {MinMeta} needed");
        Assert.True(missing.Count == 0, "Meta values without a scenario: " + string.Join(", ", missing));
    }

    [Fact]
    public void Google_Attributes_AtLeastSixInAllAndEveryAttributeCovered()
    {
        var google = InFramework(Frameworks.Google);
        var missing = GoogleAttributes.Where(a => CountPrimary(Frameworks.Google, a) == 0).ToArray();

        Assert.True(google.Count >= MinGoogle, $"Google has {google.Count} scenarios; at least {MinGoogle} needed");
        Assert.True(missing.Length == 0, "Google attributes without a scenario: " + string.Join(", ", missing));
    }

    [Fact]
    public void General_Competencies_AtLeastTwelveInAllAndEveryCompetencyCovered()
    {
        var general = InFramework(Frameworks.General);
        var missing = GeneralCompetencies.Where(c => CountPrimary(Frameworks.General, c) == 0).ToArray();

        Assert.True(general.Count >= MinGeneral, $"general has {general.Count} scenarios; at least {MinGeneral} needed");
        Assert.True(missing.Length == 0, "general competencies without a scenario: " + string.Join(", ", missing));
    }

    [Fact]
    public void Bank_Questions_NoTwoScenariosAskTheSameQuestion()
    {
        var duplicates = Bank
            .GroupBy(s => ScenarioLoader.NormalizeQuestion(s.Question), StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(" = ", g.Select(s => s.Id)))
            .ToArray();

        Assert.True(duplicates.Length == 0, "same question asked twice: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void Bank_Roles_EveryRoleAppearsInAtLeastFiveScenarios()
    {
        var thin = Competencies.Roles
            .Select(r => (Role: r, Count: Bank.Count(s => s.Roles.Contains(r, StringComparer.Ordinal))))
            .Where(x => x.Count < MinScenariosPerRole)
            .Select(x => $"{x.Role}: {x.Count}")
            .ToArray();

        Assert.True(thin.Length == 0, $"roles in fewer than {MinScenariosPerRole} scenarios: " + string.Join(", ", thin));
    }

    [Fact]
    public void Bank_PrimaryCompetency_BelongsToTheScenarioFramework()
    {
        var wrong = Bank
            .Where(s => Competencies.Find(s.Framework, s.Competencies[0]) is null)
            .Select(s => $"{s.Id} ({s.Framework}: {s.Competencies[0]})")
            .ToArray();

        Assert.True(wrong.Length == 0, "primary competency outside its framework: " + string.Join(", ", wrong));
    }

    private static List<Scenario> InFramework(string framework) =>
        Bank.Where(s => string.Equals(s.Framework, framework, StringComparison.Ordinal)).ToList();

    private static int CountPrimary(string framework, string competency) =>
        Bank.Count(s => string.Equals(s.Framework, framework, StringComparison.Ordinal)
            && string.Equals(s.Competencies[0], competency, StringComparison.OrdinalIgnoreCase));
}
