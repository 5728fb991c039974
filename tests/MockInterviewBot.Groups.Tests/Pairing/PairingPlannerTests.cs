using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Pairing;

namespace MockInterviewBot.Groups.Tests.Pairing;

public sealed class PairingPlannerTests
{
    private static readonly ThreadRef Channel = new(Platforms.Slack, "T1", "C1", null);

    [Fact]
    public void Plan_FourPeople_AvoidsLastRoundsPairs()
    {
        var history = new[] { Round("r1", 1, ["A", "B"], ["C", "D"]) };

        var plan = PairingPlanner.Plan(["A", "B", "C", "D"], history, OddOneOut.Trio, "seed");

        Assert.Equal(0, plan.RepeatPairs);
        Assert.DoesNotContain(plan.Groups, g => g.Contains("A") && g.Contains("B"));
        Assert.DoesNotContain(plan.Groups, g => g.Contains("C") && g.Contains("D"));
    }

    [Fact]
    public void Plan_ThreeRoundsOfFour_CoverAllSixPairsBeforeRepeating()
    {
        var history = new List<PairRound>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < 3; r++)
        {
            var plan = PairingPlanner.Plan(["A", "B", "C", "D"], history, OddOneOut.Trio, "day" + r);
            Assert.Equal(0, plan.RepeatPairs);
            foreach (var group in plan.Groups)
            {
                Assert.True(seen.Add(string.Join("-", group.Order(StringComparer.Ordinal))), $"round {r} repeated {string.Join("-", group)}");
            }

            history.Insert(0, Round("r" + r, r, [.. plan.Groups.Select(g => g.ToArray())]));
        }

        Assert.Equal(6, seen.Count);
    }

    [Fact]
    public void Plan_OddCountWithTrios_MakesOneTrio()
    {
        var plan = PairingPlanner.Plan(["A", "B", "C", "D", "E"], [], OddOneOut.Trio, "seed");

        Assert.Null(plan.Waiting);
        Assert.Equal([2, 3], plan.Groups.Select(g => g.Count).Order());
        Assert.Equal(5, plan.Groups.SelectMany(g => g).Distinct().Count());
    }

    [Fact]
    public void Plan_OddCountWithWaiting_NeverLeavesTheSamePersonOutTwiceInARow()
    {
        var history = new List<PairRound>();
        string? previous = null;
        for (var r = 0; r < 4; r++)
        {
            var plan = PairingPlanner.Plan(["A", "B", "C"], history, OddOneOut.Wait, "day" + r);
            Assert.NotNull(plan.Waiting);
            Assert.NotEqual(previous, plan.Waiting);
            Assert.DoesNotContain(plan.Groups, g => g.Contains(plan.Waiting));
            previous = plan.Waiting;
            history.Insert(0, Round("r" + r, r, [.. plan.Groups.Select(g => g.ToArray())]));
        }
    }

    [Fact]
    public void Plan_OnePerson_PairsNobody()
    {
        var plan = PairingPlanner.Plan(["A"], [], OddOneOut.Trio, "seed");

        Assert.Empty(plan.Groups);
        Assert.Equal("A", plan.Waiting);
    }

    private static PairRound Round(string id, int day, params string[][] groups) =>
        new(id, Channel, DateTimeOffset.UnixEpoch.AddDays(day), "A",
            groups.SelectMany((g, gi) => g.Select((m, i) => new PairAssignment(id, m, g[(i + 1) % g.Length], "x", gi))).ToArray(), null);
}
