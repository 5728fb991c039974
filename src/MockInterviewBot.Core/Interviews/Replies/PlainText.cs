using System.Globalization;
using System.Text;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Replies;

/// <summary>Renders content blocks as readable plain text: the reply's fallback and what a terminal shows.</summary>
public static class PlainText
{
    public static string Render(IEnumerable<ContentBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            var line = RenderBlock(block);
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(line);
        }

        return Mentions.ToPlain(text.ToString());
    }

    private static string RenderBlock(ContentBlock block) => block switch
    {
        HeaderBlock h => h.Text,
        TextBlock t => t.Markdown,
        QuoteBlock q => string.Join('\n', q.Text.Split('\n').Select(l => "> " + l)),
        ContextBlock c => c.Markdown,
        DividerBlock => "---",
        FieldsBlock f => string.Join('\n', f.Fields.Select(x => $"{x.Label}: {x.Value}")),
        ActionsBlock a => "[" + string.Join("] [", a.Buttons.Select(b => b.Label)) + "]",
        ChoiceBlock c => c.Placeholder + ": " + string.Join(" | ", c.Choices.Select(x => x.Label)),
        TableBlock t => RenderTable(t),
        ScorecardBlock s => RenderScorecard(s.Scorecard),
        _ => "",
    };

    private static string RenderTable(TableBlock table)
    {
        var lines = new List<string> { string.Join(" | ", table.Headers) };
        lines.AddRange(table.Rows.Select(r => string.Join(" | ", r)));
        return string.Join('\n', lines);
    }

    public static string RenderScorecard(Scorecard card)
    {
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Verdict: {VerdictName(card.Verdict)} (overall {card.Overall})"),
        };
        lines.AddRange(card.Dimensions.Select(d =>
            string.Create(CultureInfo.InvariantCulture, $"{DimensionName(d.Name)}: {Bar(d.Rating)} {d.Rating}/4 — {d.Reason}")));
        return string.Join('\n', lines);
    }

    public static string Bar(int rating) => new string('■', Math.Clamp(rating, 0, 4)) + new string('□', 4 - Math.Clamp(rating, 0, 4));

    public static string VerdictName(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    public static string DimensionName(Dimension dimension) => dimension switch
    {
        Dimension.CompetencyFit => "Competency fit",
        _ => dimension.ToString(),
    };

    public static string SectionName(StarSection section) => section.ToString();
}
