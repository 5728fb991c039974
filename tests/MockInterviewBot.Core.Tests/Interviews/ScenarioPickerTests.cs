using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.TestKit;

namespace MockInterviewBot.Core.Tests.Interviews;

public sealed class ScenarioPickerTests
{
    private static readonly Dictionary<string, DateTimeOffset> NeverUsed = [];

    private static ResolvedStart Start(string? competency, string? role = null) =>
        new(InterviewMode.Practice, Frameworks.Amazon, competency, Level.Mid, role, null, null, 1, false);

    [Fact]
    public void Pick_CompetencyIsSecondaryInOneAndPrimaryInAnother_PrimaryFirst()
    {
        // "a-…" sorts first by id and lists ownership second; the primary one must still win.
        var catalog = new ScenarioCatalog([
            new ScenarioBuilder().Id("a-bias").Competencies("bias-for-action", "ownership").Question("Q1?").Build(),
            new ScenarioBuilder().Id("b-owner").Competencies("ownership", "deliver-results").Question("Q2?").Build(),
        ]);

        var pick = new ScenarioPicker(catalog).Pick(Start("ownership"), [], NeverUsed);

        Assert.Equal("b-owner", pick!.Scenario.Id);
        Assert.Null(pick.Note);
    }

    [Fact]
    public void Pick_PrimaryAlreadyUsed_SecondaryNext()
    {
        var catalog = new ScenarioCatalog([
            new ScenarioBuilder().Id("a-bias").Competencies("bias-for-action", "ownership").Question("Q1?").Build(),
            new ScenarioBuilder().Id("b-owner").Competencies("ownership").Question("Q2?").Build(),
        ]);
        var used = new Dictionary<string, DateTimeOffset> { ["b-owner"] = DateTimeOffset.UnixEpoch };

        var pick = new ScenarioPicker(catalog).Pick(Start("ownership"), [], used);

        Assert.Equal("a-bias", pick!.Scenario.Id);
    }

    [Fact]
    public void Pick_RoleWithNoMatch_RelaxesRoleAndSaysSo()
    {
        var catalog = new ScenarioCatalog([
            new ScenarioBuilder().Id("only").Competencies("ownership").Roles("engineering").Build(),
        ]);

        var pick = new ScenarioPicker(catalog).Pick(Start("ownership", "design"), [], NeverUsed);

        Assert.Equal("only", pick!.Scenario.Id);
        Assert.Contains("design", pick.Note, StringComparison.Ordinal);
    }
}
