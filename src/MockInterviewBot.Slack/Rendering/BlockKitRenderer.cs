using System.Globalization;
using System.Text;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Json;
using CoreButtonStyle = MockInterviewBot.Core.Conversations.ButtonStyle;

namespace MockInterviewBot.Slack.Rendering;

/// <summary>
/// Renders the engine's neutral <see cref="Reply"/> into Block Kit messages: every block within its limits, at most
/// 50 blocks and about 11,000 characters of block text per message (longer replies continue in further messages),
/// a text fallback on each message, and user words escaped.
/// </summary>
internal static class BlockKitRenderer
{
    public static IReadOnlyList<SlackMessage> Render(Reply reply)
    {
        var blocks = new List<Block>();
        foreach (var block in reply.Blocks)
        {
            blocks.AddRange(RenderBlock(block));
        }

        var fallback = Mrkdwn.Truncate(Mrkdwn.FromMarkdown(string.IsNullOrWhiteSpace(reply.FallbackText) ? FallbackOf(reply) : reply.FallbackText), SlackLimits.MessageText);
        if (blocks.Count == 0)
        {
            return [new SlackMessage(fallback, [new SectionBlock { Text = new MrkdwnText(Mrkdwn.Truncate(fallback, SlackLimits.SectionText)) }])];
        }

        var messages = new List<SlackMessage>();
        var current = new List<Block>();
        var chars = 0;
        foreach (var block in blocks)
        {
            var size = TextLength(block);
            if (current.Count > 0 && (current.Count == SlackLimits.BlocksPerMessage || chars + size > SlackLimits.BlockTextPerMessage))
            {
                messages.Add(new SlackMessage(messages.Count == 0 ? fallback : ContinuedText(fallback, messages.Count + 1), current));
                current = [];
                chars = 0;
            }

            current.Add(block);
            chars += size;
        }

        messages.Add(new SlackMessage(messages.Count == 0 ? fallback : ContinuedText(fallback, messages.Count + 1), current));
        return messages;
    }

    public static IEnumerable<Block> RenderBlock(ContentBlock block) => block switch
    {
        HeaderBlock header => [new HeaderBlockKit(new PlainText(Mrkdwn.Truncate(Mrkdwn.Plain(header.Text).Trim() is { Length: > 0 } h ? h : " ", SlackLimits.HeaderText)))],
        TextBlock text => Sections(Mrkdwn.FromMarkdown(text.Markdown)),
        QuoteBlock quote => Sections(Mrkdwn.Quote(quote.Text)),
        ContextBlock context => Context(Mrkdwn.FromMarkdown(context.Markdown)),
        DividerBlock => [new DividerBlockKit()],
        FieldsBlock fields => Fields(fields),
        ActionsBlock actions => Actions(actions.Buttons),
        ChoiceBlock choice => [Select(choice)],
        TableBlock table => Sections(Table(table)),
        ScorecardBlock scorecard => ScorecardRenderer.Render(scorecard.Scorecard),
        _ => [],
    };

    public static IEnumerable<Block> Sections(string mrkdwn)
    {
        if (string.IsNullOrWhiteSpace(mrkdwn))
        {
            yield break;
        }

        foreach (var chunk in Mrkdwn.Split(mrkdwn, SlackLimits.SectionText))
        {
            if (!string.IsNullOrWhiteSpace(chunk))
            {
                yield return new SectionBlock { Text = new MrkdwnText(chunk) };
            }
        }
    }

    public static IEnumerable<Block> Actions(IReadOnlyList<Button> buttons)
    {
        foreach (var group in buttons.Chunk(SlackLimits.ButtonsPerActions))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var elements = new List<BlockElement>();
            foreach (var button in group)
            {
                var occurrence = seen.TryGetValue(button.ActionId, out var n) ? n : 0;
                seen[button.ActionId] = occurrence + 1;
                elements.Add(new ButtonElement(
                    Mrkdwn.Truncate(BlockIds.Unique(button.ActionId, occurrence), SlackLimits.ActionId),
                    new PlainText(Mrkdwn.Truncate(Mrkdwn.Plain(button.Label), SlackLimits.ButtonText)))
                {
                    Value = button.Value is null ? null : Mrkdwn.Truncate(button.Value, SlackLimits.ButtonValue),
                    Style = button.Style switch
                    {
                        CoreButtonStyle.Primary => "primary",
                        CoreButtonStyle.Danger => "danger",
                        _ => null,
                    },
                });
            }

            yield return new ActionsBlockKit(elements);
        }
    }

    private static IEnumerable<Block> Context(string mrkdwn)
    {
        if (string.IsNullOrWhiteSpace(mrkdwn))
        {
            yield break;
        }

        foreach (var group in Mrkdwn.Split(mrkdwn, SlackLimits.ContextText).Chunk(SlackLimits.ContextElements))
        {
            yield return new ContextBlockKit(group.Select(t => (TextObject)new MrkdwnText(t)).ToArray());
        }
    }

    private static IEnumerable<Block> Fields(FieldsBlock fields)
    {
        foreach (var group in fields.Fields.Chunk(SlackLimits.FieldsPerSection))
        {
            yield return new SectionBlock
            {
                Fields = group.Select(f => (TextObject)new MrkdwnText(Mrkdwn.Truncate($"*{Mrkdwn.Escape(Mrkdwn.Plain(f.Label))}*\n{Mrkdwn.FromMarkdown(f.Value)}", SlackLimits.FieldText))).ToArray(),
            };
        }
    }

    private static ActionsBlockKit Select(ChoiceBlock choice) =>
        new([
            new StaticSelectElement(
                Mrkdwn.Truncate(choice.ActionId, SlackLimits.ActionId),
                new PlainText(Mrkdwn.Truncate(Mrkdwn.Plain(choice.Placeholder) is { Length: > 0 } p ? p : "Choose", SlackLimits.PlaceholderText)),
                choice.Choices.Take(SlackLimits.SelectOptions)
                    .Select(c => new SelectOption(new PlainText(Mrkdwn.Truncate(Mrkdwn.Plain(c.Label), SlackLimits.OptionText)), Mrkdwn.Truncate(c.Value, SlackLimits.OptionValue)))
                    .ToArray()),
        ]);

    /// <summary>A table as an aligned code block (mrkdwn has no tables).</summary>
    private static string Table(TableBlock table)
    {
        const int MaxCell = 40;
        var rows = new List<IReadOnlyList<string>> { table.Headers };
        rows.AddRange(table.Rows);
        var columns = rows.Max(r => r.Count);
        var widths = Enumerable.Range(0, columns)
            .Select(c => rows.Max(r => c < r.Count ? Math.Min(MaxCell, Mrkdwn.Plain(r[c]).Length) : 0))
            .ToArray();
        var builder = new StringBuilder("```\n");
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = Enumerable.Range(0, columns).Select(c =>
                Mrkdwn.Truncate(c < rows[r].Count ? Mrkdwn.Plain(rows[r][c]).Replace('\n', ' ') : "", MaxCell).PadRight(widths[c]));
            builder.Append(Mrkdwn.Escape(string.Join("  ", cells).TrimEnd())).Append('\n');
            if (r == 0)
            {
                builder.Append(string.Join("  ", widths.Select(w => new string('-', Math.Max(1, w))))).Append('\n');
            }
        }

        return builder.Append("```").ToString();
    }

    private static string FallbackOf(Reply reply) =>
        reply.Blocks.Select(b => b switch
        {
            HeaderBlock h => h.Text,
            TextBlock t => t.Markdown,
            _ => null,
        }).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? reply.Purpose.ToString();

    private static string ContinuedText(string fallback, int part) =>
        Mrkdwn.Truncate(string.Create(CultureInfo.InvariantCulture, $"(part {part}) {fallback}"), SlackLimits.MessageText);

    /// <summary>Characters of text a block contributes to Slack's cumulative cap.</summary>
    public static int TextLength(Block block) => block switch
    {
        SectionBlock s => (s.Text?.Text.Length ?? 0) + (s.Fields?.Sum(f => f.Text.Length) ?? 0),
        HeaderBlockKit h => h.Text.Text.Length,
        ContextBlockKit c => c.Elements.Sum(e => e.Text.Length),
        ActionsBlockKit a => a.Elements.Sum(e => e switch
        {
            ButtonElement b => b.Text.Text.Length,
            StaticSelectElement s => s.Options.Sum(o => o.Text.Text.Length),
            _ => 0,
        }),
        _ => 0,
    };
}
