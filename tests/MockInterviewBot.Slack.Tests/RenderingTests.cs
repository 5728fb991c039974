using System.Text.Json;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Slack.Json;
using MockInterviewBot.Slack.Rendering;
using MockInterviewBot.Slack.Tests.Fakes;

namespace MockInterviewBot.Slack.Tests;

public sealed class RenderingTests
{
    private static Reply Reply(params ContentBlock[] blocks) => new() { Purpose = ReplyPurpose.Feedback, Blocks = blocks, FallbackText = "Feedback" };

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        SectionBlock s => (s.Text is null ? [] : new[] { s.Text.Text }).Concat(s.Fields?.Select(f => f.Text) ?? []),
        ContextBlockKit c => c.Elements.Select(e => e.Text),
        HeaderBlockKit h => [h.Text.Text],
        _ => [],
    };

    [Fact]
    public void Render_UserText_IsEscapedSoItCannotMentionOrLink()
    {
        var messages = BlockKitRenderer.Render(Reply(new QuoteBlock("<!channel> ping & <https://evil.example|click>"), new TextBlock("You said <@U123> & more")));

        var text = string.Join("\n", messages.SelectMany(m => m.Blocks).SelectMany(Texts));
        Assert.Contains("&lt;!channel&gt; ping &amp; &lt;https://evil.example|click&gt;", text, StringComparison.Ordinal);
        Assert.Contains("You said &lt;@U123&gt; &amp; more", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LightMarkdown_BecomesMrkdwn()
    {
        var section = (SectionBlock)BlockKitRenderer.Render(Reply(new TextBlock("**Strong** start\n- first\n> quoted a < b\n_italic_ `code`"))).Single().Blocks.Single();

        Assert.Equal("*Strong* start\n• first\n>quoted a &lt; b\n_italic_ `code`", section.Text!.Text);
    }

    [Fact]
    public void Render_LongFeedback_SplitsIntoSectionsAndMessagesWithinLimits()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("I traced the retry storm to the payment client and measured the fix.", 20));
        var huge = string.Join("\n\n", Enumerable.Repeat(paragraph, 40)); // ~56,000 characters
        var messages = BlockKitRenderer.Render(Reply(new HeaderBlock("Feedback"), new TextBlock(huge), new ActionsBlock([new Button("Next", ActionIds.Next, "s1")])));

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            Assert.InRange(message.Blocks.Count, 1, SlackLimits.BlocksPerMessage);
            Assert.InRange(message.Blocks.Sum(BlockKitRenderer.TextLength), 1, SlackLimits.BlockTextPerMessage);
            Assert.All(message.Blocks.SelectMany(Texts), t => Assert.InRange(t.Length, 1, SlackLimits.SectionText));
            Assert.False(string.IsNullOrWhiteSpace(message.Text));
        }

        var all = string.Concat(messages.SelectMany(m => m.Blocks).SelectMany(Texts)).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        Assert.Equal(huge.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Length + "Feedback".Length, all.Length);
        Assert.IsType<ActionsBlockKit>(messages[^1].Blocks[^1]);
    }

    [Fact]
    public void Render_MoreThanFiftyBlocks_SplitsIntoSeveralMessages()
    {
        var blocks = Enumerable.Range(0, 120).Select(i => (ContentBlock)new TextBlock($"line {i}")).ToArray();

        var messages = BlockKitRenderer.Render(Reply(blocks));

        Assert.Equal(3, messages.Count);
        Assert.Equal(new[] { 50, 50, 20 }, messages.Select(m => m.Blocks.Count));
        Assert.StartsWith("(part 2)", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Scorecard_ShowsVerdictBarsEvidenceAndFixes()
    {
        var card = ScriptedEngine.Card("I pulled the logs & traced <the> bug myself");

        var text = string.Join("\n", BlockKitRenderer.Render(Reply(new ScorecardBlock(card, "answer"))).SelectMany(m => m.Blocks).SelectMany(Texts));

        Assert.Contains("*Verdict: Hire*", text, StringComparison.Ordinal);
        Assert.Contains("▰▰▰▱ 3/4", text, StringComparison.Ordinal);
        Assert.Contains("▰▱▱▱ 1/4", text, StringComparison.Ordinal);
        Assert.Contains(">“I pulled the logs &amp;”", text, StringComparison.Ordinal);
        Assert.Contains("Quantify the result.", text, StringComparison.Ordinal);
        Assert.Contains("_Try:_ Errors fell from 0.3% to zero.", text, StringComparison.Ordinal);
        Assert.Contains("48 s spoken", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "▱▱▱▱")]
    [InlineData(2, "▰▰▱▱")]
    [InlineData(4, "▰▰▰▰")]
    [InlineData(9, "▰▰▰▰")]
    public void Bar_Rating_DrawsFourCells(int rating, string expected) => Assert.Equal(expected, ScorecardRenderer.Bar(rating));

    [Fact]
    public void Render_RepeatedActionIds_AreMadeUniqueAndMapBack()
    {
        var message = BlockKitRenderer.Render(Reply(new ActionsBlock([new Button("A", ActionIds.QuizChoice, "0"), new Button("B", ActionIds.QuizChoice, "1"), new Button("C", ActionIds.QuizChoice, "2")]))).Single();

        var ids = ((ActionsBlockKit)message.Blocks.Single()).Elements.Select(e => e.ActionId).ToArray();
        Assert.Equal(3, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(ActionIds.QuizChoice, BlockIds.OriginalActionId(id)));
        Assert.Equal("answer_too", BlockIds.OriginalActionId("answer_too"));
    }

    [Fact]
    public void Render_LongHeaderAndButtonLabels_AreTruncated()
    {
        var message = BlockKitRenderer.Render(Reply(new HeaderBlock(new string('h', 400)), new ActionsBlock([new Button(new string('b', 200), ActionIds.Hint, "s")]))).Single();

        Assert.Equal(SlackLimits.HeaderText, ((HeaderBlockKit)message.Blocks[0]).Text.Text.Length);
        Assert.Equal(SlackLimits.ButtonText, ((ButtonElement)((ActionsBlockKit)message.Blocks[1]).Elements[0]).Text.Text.Length);
    }

    [Fact]
    public void Render_Blocks_SerializeWithSlackTypeNames()
    {
        var message = BlockKitRenderer.Render(new Reply
        {
            Purpose = ReplyPurpose.Menu,
            Blocks = [new HeaderBlock("Menu"), new ChoiceBlock(ActionIds.PickMode, "Mode", [new Choice("Practice", "practice")]), new DividerBlock(), new ContextBlock("small"), new FieldsBlock([new Field("Mode", "practice")]), new ActionsBlock([new Button("Go", ActionIds.Start, "practice", ButtonStyle.Primary)])],
            FallbackText = "Menu",
        }).Single();

        var json = JsonSerializer.Serialize(message.Blocks, SlackJsonContext.Default.IReadOnlyListBlock);

        using var doc = JsonDocument.Parse(json);
        var types = doc.RootElement.EnumerateArray().Select(b => b.GetProperty("type").GetString()).ToArray();
        Assert.Equal(new[] { "header", "actions", "divider", "context", "section", "actions" }, types);
        Assert.Contains("\"type\":\"static_select\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"plain_text\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"primary\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Table_IsAnAlignedCodeBlock()
    {
        var section = (SectionBlock)BlockKitRenderer.Render(Reply(new TableBlock(["Q", "Verdict"], [["1", "Hire"], ["2", "No Hire"]]))).Single().Blocks.Single();

        Assert.StartsWith("```\nQ  Verdict", section.Text!.Text, StringComparison.Ordinal);
        Assert.Contains("2  No Hire", section.Text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EmptyReply_StillHasTextAndOneBlock()
    {
        var message = BlockKitRenderer.Render(new Reply { Purpose = ReplyPurpose.Info, Blocks = [], FallbackText = "Just text & more" }).Single();

        Assert.Equal("Just text &amp; more", message.Text);
        Assert.Single(message.Blocks);
    }
}
