using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Feedback;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>Mock: a round of N questions with probes after each answer and feedback only at the end, with a summary table.</summary>
public sealed class MockHandler(EngineServices services) : ModeHandler(services)
{
    private readonly QuestionFlow _flow = new(services);

    public override InterviewMode Mode => InterviewMode.Mock;

    public override bool Begin(TurnContext ctx, StartContext start)
    {
        var session = ctx.Session;
        var exclude = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? note = null;
        if (start.Pattern is { } first)
        {
            AddQuestion(session, first);
            exclude.Add(first.Id);
        }

        while (session.Questions.Count < start.Start.Count)
        {
            var pick = Services.Picker.Pick(start.Start with { ScenarioId = null }, exclude, start.LastUsed);
            if (pick is null || exclude.Contains(pick.Scenario.Id))
            {
                break;
            }

            note ??= pick.Note;
            exclude.Add(pick.Scenario.Id);
            AddQuestion(session, pick.Scenario);
        }

        if (session.Questions.Count == 0)
        {
            return false;
        }

        session.CurrentQuestion = 0;
        var intro = string.Create(CultureInfo.InvariantCulture,
            $"A round of {session.Questions.Count} question(s), like a real interview: follow-ups after each answer, feedback at the end.");
        AskCurrent(ctx, note is null ? intro : $"{intro} {note}");
        return true;
    }

    public override void OnAnswerPart(TurnContext ctx)
    {
        if (_flow.ShouldAutoSubmit(ctx.Session))
        {
            OnSubmit(ctx);
            return;
        }

        QuestionFlow.AcknowledgePart(ctx);
    }

    public override void OnSubmit(TurnContext ctx)
    {
        if (!AnswerCapture.CollectsAnswer(ctx.Session) || Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "done");
            return;
        }

        if (_flow.Submit(ctx, scenario) is not null)
        {
            Advance(ctx);
        }
    }

    public override void OnSkip(TurnContext ctx)
    {
        var session = ctx.Session;
        if (!AnswerCapture.CollectsAnswer(session) || Services.ScenarioOf(session.Current) is not { } scenario)
        {
            Help(ctx, "skip");
            return;
        }

        if (session.Step == Steps.Probing)
        {
            if (_flow.SkipProbe(ctx, scenario) is not null)
            {
                Advance(ctx);
            }

            return;
        }

        session.Current!.Skipped = true;
        Advance(ctx);
    }

    public override void OnHint(TurnContext ctx)
    {
        if (!AnswerCapture.CollectsAnswer(ctx.Session) || Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "hint");
            return;
        }

        _flow.Hint(ctx, scenario);
    }

    public override void OnRepeat(TurnContext ctx)
    {
        if (!AnswerCapture.CollectsAnswer(ctx.Session) || Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "repeat");
            return;
        }

        QuestionFlow.Repeat(ctx, scenario);
    }

    public override string Describe(InterviewSession session)
    {
        if (session.Step == Steps.Finished)
        {
            return "Your mock round is finished.";
        }

        var position = string.Create(CultureInfo.InvariantCulture, $"question {session.CurrentQuestion + 1} of {session.Questions.Count}");
        return session.Step == Steps.Probing
            ? $"Mock round, {position}: answering a follow-up."
            : $"Mock round, {position}: answering \"{session.Current?.QuestionText}\"";
    }

    public override string NextSteps(InterviewSession session) => session.Step == Steps.Finished
        ? "Say `start mock` for another round."
        : "Answer, then `done`; or `hint`, `skip`, `repeat`, `end`.";

    private void AskCurrent(TurnContext ctx, string? note = null)
    {
        var session = ctx.Session;
        var scenario = Services.ScenarioOf(session.Current)!;
        var heading = string.Create(CultureInfo.InvariantCulture,
            $"Mock round · question {session.CurrentQuestion + 1} of {session.Questions.Count} · {Title(scenario)}");
        QuestionFlow.Ask(ctx, scenario, heading, note);
    }

    private void Advance(TurnContext ctx)
    {
        var session = ctx.Session;
        if (session.CurrentQuestion + 1 < session.Questions.Count)
        {
            session.CurrentQuestion++;
            AskCurrent(ctx);
            return;
        }

        Summarize(ctx);
    }

    private void Summarize(TurnContext ctx)
    {
        var session = ctx.Session;
        session.Step = Steps.Finished;
        session.Status = SessionStatus.Completed;
        session.CompletedAt = ctx.Now;

        var rows = new List<IReadOnlyList<string>>();
        var feedback = new List<Reply>();
        for (var i = 0; i < session.Questions.Count; i++)
        {
            var question = session.Questions[i];
            var scenario = Services.Catalog.Find(question.ScenarioId);
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var title = scenario is null ? question.QuestionText : Title(scenario);
            if (question.Skipped || question.Scorecard is not { } card || scenario is null)
            {
                rows.Add([number, title, "skipped", "-", "-"]);
                continue;
            }

            rows.Add([number, title, PlainText.VerdictName(card.Verdict), card.Overall.ToString(CultureInfo.InvariantCulture), FeedbackComposer.TopFix(card)]);
            var text = AnswerCapture.TextOf(question.Answer);
            var mainOnly = Services.Scorer.Score(ScoringBridge.Context(scenario, session, text));
            feedback.Add(FeedbackComposer.Compose(new FeedbackInput(scenario, question, text, card, mainOnly, session.Level), ctx.FeedbackVisibility, [],
                $"Question {number}: {PlainText.VerdictName(card.Verdict)}"));
        }

        var scored = session.Questions.Where(q => q.Scorecard is not null && !q.Skipped).ToArray();
        var hires = scored.Count(q => q.Scorecard!.Verdict >= Verdict.Hire);
        var summary = new ReplyBuilder(ReplyPurpose.Summary).Visibility(ctx.FeedbackVisibility)
            .Header("Mock round: results")
            .Text(string.Create(CultureInfo.InvariantCulture,
                $"You answered {scored.Length} of {session.Questions.Count} question(s); {hires} reached Hire or better at the {Commands.Vocabulary.LevelName(session.Level)} bar."))
            .Add(new TableBlock(["#", "Question", "Verdict", "Score", "Fix first"], rows))
            .Context("Detailed feedback for each answer follows.")
            .Buttons(SessionButtons.Start("Another mock round", "mock", ButtonStyle.Primary), SessionButtons.Start("Practice one question", "practice"))
            .Build();
        ctx.Say(summary);
        foreach (var reply in feedback)
        {
            ctx.Say(reply);
        }
    }
}
