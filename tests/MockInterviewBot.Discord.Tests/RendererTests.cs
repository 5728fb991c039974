using System.Text.Json;
using System.Text.Json.Nodes;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Discord.Json;
using MockInterviewBot.Discord.Rendering;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Discord.Tests;

public sealed class RendererTests
{
    private static Reply Reply(params ContentBlock[] blocks) => new() { Purpose = ReplyPurpose.Info, Blocks = blocks, FallbackText = "fallback" };

    [Fact]
    public void Render_LongPlainText_SplitIntoMessagesUnder2000()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("word", 150));
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 12));

        var messages = DiscordRenderer.Render(Reply(new TextBlock(text)));

        Assert.True(messages.Count >= 4);
        Assert.All(messages, m => Assert.InRange(m.Content!.Length, 1, DiscordLimits.Content));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal),
            string.Concat(messages.Select(m => m.Content)).Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyButtons_FivePerRowFiveRowsPerMessage()
    {
        var buttons = Enumerable.Range(0, 32).Select(i => new Button($"B{i}", ActionIds.QuizChoice, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        var messages = DiscordRenderer.Render(Reply(new TextBlock("pick"), new ActionsBlock(buttons)));

        var rows = messages.SelectMany(m => m.Components ?? []).ToArray();
        Assert.All(messages, m => Assert.InRange(m.Components?.Count ?? 0, 0, DiscordLimits.ActionRows));
        Assert.All(rows, r => Assert.InRange(r.Components!.Count, 1, DiscordLimits.ButtonsPerRow));
        Assert.Equal(32, rows.Sum(r => r.Components!.Count));
        Assert.Equal("mi:v1:quiz_choice:7", rows[1].Components![2].CustomId);
    }

    [Fact]
    public void Render_ButtonStyles_MappedAndLabelsTruncated()
    {
        var messages = DiscordRenderer.Render(Reply(new TextBlock("q"), new ActionsBlock(
        [
            new Button("Submit", ActionIds.Submit, "s1", ButtonStyle.Primary),
            new Button("End", ActionIds.End, "s1", ButtonStyle.Danger),
            new Button(new string('x', 120), ActionIds.Hint, "s1"),
        ])));

        var row = messages[0].Components![0].Components!;
        Assert.Equal([1, 4, 2], row.Select(b => b.Style!.Value));
        Assert.Equal(DiscordLimits.ButtonLabel, row[2].Label!.Length);
    }

    [Fact]
    public void Render_ChoiceBlock_BecomesStringSelect()
    {
        var messages = DiscordRenderer.Render(Reply(new TextBlock("mode?"), new ChoiceBlock(ActionIds.PickMode, "Pick a mode", [new Choice("Practice", "practice"), new Choice("Quiz", "quiz")])));

        var select = messages[0].Components![0].Components!.Single();
        Assert.Equal(3, select.Type);
        Assert.Equal("mi:v1:pick_mode:", select.CustomId);
        Assert.Equal(["practice", "quiz"], select.Options!.Select(o => o.Value));
    }

    [Fact]
    public void Render_HeaderAndFields_BecomeEmbedWithinLimits()
    {
        var messages = DiscordRenderer.Render(Reply(
            new HeaderBlock("Question 1"),
            new TextBlock(new string('a', 5000)),
            new FieldsBlock([new Field("Level", "Senior"), new Field("Framework", "amazon")]),
            new QuoteBlock("my words"),
            new ContextBlock("target 2 min")));

        var embeds = messages.SelectMany(m => m.Embeds!).ToArray();
        Assert.Equal("Question 1", embeds[0].Title);
        Assert.All(embeds, e => Assert.InRange(e.Description?.Length ?? 0, 0, DiscordLimits.EmbedDescription));
        Assert.All(messages, m => Assert.InRange(m.Embeds!.Sum(DiscordRenderer.Size), 1, DiscordLimits.EmbedTotal));
        Assert.Contains(embeds, e => e.Fields?.Any(f => f.Name == "Level" && f.Value == "Senior") == true);
        Assert.Contains(embeds, e => e.Description?.Contains("> my words", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Render_Table_AsCodeBlock()
    {
        var messages = DiscordRenderer.Render(Reply(new HeaderBlock("Summary"), new TableBlock(["Q", "Verdict"], [["1", "Hire"], ["2", "No Hire"]])));

        Assert.Contains("```", messages[0].Embeds![0].Description, StringComparison.Ordinal);
        Assert.Contains("No Hire", messages[0].Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Scorecard_FieldPerDimensionWithBarEvidenceFixesAndVerdictColor()
    {
        var card = new Scorecard
        {
            Overall = 3,
            Verdict = Verdict.Hire,
            Level = Level.Senior,
            Framework = "amazon",
            Dimensions =
            [
                new DimensionScore { Name = Dimension.Ownership, Rating = 3, Reason = "Mostly first person.", Evidence = [new Evidence("I traced the bug", 0, 16)] },
                new DimensionScore { Name = Dimension.Impact, Rating = 1, Reason = "No numbers." },
                new DimensionScore { Name = Dimension.CompetencyFit, Rating = 4, Reason = "Clear." },
            ],
            Fixes = [new Fix { Dimension = Dimension.Impact, Coaching = "Quantify the result.", BetterPhrasing = "Errors fell from 0.3% to zero." }],
            RedFlags = [new RedFlag { Kind = "vagueResult", Start = 0, Length = 5, Text = "things got better" }],
            EstimatedSeconds = 95,
            TargetSeconds = 150,
            Words = 240,
        };

        var messages = DiscordRenderer.Render(Reply(new TextBlock("Here is your feedback."), new ScorecardBlock(card, "I traced the bug")));

        var embed = messages.SelectMany(m => m.Embeds!).Single(e => e.Title?.StartsWith("Scorecard", StringComparison.Ordinal) == true);
        Assert.Equal(ScorecardRenderer.VerdictColor(Verdict.Hire), embed.Color);
        Assert.Equal(["Ownership", "Impact", "Competency fit", "Fix first", "Red flags"], embed.Fields!.Select(f => f.Name));
        Assert.Contains("`███░` 3/4", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Contains("> “I traced the bug”", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Contains("`█░░░` 1/4", embed.Fields![1].Value, StringComparison.Ordinal);
        Assert.Contains("0.3% to zero", embed.Fields![3].Value, StringComparison.Ordinal);
        Assert.Contains("95 s", embed.Footer!.Text, StringComparison.Ordinal);
        Assert.All(embed.Fields!, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue));
    }

    [Theory]
    [InlineData(Verdict.StrongHire)]
    [InlineData(Verdict.NoHire)]
    [InlineData(Verdict.LeaningNoHire)]
    public void VerdictColor_DistinctPerVerdict(Verdict verdict)
    {
        Assert.NotEqual(ScorecardRenderer.VerdictColor(Verdict.Hire), ScorecardRenderer.VerdictColor(verdict));
    }

    [Fact]
    public void Render_AnyReply_SerializesWithAllowedMentionsParseEmpty()
    {
        var payload = DiscordRenderer.Render(Reply(new TextBlock("hey @everyone <@123>")))[0];

        var json = JsonNode.Parse(JsonSerializer.Serialize(payload, DiscordJsonContext.Default.MessagePayload))!;

        Assert.Equal("{\"parse\":[]}", json["allowed_mentions"]!.ToJsonString());
        Assert.Null(json["embeds"]);
    }

    [Fact]
    public void CustomIds_LongValue_TruncatedTo100AndDecodable()
    {
        var id = CustomIds.Encode(ActionIds.Start, new string('v', 200));

        Assert.Equal(100, id.Length);
        Assert.True(CustomIds.TryDecode(id, out var action, out _));
        Assert.Equal(ActionIds.Start, action);
        Assert.False(CustomIds.TryDecode("other:next:1", out _, out _));
    }

    [Fact]
    public void TextSplitter_NoBoundary_HardCutsWithoutLosingText()
    {
        var text = new string('x', 4500);

        var pieces = TextSplitter.Split(text, 2000);

        Assert.Equal([2000, 2000, 500], pieces.Select(p => p.Length));
    }
}
