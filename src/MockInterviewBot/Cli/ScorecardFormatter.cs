using System.Text;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Cli;

/// <summary>The readable (plain text, no colour) form of a scorecard for the terminal.</summary>
public static class ScorecardFormatter
{
    public static string Format(Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var sb = new StringBuilder();
        var level = card.Level.ToString().ToLowerInvariant();
        if (card.Verdict == Verdict.NotScored)
        {
            Line(sb, $"Verdict: Not scored — {card.Reason}");
            return sb.ToString().TrimEnd();
        }

        Line(sb, $"Verdict: {VerdictText(card.Verdict)} (overall {card.Overall}/100) — level {level}, framework {card.Framework}");
        Line(sb, $"Time: about {card.EstimatedSeconds} s for {card.Words} words (target about {card.TargetSeconds} s)");
        if (!string.IsNullOrEmpty(card.LevelNote))
        {
            Line(sb, $"Level: {card.LevelNote}");
        }

        Line(sb, string.Empty);
        Line(sb, "Dimensions");
        foreach (var d in card.Dimensions)
        {
            Line(sb, $"  {DimensionText(d.Name),-15} {d.Rating}/4  {d.Reason}");
            foreach (var e in d.Evidence)
            {
                Line(sb, $"                  \"{e.Text}\"");
            }
        }

        Line(sb, string.Empty);
        Line(sb, "Sections");
        foreach (var s in card.Sections)
        {
            var target = s.TargetSeconds is { } t ? $" (target {t} s)" : string.Empty;
            Line(sb, $"  {s.Name.ToString().ToLowerInvariant(),-11} {s.Words,4} words  about {s.EstimatedSeconds} s{target}");
        }

        if (card.RedFlags.Count > 0)
        {
            Line(sb, string.Empty);
            Line(sb, "Red flags");
            foreach (var f in card.RedFlags)
            {
                Line(sb, $"  {f.Kind}: \"{f.Text}\"");
            }
        }

        Line(sb, string.Empty);
        Line(sb, "Signals");
        var on = SignalCatalog.Names.Where(n => SignalCatalog.Read(card.Signals, n)).ToArray();
        Line(sb, "  " + (on.Length == 0 ? "(none)" : string.Join(", ", on)));

        if (card.Fixes.Count > 0)
        {
            Line(sb, string.Empty);
            Line(sb, "Fix first");
            var i = 1;
            foreach (var fix in card.Fixes)
            {
                Line(sb, $"  {i++}. [{DimensionText(fix.Dimension)}] {fix.Coaching}");
                Line(sb, $"     Try: {fix.BetterPhrasing}");
            }
        }

        foreach (var effect in card.ProbeEffects)
        {
            Line(sb, $"Probe {effect.ProbeId}: {VerdictText(effect.ProbeVerdict)} — {effect.Note}");
        }

        return sb.ToString().TrimEnd();
    }

    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    private static string DimensionText(Dimension dimension) =>
        dimension == Dimension.CompetencyFit ? "competencyFit" : dimension.ToString().ToLowerInvariant();

    private static void Line(StringBuilder sb, string text) => sb.Append(text).Append('\n');
}
