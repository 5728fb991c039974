using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>A past session replayed question by question: the question, the answer, each probe and its answer, and the result.</summary>
public static class SessionReplay
{
    /// <summary>Longest answer quoted in a replay; longer ones are cut with an ellipsis.</summary>
    public const int MaxQuotedChars = 1500;

    public static Reply Build(InterviewSession session, int? number, IScenarioCatalog? catalog)
    {
        var title = string.Create(CultureInfo.InvariantCulture,
            $"Replay{(number is { } n ? $" #{n}" : "")}: {Vocabulary.ModeWord(session.Mode)} on {session.CreatedAt:yyyy-MM-dd HH:mm} UTC");
        var reply = new ReplyBuilder(ReplyPurpose.History).Visibility(ReplyVisibility.Private).Header(title);
        reply.Context($"{Vocabulary.FrameworkName(session.Framework)} · {Vocabulary.LevelName(session.Level)} · result: {HistoryCommand.Outcome(session)}");

        if (session.Mode == InterviewMode.Quiz || (session.Questions.Count == 0 && session.Quiz.Count > 0))
        {
            AddQuiz(reply, session, catalog);
            return reply.Build();
        }

        if (session.Questions.Count == 0)
        {
            return reply.Text("This session ended before a question was asked.").Build();
        }

        for (var i = 0; i < session.Questions.Count; i++)
        {
            var question = session.Questions[i];
            if (i > 0)
            {
                reply.Divider();
            }

            reply.Text(string.Create(CultureInfo.InvariantCulture, $"**Question {i + 1}.** {question.QuestionText}"));
            AddAnswer(reply, "Your answer", question.Answer, question.Skipped ? "_Skipped._" : "_No answer was submitted._");
            if (question.DrillAnswers.Count > 0 && question.Answer.Count == 0)
            {
                foreach (var (section, text) in question.DrillAnswers.OrderBy(kv => kv.Key))
                {
                    reply.Text($"_{PlainText.SectionName(section)}_");
                    reply.Quote(Cut(text));
                }
            }

            foreach (var probe in question.Probes)
            {
                reply.Text($"**Follow-up:** {probe.Question}");
                AddAnswer(reply, null, probe.Answer, "_Not answered._");
                if (probe.Verdict is { } verdict and not Verdict.NotScored)
                {
                    reply.Context($"Follow-up verdict: {PlainText.VerdictName(verdict)}");
                }
            }

            AddResult(reply, question);
        }

        return reply.Build();
    }

    private static void AddAnswer(ReplyBuilder reply, string? label, List<AnswerPart> parts, string none)
    {
        var text = string.Join("\n", parts.Where(p => !p.Deleted).Select(p => p.Text)).Trim();
        if (label is not null && text.Length > 0)
        {
            reply.Context(label + ":");
        }

        if (text.Length == 0)
        {
            reply.Context(parts.Count > 0 && parts.All(p => p.Deleted) ? "_The answer was deleted._" : none);
            return;
        }

        reply.Quote(Cut(text));
    }

    private static void AddResult(ReplyBuilder reply, QuestionRecord question)
    {
        if (question.Scorecard is not { } card)
        {
            return;
        }

        if (card.Verdict == Verdict.NotScored)
        {
            reply.Context("Not scored" + (card.Reason is null ? "." : $": {card.Reason}"));
            return;
        }

        var ratings = string.Join(" · ", card.Dimensions.Select(d => string.Create(CultureInfo.InvariantCulture, $"{PlainText.DimensionName(d.Name)} {d.Rating}/4")));
        reply.Text(string.Create(CultureInfo.InvariantCulture, $"**Verdict: {PlainText.VerdictName(card.Verdict)}** (overall {card.Overall})"));
        reply.Context(ratings);
        foreach (var effect in card.ProbeEffects.Where(e => e.ProbeVerdict is Verdict.NoHire or Verdict.LeaningNoHire))
        {
            reply.Context(effect.Note);
        }

        if (card.Fixes.Count > 0 && card.Fixes[0] is { } fix)
        {
            reply.Text($"Fix first ({PlainText.DimensionName(fix.Dimension).ToLowerInvariant()}): {fix.Coaching}");
        }
    }

    private static void AddQuiz(ReplyBuilder reply, InterviewSession session, IScenarioCatalog? catalog)
    {
        var lines = new List<string>();
        for (var i = 0; i < session.Quiz.Count; i++)
        {
            var round = session.Quiz[i];
            var item = catalog?.Find(round.ScenarioId) is { } scenario && round.ItemIndex >= 0 && round.ItemIndex < scenario.Quiz.Count
                ? scenario.Quiz[round.ItemIndex]
                : null;
            var mark = round.Correct switch
            {
                true => "✓",
                false => "✗",
                null => "–",
            };
            var question = item?.Question ?? $"{round.ScenarioId} item {round.ItemIndex + 1}";
            var chosen = item is not null && round.Chosen is { } c && c >= 0 && c < item.Choices.Count ? $" — you chose: {item.Choices[c]}" : "";
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{mark} {i + 1}. {question}{chosen}"));
        }

        reply.Bullets(lines);
    }

    private static string Cut(string text) => text.Length <= MaxQuotedChars ? text : text[..MaxQuotedChars].TrimEnd() + "…";
}
