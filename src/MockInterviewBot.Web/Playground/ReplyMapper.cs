using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Web.Playground;

/// <summary>Turns the engine's neutral replies into the JSON blocks the page draws.</summary>
internal static class ReplyMapper
{
    public static ReplyView Map(Reply reply) => new(
        Labels.Id(reply.Purpose),
        Labels.Id(reply.Visibility),
        reply.FallbackText,
        reply.Blocks.Select(MapBlock).ToArray());

    private static object MapBlock(ContentBlock block) => block switch
    {
        HeaderBlock h => new HeaderView(h.Text),
        TextBlock t => new TextView(t.Markdown),
        QuoteBlock q => new QuoteView(q.Text),
        ContextBlock c => new ContextView(c.Markdown),
        DividerBlock => new DividerView(),
        FieldsBlock f => new FieldsView(f.Fields.Select(x => new FieldView(x.Label, x.Value)).ToArray()),
        ActionsBlock a => new ActionsView(a.Buttons.Select(b => new ButtonView(b.Label, b.ActionId, b.Value, Labels.Id(b.Style))).ToArray()),
        ChoiceBlock c => new ChoiceView(c.ActionId, c.Placeholder, c.Choices.Select(x => new OptionView(x.Value, x.Label)).ToArray()),
        TableBlock t => new TableView(t.Headers, t.Rows),
        ScorecardBlock s => new ScorecardView(MapScorecard(s.Scorecard, s.AnswerText)),
        _ => new TextView(""),
    };

    internal static ScorecardData MapScorecard(Scorecard card, string answer) => new(
        Labels.Id(card.Verdict),
        Labels.Of(card.Verdict),
        card.Overall,
        Labels.Id(card.Level),
        card.Framework,
        card.Reason,
        card.Words,
        card.EstimatedSeconds,
        card.TargetSeconds,
        card.LevelNote,
        answer,
        card.Dimensions.Select(d => new DimensionData(
            Labels.Id(d.Name),
            Labels.Of(d.Name),
            d.Rating,
            d.Reason,
            d.Evidence.Where(e => InRange(answer, e.Start, e.Length)).Select(e => new EvidenceData(e.Text, e.Start, e.Length)).ToArray())).ToArray(),
        card.Sections.Select(s => new SectionData(Labels.Id(s.Name), Labels.Of(s.Name), s.Start, s.Length, s.Words, s.EstimatedSeconds, s.TargetSeconds)).ToArray(),
        card.RedFlags.Where(f => InRange(answer, f.Start, f.Length)).Select(f => new RedFlagData(f.Kind, f.Text, f.Start, f.Length)).ToArray(),
        card.Fixes.Select(f => new FixData(Labels.Id(f.Dimension), f.Coaching, f.BetterPhrasing)).ToArray(),
        card.ProbeEffects.Select(p => new ProbeEffectData(p.ProbeId, Labels.Id(p.ProbeVerdict), Labels.Of(p.ProbeVerdict), p.Note)).ToArray());

    /// <summary>Evidence the page can highlight: a non-empty span inside the answer text.</summary>
    private static bool InRange(string answer, int start, int length) =>
        start >= 0 && length > 0 && start <= answer.Length - length;
}
