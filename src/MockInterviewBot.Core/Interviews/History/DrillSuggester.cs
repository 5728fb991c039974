using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>
/// Picks a scenario whose competency trains a weak dimension. Structure and delivery are trained by the STAR drill
/// (section by section, with target times) on any question; the other dimensions by practising a competency that
/// demands them (ownership → Ownership / Bias for Action…, impact → Deliver Results…, rigor → Dive Deep…,
/// reflection → Failure / Learn and Be Curious…). Prefers the person's framework and a question not practised lately.
/// </summary>
public static class DrillSuggester
{
    private static readonly Dictionary<Dimension, string[]> Trains = new()
    {
        [Dimension.Ownership] = ["ownership", "bias-for-action", "leadership", "influence", "be-bold", "tight-deadline"],
        [Dimension.Impact] = ["deliver-results", "customer-obsession", "focus-on-long-term-impact", "think-big", "build-social-value", "prioritization"],
        [Dimension.Rigor] = ["dive-deep", "insist-on-the-highest-standards", "are-right-a-lot", "general-cognitive-ability", "role-related-knowledge", "ambiguity"],
        [Dimension.Reflection] = ["failure", "learn-and-be-curious", "feedback", "earn-trust", "be-direct", "conflict"],
    };

    private static readonly Dictionary<Dimension, string> Reasons = new()
    {
        [Dimension.Structure] = "The STAR drill coaches one section at a time, so each part of the story lands in order.",
        [Dimension.Delivery] = "The STAR drill times each section against its target, which trains pacing.",
        [Dimension.Ownership] = "An ownership question makes you say what *you* did and where your scope ended.",
        [Dimension.Impact] = "A results question pushes you to quantify the outcome with a before/after number.",
        [Dimension.Rigor] = "A dive-deep question asks how you verified the fix and found the root cause.",
        [Dimension.Reflection] = "A failure or learning question makes the reflection specific to your story.",
        [Dimension.CompetencyFit] = "Another question on the same competency shows the signals that competency asks for.",
    };

    /// <param name="weak">The dimension to train.</param>
    /// <param name="catalog">The question bank.</param>
    /// <param name="framework">The person's usual framework, preferred when it has a fitting question.</param>
    /// <param name="recentScenarios">Scenario ids practised lately, avoided when possible (most recent first).</param>
    /// <param name="weakestCompetency">For competency fit: the competency of the answer that fit worst.</param>
    public static DrillSuggestion? Suggest(Dimension weak, IScenarioCatalog catalog, string? framework, IReadOnlyList<string> recentScenarios, string? weakestCompetency = null)
    {
        var all = catalog.All;
        if (all.Count == 0)
        {
            return null;
        }

        var wanted = weak switch
        {
            Dimension.CompetencyFit when weakestCompetency is not null => [weakestCompetency],
            _ => Trains.GetValueOrDefault(weak) ?? [],
        };

        // Rank: fitting competency (earlier in the list is better, primary competency before secondary), then the
        // person's framework, then not practised lately (older is better), then id for determinism.
        var chosen = all
            .Select(s => (Scenario: s, Fit: Fit(s, wanted)))
            .Where(x => wanted.Length == 0 || x.Fit < int.MaxValue)
            .OrderBy(x => x.Fit)
            .ThenBy(x => framework is not null && string.Equals(x.Scenario.Framework, framework, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(x => Recency(x.Scenario.Id, recentScenarios))
            .ThenBy(x => x.Scenario.Id, StringComparer.Ordinal)
            .Select(x => x.Scenario)
            .FirstOrDefault();
        if (chosen is null)
        {
            // Nothing trains it directly: a drill on any question still works on structure.
            chosen = all.OrderBy(s => Recency(s.Id, recentScenarios)).ThenBy(s => s.Id, StringComparer.Ordinal).First();
        }

        var mode = weak is Dimension.Structure or Dimension.Delivery ? InterviewMode.Drill : InterviewMode.Practice;
        return new DrillSuggestion(weak, chosen, mode, Reasons[weak]);
    }

    private static int Fit(Scenario scenario, string[] wanted)
    {
        if (wanted.Length == 0)
        {
            return 0;
        }

        var best = int.MaxValue;
        for (var i = 0; i < scenario.Competencies.Count; i++)
        {
            var index = Array.FindIndex(wanted, w => string.Equals(w, scenario.Competencies[i], StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                best = Math.Min(best, (index * 2) + (i == 0 ? 0 : 1));
            }
        }

        return best;
    }

    /// <summary>0 for never practised lately; otherwise later (more recent) positions rank worse.</summary>
    private static int Recency(string scenarioId, IReadOnlyList<string> recent)
    {
        for (var i = 0; i < recent.Count; i++)
        {
            if (string.Equals(recent[i], scenarioId, StringComparison.OrdinalIgnoreCase))
            {
                return recent.Count - i;
            }
        }

        return 0;
    }
}
