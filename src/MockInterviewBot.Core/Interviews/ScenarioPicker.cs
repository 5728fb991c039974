using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Core.Interviews;

/// <summary>The scenario picked for a question, and a note when a filter had to be relaxed to find one.</summary>
public sealed record ScenarioPick(Scenario Scenario, string? Note);

/// <summary>
/// Deterministic question choice: filter the bank by scenario id, framework, competency, role and difficulty, then
/// take the one this person used least recently (never used first; then scenarios whose primary competency is the
/// one asked for; then by id). Filters that match nothing are
/// relaxed one at a time, most specific first, and the note says so.
/// </summary>
public sealed class ScenarioPicker(IScenarioCatalog catalog)
{
    public ScenarioPick? Pick(ResolvedStart start, IReadOnlyCollection<string> exclude, IReadOnlyDictionary<string, DateTimeOffset> lastUsed)
    {
        if (start.ScenarioId is { } id && catalog.Find(id) is { } exact)
        {
            return new ScenarioPick(exact, null);
        }

        var all = catalog.All;
        if (all.Count == 0)
        {
            return null;
        }

        var filters = new List<(string Name, Func<Scenario, bool> Match)>();
        if (start.Framework is { } framework)
        {
            filters.Add((Vocabulary.FrameworkName(framework), s => string.Equals(s.Framework, framework, StringComparison.Ordinal)));
        }

        if (start.Competency is { } competency)
        {
            filters.Add((Vocabulary.CompetencyName(start.Framework, competency), s => s.Competencies.Contains(competency, StringComparer.OrdinalIgnoreCase)));
        }

        if (start.Role is { } role)
        {
            filters.Add(($"the {role} role", s => s.Roles.Count == 0 || s.Roles.Contains(role, StringComparer.OrdinalIgnoreCase)));
        }

        if (start.Difficulty is { } difficulty)
        {
            filters.Add(($"{Vocabulary.DifficultyWord(difficulty)} difficulty", s => s.Difficulty == difficulty));
        }

        var dropped = new List<string>();
        for (var keep = filters.Count; keep >= 0; keep--)
        {
            var active = filters.Take(keep).ToArray();
            var matches = all.Where(s => active.All(f => f.Match(s))).ToArray();
            if (matches.Length > 0)
            {
                var fresh = matches.Where(s => !exclude.Contains(s.Id)).ToArray();
                var chosen = (fresh.Length > 0 ? fresh : matches)
                    .OrderBy(s => lastUsed.TryGetValue(s.Id, out var at) ? at : DateTimeOffset.MinValue)
                    .ThenBy(s => IsPrimaryFor(s, start.Competency) ? 0 : 1)
                    .ThenBy(s => s.Id, StringComparer.Ordinal)
                    .First();
                var note = dropped.Count == 0
                    ? null
                    : $"I have no question for {string.Join(" + ", filters.Select(f => f.Name))} yet, so this one ignores {string.Join(" and ", dropped)}.";
                return new ScenarioPick(chosen, note);
            }

            if (keep > 0)
            {
                dropped.Insert(0, filters[keep - 1].Name);
            }
        }

        return null;
    }

    /// <summary>A scenario whose first (primary) competency is the one asked for is the better question for it.</summary>
    private static bool IsPrimaryFor(Scenario scenario, string? competency) =>
        competency is not null && scenario.Competencies.Count > 0
        && string.Equals(scenario.Competencies[0], competency, StringComparison.OrdinalIgnoreCase);

    /// <summary>When this person last worked on each scenario, from their recent sessions.</summary>
    public static IReadOnlyDictionary<string, DateTimeOffset> LastUsed(IEnumerable<InterviewSession> sessions)
    {
        var map = new Dictionary<string, DateTimeOffset>(StringComparer.OrdinalIgnoreCase);
        foreach (var session in sessions)
        {
            foreach (var question in session.Questions)
            {
                var at = session.UpdatedAt > session.CreatedAt ? session.UpdatedAt : session.CreatedAt;
                if (!map.TryGetValue(question.ScenarioId, out var seen) || seen < at)
                {
                    map[question.ScenarioId] = at;
                }
            }

            foreach (var round in session.Quiz)
            {
                map.TryAdd(round.ScenarioId, session.CreatedAt);
            }
        }

        return map;
    }
}
