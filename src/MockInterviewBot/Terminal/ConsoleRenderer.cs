using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Terminal;

/// <summary>Draws the engine's neutral replies as terminal text. ANSI colour only when <see cref="UseColor"/> is set (a TTY).</summary>
internal sealed partial class ConsoleRenderer(bool useColor)
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Cyan = "\u001b[36m";
    private const string Green = "\u001b[32m";
    private const string Yellow = "\u001b[33m";
    private const string Red = "\u001b[31m";

    public bool UseColor { get; } = useColor;

    /// <summary>Words a terminal user types instead of pressing a button.</summary>
    private static readonly Dictionary<string, string> TypedCommands = new(StringComparer.Ordinal)
    {
        [ActionIds.Submit] = "done",
        [ActionIds.Hint] = "hint",
        [ActionIds.Skip] = "skip",
        [ActionIds.Repeat] = "repeat",
        [ActionIds.Example] = "example",
        [ActionIds.Next] = "next",
        [ActionIds.Retry] = "retry",
        [ActionIds.End] = "end",
        [ActionIds.ForgetConfirm] = "forget confirm",
    };

    public string Render(Reply reply)
    {
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            RenderBlock(block, text);
        }

        return text.ToString().TrimEnd() + Environment.NewLine;
    }

    private void RenderBlock(ContentBlock block, StringBuilder text)
    {
        switch (block)
        {
            case HeaderBlock header:
                text.AppendLine(Style(header.Text, Bold + Cyan));
                break;
            case TextBlock body:
                text.AppendLine(Markdown(body.Markdown));
                break;
            case QuoteBlock quote:
                foreach (var line in quote.Text.Split('\n'))
                {
                    text.Append(Style("  │ ", Dim)).AppendLine(line.TrimEnd('\r'));
                }

                break;
            case ContextBlock context:
                text.AppendLine(Style(Markdown(context.Markdown), Dim));
                break;
            case DividerBlock:
                text.AppendLine(Style(new string('─', 40), Dim));
                break;
            case FieldsBlock fields:
                foreach (var field in fields.Fields)
                {
                    text.Append(Style(field.Label + ": ", Bold)).AppendLine(Markdown(field.Value));
                }

                break;
            case ActionsBlock actions:
                RenderActions(actions, text);
                break;
            case ChoiceBlock choice:
                text.AppendLine(Style(choice.Placeholder, Bold));
                for (var i = 0; i < choice.Choices.Count; i++)
                {
                    text.Append(CultureInfo.InvariantCulture, $"  {i + 1}. ").AppendLine(choice.Choices[i].Label);
                }

                break;
            case TableBlock table:
                RenderTable(table, text);
                break;
            case ScorecardBlock card:
                RenderScorecard(card.Scorecard, text);
                break;
            default:
                break;
        }
    }

    private void RenderActions(ActionsBlock actions, StringBuilder text)
    {
        var hints = new List<string>();
        foreach (var button in actions.Buttons)
        {
            if (TypedCommands.TryGetValue(button.ActionId, out var word))
            {
                hints.Add($"{button.Label} → type '{word}'");
            }
            else if (button.ActionId == ActionIds.Start && !string.IsNullOrEmpty(button.Value))
            {
                hints.Add($"{button.Label} → type 'start {button.Value}'");
            }
            else if (button.ActionId == ActionIds.QuizChoice && button.Value is { } value
                && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index))
            {
                hints.Add($"{button.Label} → type '{index + 1}'");
            }
        }

        if (hints.Count > 0)
        {
            text.AppendLine(Style("  [" + string.Join("]  [", hints) + "]", Dim));
        }
    }

    private static void RenderTable(TableBlock table, StringBuilder text)
    {
        var widths = table.Headers.Select(h => h.Length).ToArray();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Count && i < widths.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        void Row(IReadOnlyList<string> cells)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                text.Append(cell.PadRight(widths[i] + 2));
            }

            text.AppendLine();
        }

        Row(table.Headers);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in table.Rows)
        {
            Row(row);
        }
    }

    private void RenderScorecard(Scorecard card, StringBuilder text)
    {
        if (card.Verdict == Verdict.NotScored)
        {
            text.AppendLine(Style("Not scored: " + (card.Reason ?? "the answer could not be scored."), Yellow));
            return;
        }

        text.Append(Style("Verdict: " + VerdictText(card.Verdict), Bold + VerdictColor(card.Verdict)))
            .AppendLine(CultureInfo.InvariantCulture, $"  ({card.Overall}/100)");
        foreach (var dimension in card.Dimensions)
        {
            var name = DimensionText(dimension.Name).PadRight(15);
            text.Append(CultureInfo.InvariantCulture, $"  {name} {Bar(dimension.Rating)} {dimension.Rating}/4  ")
                .AppendLine(Style(dimension.Reason, Dim));
        }

        if (card.Sections.Count > 0)
        {
            var parts = card.Sections.Select(s => s.TargetSeconds is { } target
                ? $"{s.Name} {s.EstimatedSeconds}s/{target}s"
                : $"{s.Name} {s.EstimatedSeconds}s");
            text.AppendLine(Style($"  Time: {card.EstimatedSeconds}s of about {card.TargetSeconds}s — " + string.Join(", ", parts), Dim));
        }
    }

    private static string Bar(int rating) => new string('▰', Math.Clamp(rating, 0, 4)) + new string('▱', 4 - Math.Clamp(rating, 0, 4));

    public static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire => "Strong Hire",
        Verdict.Hire => "Hire",
        Verdict.LeaningNoHire => "Leaning No Hire",
        Verdict.NoHire => "No Hire",
        _ => "Not scored",
    };

    private static string DimensionText(Dimension dimension) => dimension switch
    {
        Dimension.CompetencyFit => "Competency fit",
        _ => dimension.ToString(),
    };

    private static string VerdictColor(Verdict verdict) => verdict switch
    {
        Verdict.StrongHire or Verdict.Hire => Green,
        Verdict.LeaningNoHire => Yellow,
        _ => Red,
    };

    private string Markdown(string markdown) =>
        UseColor ? BoldMarkdown().Replace(markdown, m => Bold + m.Groups[1].Value + Reset) : markdown;

    private string Style(string text, string code) => UseColor ? code + text + Reset : text;

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex BoldMarkdown();
}
