using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Feedback;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>Practice: one question, the answer, adaptive probes, full feedback; then Next question, Retry or End.</summary>
public sealed class PracticeHandler(EngineServices services) : ModeHandler(services)
{
    private readonly QuestionFlow _flow = new(services);

    public override InterviewMode Mode => InterviewMode.Practice;

    public override bool Begin(TurnContext ctx, StartContext start)
    {
        var pick = start.Pattern is { } fixedScenario ? new ScenarioPick(fixedScenario, null) : PickAnother(ctx, start);
        if (pick is null)
        {
            return false;
        }

        AskNew(ctx, pick.Scenario, pick.Note);
        return true;
    }

    /// <summary>Starts this session on a scenario with the person's first message already recorded (joining a thread).</summary>
    public static void BeginWithAnswer(TurnContext ctx, Scenario scenario)
    {
        AddQuestion(ctx.Session, scenario);
        ctx.Session.Step = Steps.Answering;
        ctx.Say(new ReplyBuilder(ReplyPurpose.Question)
            .Text($"You're answering too. The question: **{scenario.Question}**")
            .Context("I've taken your message as the start of your answer. Add more messages if you like, then type `done` or press Submit.")
            .Buttons(SessionButtons.Submit(ctx.Session.Id), SessionButtons.Hint(ctx.Session.Id), SessionButtons.End(ctx.Session.Id))
            .Build());
    }

    /// <summary>After joining with a first message: a long message is a whole answer.</summary>
    public void SubmitIfComplete(TurnContext ctx)
    {
        if (_flow.ShouldAutoSubmit(ctx.Session))
        {
            OnSubmit(ctx);
        }
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

        Finish(ctx, _flow.Submit(ctx, scenario));
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
        if (Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "repeat");
            return;
        }

        QuestionFlow.Repeat(ctx, scenario);
    }

    public override void OnSkip(TurnContext ctx)
    {
        var session = ctx.Session;
        if (Services.ScenarioOf(session.Current) is not { } scenario)
        {
            Help(ctx, "skip");
            return;
        }

        if (session.Step == Steps.Probing)
        {
            Finish(ctx, _flow.SkipProbe(ctx, scenario));
            return;
        }

        if (session.Step == Steps.Answering)
        {
            session.Current!.Skipped = true;
        }

        OnNext(ctx);
    }

    public override void OnExample(TurnContext ctx, StarSection? section)
    {
        var question = ctx.Session.Current;
        if (Services.ScenarioOf(question) is not { } scenario)
        {
            Help(ctx, "example");
            return;
        }

        var chosen = section
            ?? (question!.Scorecard is { } card ? FeedbackComposer.WeakestSection(card, Probes.SignalGaps.Of(card)) : StarSection.Situation);
        ctx.Say(ExampleReply(scenario, chosen, ctx.Session.Id));
    }

    public override void OnNext(TurnContext ctx)
    {
        if (AnswerCapture.CollectsAnswer(ctx.Session) && ctx.Session.Current is { Skipped: false })
        {
            Help(ctx, "next");
            return;
        }

        var pick = PickAnother(ctx);
        if (pick is null)
        {
            ctx.Say(new ReplyBuilder(ReplyPurpose.Info).Text("That was the last question I have for these filters.").Build());
            return;
        }

        AskNew(ctx, pick.Scenario, pick.Note);
    }

    public override void OnRetry(TurnContext ctx)
    {
        if (Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "retry");
            return;
        }

        AskNew(ctx, scenario, "Same question, fresh start.");
    }

    public override string Describe(InterviewSession session)
    {
        var question = session.Current;
        var about = question is null ? "" : $" on \"{question.QuestionText}\"";
        return session.Step switch
        {
            Steps.Answering => $"You're answering a practice question{about}.",
            Steps.Probing => $"You're answering a follow-up: \"{question?.Probes.LastOrDefault()?.Question}\"",
            Steps.Reviewed => "You've had feedback on your practice question.",
            _ => "You're in a practice session.",
        };
    }

    public override string NextSteps(InterviewSession session) => session.Step switch
    {
        Steps.Answering or Steps.Probing => "Keep answering, then `done`; or `hint`, `skip`, `repeat`, `end`.",
        _ => "Say `next` for another question, `retry` for the same one, or `end`.",
    };

    private static void AskNew(TurnContext ctx, Scenario scenario, string? note)
    {
        AddQuestion(ctx.Session, scenario);
        var number = ctx.Session.Questions.Count;
        var heading = number == 1 ? $"Practice · {Title(scenario)}" : $"Practice · question {number} · {Title(scenario)}";
        QuestionFlow.Ask(ctx, scenario, heading, note);
    }

    private static void Finish(TurnContext ctx, FeedbackInput? feedback)
    {
        if (feedback is null)
        {
            return;
        }

        var session = ctx.Session;
        session.Step = Steps.Reviewed;
        session.CompletedAt = ctx.Now;
        ctx.Say(FeedbackComposer.Compose(feedback, ctx.FeedbackVisibility,
            [SessionButtons.Next(session.Id), SessionButtons.Retry(session.Id), SessionButtons.End(session.Id)]));
    }
}
