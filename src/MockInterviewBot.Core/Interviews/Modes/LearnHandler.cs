using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>Learn: walk through a scenario page by page; "next" advances.</summary>
public sealed class LearnHandler(EngineServices services) : ModeHandler(services)
{
    public override InterviewMode Mode => InterviewMode.Learn;

    public override bool Begin(TurnContext ctx, StartContext start)
    {
        var pick = start.Pattern is { } fixedScenario ? new ScenarioPick(fixedScenario, null) : PickAnother(ctx, start);
        if (pick is null)
        {
            return false;
        }

        var session = ctx.Session;
        AddQuestion(session, pick.Scenario);
        session.Step = Steps.Learning;
        session.LearnStep = 0;
        if (pick.Note is not null)
        {
            ctx.Say(new ReplyBuilder(ReplyPurpose.Info).Context(pick.Note).Build());
        }

        Show(ctx);
        return true;
    }

    public override void OnNext(TurnContext ctx)
    {
        var session = ctx.Session;
        if (session.Step != Steps.Learning)
        {
            Help(ctx, "next");
            return;
        }

        session.LearnStep++;
        if (session.LearnStep < LearnPages.Count)
        {
            Show(ctx);
            return;
        }

        Finish(ctx);
    }

    public override void OnSkip(TurnContext ctx) => OnNext(ctx);

    public override void OnSubmit(TurnContext ctx) => OnNext(ctx);

    public override void OnRepeat(TurnContext ctx)
    {
        if (ctx.Session.Step != Steps.Learning)
        {
            Help(ctx, "repeat");
            return;
        }

        Show(ctx);
    }

    public override void OnExample(TurnContext ctx, StarSection? section)
    {
        if (section is not { } chosen || ctx.Session.Step != Steps.Learning)
        {
            base.OnExample(ctx, section);
            return;
        }

        ctx.Session.LearnStep = LearnPages.PageOf(chosen);
        Show(ctx);
    }

    public override string Describe(InterviewSession session) => session.Step == Steps.Learning
        ? $"Learn: page {session.LearnStep + 1} of {LearnPages.Count} of \"{session.Current?.QuestionText}\"."
        : "Your walkthrough is finished.";

    public override string NextSteps(InterviewSession session) => session.Step == Steps.Learning
        ? "Say `next` to continue, `repeat` to see this page again, `example action` to jump to a section, or `end`."
        : "Say `start` to practise.";

    private void Show(TurnContext ctx)
    {
        var scenario = Services.ScenarioOf(ctx.Session.Current)!;
        ctx.Say(LearnPages.Page(scenario, ctx.Session.LearnStep, ctx.Session.Level, ctx.Session.Id));
    }

    private static void Finish(TurnContext ctx)
    {
        var session = ctx.Session;
        var scenarioId = session.Current!.ScenarioId;
        session.Step = Steps.Finished;
        session.Status = SessionStatus.Completed;
        session.CompletedAt = ctx.Now;
        ctx.Say(new ReplyBuilder(ReplyPurpose.Learn)
            .Text("That's the whole walkthrough. Ready to try it yourself?")
            .Buttons(
                SessionButtons.Start("Practice this question", $"practice --scenario {scenarioId}", ButtonStyle.Primary),
                SessionButtons.Start("Test this pattern", $"quiz --scenario {scenarioId} --pattern"),
                SessionButtons.Start("Drill it section by section", $"drill --scenario {scenarioId}"))
            .Build());
    }
}
