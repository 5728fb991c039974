using System.Globalization;
using System.Text;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Discord.Rendering;

/// <summary>Draws a scorecard as an embed: a field per dimension with a text bar and quoted evidence, fixes, verdict colour.</summary>
public static class ScorecardRenderer
{
    public static int VerdictColor(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => 0x2ECC71,
        Verdict.Hire => 0x57F287,
        Verdict.LeaningNoHire => 0xE67E22,
        Verdict.NoHire => 0xED4245,
        _ => 0x95A5A6,
    };

    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    public static string DimensionText(Dimension dimension) => dimension switch
    {
        Dimension.CompetencyFit => "Competency fit",
        _ => dimension.ToString(),
    };

    /// <summary>A four-step text bar: <c>███░</c> for 3 of 4.</summary>
    public static string Bar(int rating)
    {
        var filled = Math.Clamp(rating, 0, 4);
        return new string('█', filled) + new string('░', 4 - filled);
    }

    public static EmbedPayload Render(Scorecard card)
    {
        var fields = new List<EmbedField>();
        foreach (var dimension in card.Dimensions)
        {
            var value = new StringBuilder();
            value.Append('`').Append(Bar(dimension.Rating)).Append("` ").Append(dimension.Rating.ToString(CultureInfo.InvariantCulture)).Append("/4");
            if (!string.IsNullOrWhiteSpace(dimension.Reason))
            {
                value.Append(" — ").Append(dimension.Reason.Trim());
            }

            foreach (var evidence in dimension.Evidence.Take(2))
            {
                value.Append("\n> “").Append(TextSplitter.Truncate(OneLine(evidence.Text), 200)).Append('”');
            }

            fields.Add(new EmbedField
            {
                Name = TextSplitter.Truncate(DimensionText(dimension.Name), DiscordLimits.FieldName),
                Value = TextSplitter.Truncate(value.ToString(), DiscordLimits.FieldValue),
            });
        }

        if (card.Fixes.Count > 0)
        {
            var fixes = new StringBuilder();
            foreach (var fix in card.Fixes.Take(2))
            {
                fixes.Append("**").Append(DimensionText(fix.Dimension)).Append("** — ").Append(fix.Coaching.Trim());
                if (!string.IsNullOrWhiteSpace(fix.BetterPhrasing))
                {
                    fixes.Append("\n_Try:_ ").Append(fix.BetterPhrasing.Trim());
                }

                fixes.Append('\n');
            }

            fields.Add(new EmbedField { Name = "Fix first", Value = TextSplitter.Truncate(fixes.ToString().Trim(), DiscordLimits.FieldValue) });
        }

        if (card.RedFlags.Count > 0)
        {
            var flags = string.Join('\n', card.RedFlags.Take(4).Select(f => $"⚠ {f.Kind}: “{TextSplitter.Truncate(OneLine(f.Text), 150)}”"));
            fields.Add(new EmbedField { Name = "Red flags", Value = TextSplitter.Truncate(flags, DiscordLimits.FieldValue) });
        }

        if (card.ProbeEffects.Count > 0)
        {
            var effects = string.Join('\n', card.ProbeEffects.Take(3).Select(e => $"{VerdictText(e.ProbeVerdict)}: {e.Note}"));
            fields.Add(new EmbedField { Name = "Follow-up answers", Value = TextSplitter.Truncate(effects, DiscordLimits.FieldValue) });
        }

        var description = new StringBuilder();
        description.Append("**").Append(VerdictText(card.Verdict)).Append("** · overall ").Append(card.Overall.ToString(CultureInfo.InvariantCulture)).Append("/100");
        if (!string.IsNullOrWhiteSpace(card.Reason))
        {
            description.Append('\n').Append(card.Reason.Trim());
        }

        if (!string.IsNullOrWhiteSpace(card.LevelNote))
        {
            description.Append("\n-# ").Append(OneLine(card.LevelNote));
        }

        var footer = string.Create(CultureInfo.InvariantCulture,
            $"~{card.EstimatedSeconds} s spoken vs target {card.TargetSeconds} s · {card.Words} words · {card.Level} · {card.Framework}");

        return new EmbedPayload
        {
            Title = $"Scorecard: {VerdictText(card.Verdict)}",
            Description = TextSplitter.Truncate(description.ToString(), DiscordLimits.EmbedDescription),
            Color = VerdictColor(card.Verdict),
            Fields = fields.Take(DiscordLimits.EmbedFields).ToArray(),
            Footer = new EmbedFooter { Text = TextSplitter.Truncate(footer, DiscordLimits.Footer) },
        };
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
