using System.Text;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Discord.Json;
using CoreButtonStyle = MockInterviewBot.Core.Conversations.ButtonStyle;

namespace MockInterviewBot.Discord.Rendering;

/// <summary>
/// Turns a neutral <see cref="Reply"/> into one or more Discord messages within Discord's limits: plain replies
/// become content (split at 2,000 characters), rich ones become embeds (a scorecard gets its own), buttons and
/// menus become action rows (5 buttons a row, 5 rows a message). Every message carries
/// <c>allowed_mentions: {"parse":[]}</c>.
/// </summary>
public static class DiscordRenderer
{
    private const int QuestionColor = 0x5865F2;
    private const int InfoColor = 0x4F545C;

    public static IReadOnlyList<MessagePayload> Render(Reply reply)
    {
        reply = WithDiscordMentions(reply);
        var rows = BuildRows(reply.Blocks);
        var rich = reply.Blocks.Any(b => b is HeaderBlock or FieldsBlock or ScorecardBlock or TableBlock);
        var messages = rich ? RenderEmbeds(reply) : RenderPlain(reply);
        if (messages.Count == 0 && rows.Count > 0)
        {
            messages.Add(new MessagePayload { Content = TextSplitter.Truncate(Fallback(reply), DiscordLimits.Content) });
        }

        if (rows.Count > 0)
        {
            // Components ride on the last message; more than 5 rows spill into follow-on messages.
            var chunks = rows.Chunk(DiscordLimits.ActionRows).ToArray();
            messages[^1] = messages[^1] with { Components = chunks[0] };
            foreach (var chunk in chunks.Skip(1))
            {
                messages.Add(new MessagePayload { Content = "More options:", Components = chunk });
            }
        }

        return messages;
    }

    /// <summary>Neutral mentions become <c>&lt;@id&gt;</c>; with no allowed mentions they show the name without pinging.</summary>
    private static Reply WithDiscordMentions(Reply reply)
    {
        if (!reply.Blocks.Any(b => b is TextBlock or ContextBlock) || !reply.Blocks.Any(HasMention))
        {
            return reply;
        }

        static string Render(string text) => Mentions.Render(text, id => $"<@{id}>");
        return reply with
        {
            Blocks = reply.Blocks.Select(b => b switch
            {
                TextBlock t => new TextBlock(Render(t.Markdown)),
                ContextBlock c => new ContextBlock(Render(c.Markdown)),
                _ => b,
            }).ToArray(),
        };
    }

    private static bool HasMention(ContentBlock block) => block switch
    {
        TextBlock t => t.Markdown.Contains(Mentions.Open, StringComparison.Ordinal),
        ContextBlock c => c.Markdown.Contains(Mentions.Open, StringComparison.Ordinal),
        _ => false,
    };

    private static string Fallback(Reply reply) =>
        string.IsNullOrWhiteSpace(reply.FallbackText) ? "…" : reply.FallbackText;

    private static List<MessagePayload> RenderPlain(Reply reply)
    {
        var text = new StringBuilder();
        foreach (var block in reply.Blocks)
        {
            AppendMarkdown(text, block);
        }

        var body = text.ToString().Trim();
        if (body.Length == 0 && reply.Blocks.All(b => b is ActionsBlock or ChoiceBlock))
        {
            body = Fallback(reply);
        }

        return TextSplitter.Split(body, DiscordLimits.Content).Select(c => new MessagePayload { Content = c }).ToList();
    }

    private static List<MessagePayload> RenderEmbeds(Reply reply)
    {
        var color = reply.Purpose is ReplyPurpose.Question or ReplyPurpose.Probe ? QuestionColor : InfoColor;
        var embeds = new List<EmbedPayload>();
        string? title = null;
        var description = new StringBuilder();
        var fields = new List<EmbedField>();

        void Flush()
        {
            if (title is null && description.Length == 0 && fields.Count == 0)
            {
                return;
            }

            var pieces = TextSplitter.Split(description.ToString(), DiscordLimits.EmbedDescription);
            var fieldChunks = fields.Chunk(DiscordLimits.EmbedFields).ToList();
            var count = Math.Max(1, Math.Max(pieces.Count, fieldChunks.Count));
            for (var i = 0; i < count; i++)
            {
                embeds.Add(new EmbedPayload
                {
                    Title = i == 0 && title is not null ? TextSplitter.Truncate(title, DiscordLimits.EmbedTitle) : null,
                    Description = i < pieces.Count ? pieces[i] : null,
                    Fields = i < fieldChunks.Count ? fieldChunks[i] : null,
                    Color = color,
                });
            }

            title = null;
            description.Clear();
            fields.Clear();
        }

        foreach (var block in reply.Blocks)
        {
            switch (block)
            {
                case HeaderBlock header:
                    Flush();
                    title = header.Text;
                    break;
                case FieldsBlock block2:
                    fields.AddRange(block2.Fields.Select(f => new EmbedField
                    {
                        Name = TextSplitter.Truncate(string.IsNullOrWhiteSpace(f.Label) ? "\u200b" : f.Label, DiscordLimits.FieldName),
                        Value = TextSplitter.Truncate(string.IsNullOrWhiteSpace(f.Value) ? "\u200b" : f.Value, DiscordLimits.FieldValue),
                        Inline = f.Value.Length <= 40,
                    }));
                    break;
                case ScorecardBlock scorecard:
                    Flush();
                    embeds.Add(ScorecardRenderer.Render(scorecard.Scorecard));
                    break;
                default:
                    AppendMarkdown(description, block);
                    break;
            }
        }

        Flush();
        return Pack(embeds);
    }

    /// <summary>At most 10 embeds and 6,000 embed characters per message.</summary>
    private static List<MessagePayload> Pack(List<EmbedPayload> embeds)
    {
        var messages = new List<MessagePayload>();
        var current = new List<EmbedPayload>();
        var size = 0;
        foreach (var embed in embeds)
        {
            var embedSize = Size(embed);
            if (current.Count > 0 && (current.Count == DiscordLimits.EmbedsPerMessage || size + embedSize > DiscordLimits.EmbedTotal))
            {
                messages.Add(new MessagePayload { Embeds = current });
                current = [];
                size = 0;
            }

            current.Add(embed);
            size += embedSize;
        }

        if (current.Count > 0)
        {
            messages.Add(new MessagePayload { Embeds = current });
        }

        return messages;
    }

    public static int Size(EmbedPayload embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);

    private static void AppendMarkdown(StringBuilder text, ContentBlock block)
    {
        switch (block)
        {
            case HeaderBlock header:
                Paragraph(text, $"**{header.Text.Trim()}**");
                break;
            case TextBlock t:
                Paragraph(text, t.Markdown.Trim());
                break;
            case QuoteBlock quote:
                Paragraph(text, string.Join('\n', quote.Text.Trim().Split('\n').Select(l => "> " + l.TrimEnd())));
                break;
            case ContextBlock context:
                Paragraph(text, string.Join('\n', context.Markdown.Trim().Split('\n').Select(l => "-# " + l.TrimEnd())));
                break;
            case DividerBlock:
                Paragraph(text, "───");
                break;
            case FieldsBlock fields:
                Paragraph(text, string.Join('\n', fields.Fields.Select(f => $"**{f.Label}:** {f.Value}")));
                break;
            case TableBlock table:
                Paragraph(text, Table(table));
                break;
            case ScorecardBlock scorecard:
                Paragraph(text, $"**{ScorecardRenderer.VerdictText(scorecard.Scorecard.Verdict)}**");
                break;
        }
    }

    private static void Paragraph(StringBuilder text, string paragraph)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(paragraph);
    }

    private static string Table(TableBlock table)
    {
        var columns = table.Headers.Count;
        var widths = new int[columns];
        foreach (var row in table.Rows.Prepend(table.Headers))
        {
            for (var i = 0; i < columns && i < row.Count; i++)
            {
                widths[i] = Math.Min(24, Math.Max(widths[i], row[i].Length));
            }
        }

        var text = new StringBuilder("```\n");
        void Line(IReadOnlyList<string> row) =>
            text.AppendJoin(" | ", Enumerable.Range(0, columns).Select(i => TextSplitter.Truncate(i < row.Count ? row[i] : "", Math.Max(widths[i], 2)).PadRight(widths[i]))).Append('\n');
        Line(table.Headers);
        text.AppendJoin("-+-", widths.Select(w => new string('-', w))).Append('\n');
        foreach (var row in table.Rows)
        {
            Line(row);
        }

        return text.Append("```").ToString();
    }

    private static List<ComponentPayload> BuildRows(IReadOnlyList<ContentBlock> blocks)
    {
        var rows = new List<ComponentPayload>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ActionsBlock actions:
                    var buttons = actions.Buttons
                        .Select(b => (Button: b, Id: CustomIds.Encode(b.ActionId, b.Value)))
                        .Where(b => used.Add(b.Id))
                        .Select(b => new ComponentPayload
                        {
                            Type = 2,
                            Style = b.Button.Style switch
                            {
                                CoreButtonStyle.Primary => 1,
                                CoreButtonStyle.Danger => 4,
                                _ => 2,
                            },
                            Label = TextSplitter.Truncate(b.Button.Label, DiscordLimits.ButtonLabel),
                            CustomId = b.Id,
                        });
                    rows.AddRange(buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(chunk => new ComponentPayload { Type = 1, Components = chunk }));
                    break;
                case ChoiceBlock choice when choice.Choices.Count > 0:
                    var id = CustomIds.Encode(choice.ActionId, null);
                    if (!used.Add(id))
                    {
                        break;
                    }

                    rows.Add(new ComponentPayload
                    {
                        Type = 1,
                        Components =
                        [
                            new ComponentPayload
                            {
                                Type = 3,
                                CustomId = id,
                                Placeholder = TextSplitter.Truncate(choice.Placeholder, DiscordLimits.SelectPlaceholder),
                                Options = choice.Choices.Take(DiscordLimits.SelectOptions).Select(c => new SelectOption
                                {
                                    Label = TextSplitter.Truncate(c.Label, DiscordLimits.SelectOptionText),
                                    Value = TextSplitter.Truncate(c.Value, DiscordLimits.SelectOptionText),
                                }).ToArray(),
                            },
                        ],
                    });
                    break;
            }
        }

        return rows;
    }
}
