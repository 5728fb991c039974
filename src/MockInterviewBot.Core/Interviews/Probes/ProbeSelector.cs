using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Probes;

/// <summary>The probe chosen for an answer and the gap it targets.</summary>
public sealed record ProbeChoice(string ProbeId, string Question, string Tests, IReadOnlyList<string> Triggers, SignalGap Gap, bool FromScenario);

/// <summary>
/// Picks the next follow-up the way an interviewer would (product.md §3): the gap of the weakest, most doubtful
/// signal in this answer first; the scenario's probe for that gap if it has one, otherwise a generic probe;
/// never a probe already asked, never a gap an earlier probe already covered.
/// </summary>
public static class ProbeSelector
{
    public static ProbeChoice? Next(Scenario scenario, Scorecard mainAnswer, IReadOnlyCollection<ProbeRecord> asked, int maxProbes)
    {
        if (asked.Count >= maxProbes || mainAnswer.Verdict == Verdict.NotScored)
        {
            return null;
        }

        var askedIds = asked.Select(p => p.ProbeId).ToHashSet(StringComparer.Ordinal);
        var covered = asked.SelectMany(p => p.Triggers).ToHashSet(StringComparer.Ordinal);
        foreach (var gap in SignalGaps.Of(mainAnswer))
        {
            if (covered.Contains(gap.Signal))
            {
                continue;
            }

            var fromScenario = scenario.Probes.FirstOrDefault(p =>
                !askedIds.Contains(p.Id) && p.Triggers.Contains(gap.Signal, StringComparer.Ordinal));
            if (fromScenario is not null)
            {
                return new ProbeChoice(fromScenario.Id, fromScenario.Question, fromScenario.Tests, fromScenario.Triggers, gap, FromScenario: true);
            }

            var generic = GenericProbes.All.FirstOrDefault(p =>
                !askedIds.Contains(p.Id) && p.Triggers.Contains(gap.Signal, StringComparer.Ordinal));
            if (generic is not null)
            {
                return new ProbeChoice(generic.Id, generic.Question, generic.Tests, generic.Triggers, gap, FromScenario: false);
            }
        }

        return null;
    }
}
