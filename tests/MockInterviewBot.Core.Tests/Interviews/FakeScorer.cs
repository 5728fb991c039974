using System.Text.RegularExpressions;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Tests.Interviews;

/// <summary>
/// A small deterministic stand-in for the real scorer: keyword detectors with evidence spans taken from the text,
/// so engine tests control exactly which signals an answer has.
/// </summary>
internal sealed partial class FakeScorer : IAnswerScorer
{
    public int Calls { get; private set; }

    public Scorecard Score(AnswerContext context)
    {
        Calls++;
        var text = context.AnswerText;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var iCount = IWord().Count(text);
        var weCount = WeWord().Count(text);
        var signals = new Signals
        {
            WeDominant = weCount > iCount,
            HasQuantifiedResult = Number().IsMatch(text),
            HasMetricDelta = Delta().IsMatch(text),
            StatesScopeBoundary = Has(text, "not my team", "no ticket", "nobody asked"),
            SelfInitiated = Has(text, "nobody asked", "on my own", "i decided"),
            AssignedByManager = Has(text, "my manager"),
            HandsOff = Has(text, "escalated", "they handled"),
            VagueResult = Has(text, "got better", "was happy"),
            HasVerification = Has(text, "reproduced", "tested", "monitored", "verified"),
            HasReflection = Has(text, "learned", "realized"),
            GenericReflection = Has(text, "communication is important"),
            SystemicReflection = Has(text, "organizational", "no team owned"),
        };

        var ownership = signals.StatesScopeBoundary && !signals.WeDominant ? 4 : signals.WeDominant ? 1 : 3;
        var impact = signals.HasQuantifiedResult ? 4 : 1;
        var rigor = signals.HasVerification ? 3 : 2;
        var reflection = signals.HasReflection && !signals.GenericReflection ? 3 : 1;
        var dimensions = new List<DimensionScore>
        {
            new() { Name = Dimension.Structure, Rating = words > 60 ? 3 : 2, Reason = "STAR sections mostly present." },
            new() { Name = Dimension.Ownership, Rating = ownership, Reason = ownership >= 3 ? "Clear first-person actions." : "\"We\" hides your part.", Evidence = Spans(text, IAction()) },
            new() { Name = Dimension.Impact, Rating = impact, Reason = impact >= 3 ? "A quantified result." : "No numbers in the result.", Evidence = Spans(text, Number()) },
            new() { Name = Dimension.Rigor, Rating = rigor, Reason = rigor >= 3 ? "You verified the fix." : "No verification mentioned." },
            new() { Name = Dimension.Reflection, Rating = reflection, Reason = reflection >= 3 ? "A specific reflection." : "The reflection is missing or generic." },
        };

        var fixes = new List<Fix>();
        if (impact < 3)
        {
            fixes.Add(new Fix { Dimension = Dimension.Impact, Coaching = "Quantify the result with a metric delta.", BetterPhrasing = "\"I cut X from A to B, which saved C.\"" });
        }

        if (ownership < 3)
        {
            fixes.Add(new Fix { Dimension = Dimension.Ownership, Coaching = "Say \"I\" for what you did.", BetterPhrasing = "\"I traced…, I wrote…\"" });
        }

        var average = dimensions.Average(d => d.Rating);
        var verdict = average >= 3.5 ? Verdict.StrongHire : average >= 2.8 ? Verdict.Hire : average >= 2 ? Verdict.LeaningNoHire : Verdict.NoHire;
        var effects = new List<ProbeEffect>();
        foreach (var probe in context.ProbeAnswers)
        {
            var handOff = Regex.Match(probe.Answer, "(escalated|they handled it|my manager suggested)", RegexOptions.IgnoreCase);
            if (handOff.Success)
            {
                effects.Add(new ProbeEffect
                {
                    ProbeId = probe.ProbeId,
                    ProbeVerdict = Verdict.NoHire,
                    Note = "This confirms the problem was handed off, so the opening answer is rescored as No Hire.",
                    Evidence = [new Evidence(handOff.Value, handOff.Index, handOff.Length)],
                });
                verdict = Verdict.NoHire;
            }
            else
            {
                effects.Add(new ProbeEffect { ProbeId = probe.ProbeId, ProbeVerdict = Verdict.Hire, Note = "A solid follow-up answer." });
            }
        }

        return new Scorecard
        {
            Overall = (int)Math.Round(average * 25),
            Verdict = verdict,
            Level = context.Level,
            Framework = context.Framework,
            Dimensions = dimensions,
            Signals = signals,
            Fixes = fixes,
            Words = words,
            EstimatedSeconds = words * 60 / 150,
            TargetSeconds = context.Level == Level.Senior ? 165 : 120,
            LevelNote = context.Level == Level.Senior ? "Senior answers need a systemic reflection." : null,
            ProbeEffects = effects,
        };
    }

    private static bool Has(string text, params string[] phrases) =>
        phrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

    private static List<Evidence> Spans(string text, Regex regex) =>
        regex.Matches(text).Take(2).Select(m => new Evidence(m.Value, m.Index, m.Length)).ToList();

    [GeneratedRegex(@"\bI\b")]
    private static partial Regex IWord();

    [GeneratedRegex(@"\b[Ww]e\b")]
    private static partial Regex WeWord();

    [GeneratedRegex(@"\bI (pulled|traced|reproduced|wrote|fixed|built|learned)[^.]*")]
    private static partial Regex IAction();

    [GeneratedRegex(@"\d+(\.\d+)?%?")]
    private static partial Regex Number();

    [GeneratedRegex(@"from \S+ to \S+", RegexOptions.IgnoreCase)]
    private static partial Regex Delta();
}
