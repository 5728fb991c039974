using System.Globalization;
using System.Text;
using MockInterviewBot.Scoring;
using MockInterviewBot.Slack.Json;

namespace MockInterviewBot.Slack.Rendering;

/// <summary>The scorecard in Block Kit: verdict, one text bar per dimension (▰▰▰▱), quoted evidence, red flags, fixes, timing.</summary>
internal static class ScorecardRenderer
{
    public const int MaxRating = 4;
    private const int EvidencePerDimension = 2;
    private const int EvidenceChars = 240;

    public static IEnumerable<Block> Render(Scorecard card)
    {
        var blocks = new List<Block>
        {
            new SectionBlock
            {
                Text = new MrkdwnText(string.Create(CultureInfo.InvariantCulture,
                    $"{VerdictEmoji(card.Verdict)} *Verdict: {VerdictLabel(card.Verdict)}*  ·  overall {card.Overall}  ·  judged at {Mrkdwn.Escape(card.Level.ToString())} level ({Mrkdwn.Escape(card.Framework)})")),
            },
        };

        if (!string.IsNullOrWhiteSpace(card.Reason))
        {
            blocks.AddRange(BlockKitRenderer.Sections("_Not scored:_ " + Mrkdwn.Escape(card.Reason)));
        }

        if (card.Dimensions.Count > 0)
        {
            var bars = new StringBuilder();
            foreach (var dimension in card.Dimensions)
            {
                bars.Append(CultureInfo.InvariantCulture, $"`{DimensionLabel(dimension.Name),-14}` {Bar(dimension.Rating)} {Math.Clamp(dimension.Rating, 0, MaxRating)}/{MaxRating}");
                if (!string.IsNullOrWhiteSpace(dimension.Reason))
                {
                    bars.Append(" — ").Append(Mrkdwn.Escape(dimension.Reason));
                }

                bars.Append('\n');
            }

            blocks.AddRange(BlockKitRenderer.Sections(bars.ToString().TrimEnd()));
        }

        var evidence = new StringBuilder();
        foreach (var dimension in card.Dimensions.Where(d => d.Evidence.Count > 0))
        {
            evidence.Append('*').Append(DimensionLabel(dimension.Name)).Append("*\n");
            foreach (var item in dimension.Evidence.Take(EvidencePerDimension))
            {
                evidence.Append(">“").Append(Mrkdwn.Escape(Mrkdwn.Truncate(OneLine(item.Text), EvidenceChars))).Append("”\n");
            }
        }

        if (evidence.Length > 0)
        {
            blocks.AddRange(BlockKitRenderer.Sections("*In your own words*\n" + evidence.ToString().TrimEnd()));
        }

        if (card.RedFlags.Count > 0)
        {
            var flags = new StringBuilder("*Red flags*\n");
            foreach (var flag in card.RedFlags.Take(6))
            {
                flags.Append("• ").Append(Mrkdwn.Escape(FlagLabel(flag.Kind))).Append(": “").Append(Mrkdwn.Escape(Mrkdwn.Truncate(OneLine(flag.Text), EvidenceChars))).Append("”\n");
            }

            blocks.AddRange(BlockKitRenderer.Sections(flags.ToString().TrimEnd()));
        }

        if (card.Fixes.Count > 0)
        {
            var fixes = new StringBuilder("*Fix first*\n");
            var n = 1;
            foreach (var fix in card.Fixes)
            {
                fixes.Append(CultureInfo.InvariantCulture, $"{n++}. *{DimensionLabel(fix.Dimension)}* — {Mrkdwn.FromMarkdown(fix.Coaching)}\n");
                if (!string.IsNullOrWhiteSpace(fix.BetterPhrasing))
                {
                    fixes.Append("   _Try:_ ").Append(Mrkdwn.FromMarkdown(fix.BetterPhrasing)).Append('\n');
                }
            }

            blocks.AddRange(BlockKitRenderer.Sections(fixes.ToString().TrimEnd()));
        }

        if (card.ProbeEffects.Count > 0)
        {
            var probes = new StringBuilder("*Follow-ups*\n");
            foreach (var effect in card.ProbeEffects)
            {
                probes.Append("• ").Append(VerdictLabel(effect.ProbeVerdict)).Append(" — ").Append(Mrkdwn.FromMarkdown(effect.Note)).Append('\n');
                foreach (var item in effect.Evidence.Take(1))
                {
                    probes.Append(">“").Append(Mrkdwn.Escape(Mrkdwn.Truncate(OneLine(item.Text), EvidenceChars))).Append("”\n");
                }
            }

            blocks.AddRange(BlockKitRenderer.Sections(probes.ToString().TrimEnd()));
        }

        var timing = string.Create(CultureInfo.InvariantCulture, $":stopwatch: about {card.EstimatedSeconds} s spoken ({card.Words} words) vs a target of {card.TargetSeconds} s");
        var context = new List<TextObject> { new MrkdwnText(timing) };
        if (!string.IsNullOrWhiteSpace(card.LevelNote))
        {
            context.Add(new MrkdwnText(Mrkdwn.Truncate(Mrkdwn.FromMarkdown(card.LevelNote), SlackLimits.ContextText)));
        }

        blocks.Add(new ContextBlockKit(context));
        return blocks;
    }

    /// <summary>"▰▰▰▱" for 3 of 4.</summary>
    public static string Bar(int rating)
    {
        var filled = Math.Clamp(rating, 0, MaxRating);
        return new string('▰', filled) + new string('▱', MaxRating - filled);
    }

    public static string VerdictLabel(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    private static string VerdictEmoji(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => ":large_green_circle:",
        Verdict.Hire => ":large_green_circle:",
        Verdict.LeaningNoHire => ":large_orange_circle:",
        Verdict.NoHire => ":red_circle:",
        _ => ":white_circle:",
    };

    public static string DimensionLabel(Dimension dimension) => dimension switch
    {
        Dimension.Structure => "STAR structure",
        Dimension.CompetencyFit => "Competency fit",
        _ => dimension.ToString(),
    };

    private static string FlagLabel(string kind) => kind switch
    {
        "handOff" => "Hand-off",
        "vagueResult" => "Vague result",
        "blame" => "Blame",
        "assignedOwnership" => "Assigned ownership",
        "genericReflection" => "Generic reflection",
        "weDominant" => "“We” instead of “I”",
        _ => kind,
    };

    private static string OneLine(string text) => text.Replace('\n', ' ').Replace('\r', ' ').Trim();
}
