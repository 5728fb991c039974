namespace MockInterviewBot.Groups.Pairing;

/// <summary>The groups of a round (pairs, at most one trio) and who waits, if anyone.</summary>
public sealed record PairingPlan(IReadOnlyList<IReadOnlyList<string>> Groups, string? Waiting, int RepeatPairs);

/// <summary>
/// Pairs available members while avoiding repeats: a pair's cost is how often the two were grouped before (heavily)
/// plus how recently (lightly). Several deterministic orderings are tried greedily and the cheapest plan wins, so the
/// result depends only on the members, the history and the seed.
/// </summary>
public static class PairingPlanner
{
    private const int Attempts = 64;
    private const long RepeatCost = 1000;

    /// <param name="members">Available user ids.</param>
    /// <param name="history">Past rounds, newest first.</param>
    /// <param name="seed">Varies the tie-breaking between rounds (e.g. the round's date).</param>
    public static PairingPlan Plan(IReadOnlyCollection<string> members, IReadOnlyList<PairRound> history, OddOneOut odd, string seed)
    {
        var people = members.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (people.Count < 2)
        {
            return new PairingPlan([], people.FirstOrDefault(), 0);
        }

        var cost = Costs(history);
        string? waiting = null;
        if (people.Count % 2 == 1 && odd == OddOneOut.Wait)
        {
            waiting = PickWaiting(people, history);
            people.Remove(waiting);
        }

        List<List<string>>? best = null;
        var bestCost = long.MaxValue;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var order = attempt == 0 ? people : people.OrderBy(p => Hash($"{seed}|{attempt}|{p}")).ToList();
            var groups = Greedy(order, cost);
            var total = groups.Sum(g => GroupCost(g, cost));
            if (total < bestCost)
            {
                best = groups;
                bestCost = total;
            }
        }

        var chosen = best!;
        var repeats = chosen.Sum(g => Pairs(g).Count(p => cost.ContainsKey(p)));
        return new PairingPlan(chosen.Select(g => (IReadOnlyList<string>)g.ToArray()).ToArray(), waiting, repeats);
    }

    private static List<List<string>> Greedy(List<string> order, Dictionary<(string, string), long> cost)
    {
        var open = new List<string>(order);
        var groups = new List<List<string>>();
        while (open.Count >= 2)
        {
            var first = open[0];
            open.RemoveAt(0);
            var partner = open.OrderBy(p => Cost(first, p, cost)).First();
            open.Remove(partner);
            groups.Add([first, partner]);
        }

        if (open.Count == 1)
        {
            // Odd one out with trios on: joins the pair it has met least.
            var last = open[0];
            var host = groups.OrderBy(g => g.Sum(m => Cost(last, m, cost))).First();
            host.Add(last);
        }

        return groups;
    }

    /// <summary>The one to leave out: whoever was in a group most recently (so nobody waits twice in a row).</summary>
    private static string PickWaiting(List<string> people, IReadOnlyList<PairRound> history)
    {
        int LastGrouped(string person)
        {
            for (var i = 0; i < history.Count; i++)
            {
                if (history[i].Assignments.Any(a => a.Interviewer == person || a.Candidate == person))
                {
                    return i;
                }
            }

            return int.MaxValue;
        }

        return people.OrderBy(LastGrouped).ThenByDescending(p => p, StringComparer.Ordinal).First();
    }

    private static Dictionary<(string, string), long> Costs(IReadOnlyList<PairRound> history)
    {
        var cost = new Dictionary<(string, string), long>();
        for (var i = 0; i < history.Count; i++)
        {
            foreach (var group in history[i].Assignments.GroupBy(a => a.Group))
            {
                var members = group.SelectMany(a => new[] { a.Interviewer, a.Candidate }).Distinct(StringComparer.Ordinal).ToList();
                foreach (var pair in Pairs(members))
                {
                    // Repeats weigh most; a more recent meeting (small i) weighs a little more than an old one.
                    cost[pair] = cost.GetValueOrDefault(pair) + RepeatCost + (history.Count - i);
                }
            }
        }

        return cost;
    }

    private static long GroupCost(List<string> group, Dictionary<(string, string), long> cost) => Pairs(group).Sum(p => cost.GetValueOrDefault(p));

    private static long Cost(string a, string b, Dictionary<(string, string), long> cost) => cost.GetValueOrDefault(Key(a, b));

    private static List<(string, string)> Pairs(List<string> group)
    {
        var pairs = new List<(string, string)>();
        for (var i = 0; i < group.Count; i++)
        {
            for (var j = i + 1; j < group.Count; j++)
            {
                pairs.Add(Key(group[i], group[j]));
            }
        }

        return pairs;
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static uint Hash(string text)
    {
        // FNV-1a: stable across processes.
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
