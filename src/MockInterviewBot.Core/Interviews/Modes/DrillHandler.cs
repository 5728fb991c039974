using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Feedback;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>Drill: the answer built one STAR section at a time, each with its target time and coached right away.</summary>
public sealed class DrillHandler(EngineServices services) : ModeHandler(services)
{
    private const int MinSectionWords = 8;
    private const int WordsPerMinute = 150;

    private static readonly StarSection[] Order = [StarSection.Situation, StarSection.Task, StarSection.Action, StarSection.Result, StarSection.Reflection];

    public override InterviewMode Mode => InterviewMode.Drill;

    public override bool Begin(TurnContext ctx, StartContext start)
    {
        var pick = start.Pattern is { } fixedScenario ? new ScenarioPick(fixedScenario, null) : PickAnother(ctx, start);
        if (pick is null)
        {
            return false;
        }

        BeginOn(ctx, pick.Scenario, pick.Note);
        return true;
    }

    public override void OnAnswerPart(TurnContext ctx) => QuestionFlow.AcknowledgePart(ctx);

    public override void OnSubmit(TurnContext ctx)
    {
        var session = ctx.Session;
        if (session.Step != Steps.Drilling || Services.ScenarioOf(session.Current) is not { } scenario)
        {
            Help(ctx, "done");
            return;
        }

        var question = session.Current!;
        var text = AnswerCapture.TextOf(question.Answer);
        if (AnswerCapture.Words(text) < MinSectionWords)
        {
            ctx.Say(new ReplyBuilder(ReplyPurpose.Nudge)
                .Text($"Give me a sentence or two for the **{Current(session)}** first (or `skip` it), then `done`.")
                .Buttons(SessionButtons.Submit(session.Id), SessionButtons.Hint(session.Id))
                .Build());
            return;
        }

        var guide = scenario.Section(Current(session));
        var card = Services.Scorer.Score(ScoringBridge.Context(scenario, session, text));
        ctx.Say(SectionCoach.Coach(guide, card, session.Level, ctx.FeedbackVisibility));
        CompleteSection(ctx, scenario, text);
    }

    public override void OnSkip(TurnContext ctx)
    {
        var session = ctx.Session;
        if (session.Step != Steps.Drilling || Services.ScenarioOf(session.Current) is not { } scenario)
        {
            Help(ctx, "skip");
            return;
        }

        CompleteSection(ctx, scenario, "");
    }

    public override void OnHint(TurnContext ctx)
    {
        var session = ctx.Session;
        if (session.Step != Steps.Drilling || Services.ScenarioOf(session.Current) is not { } scenario)
        {
            Help(ctx, "hint");
            return;
        }

        session.Current!.HintsUsed++;
        var guide = scenario.Section(Current(session));
        var reply = new ReplyBuilder(ReplyPurpose.Hint).Text($"Hint for the **{guide.Name}**: {guide.Coaching}");
        if (guide.KeyPhrases.Count > 0)
        {
            reply.Context("Phrases that work: " + string.Join(", ", guide.KeyPhrases.Select(p => $"\"{p}\"")));
        }

        ctx.Say(reply.Build());
    }

    public override void OnRepeat(TurnContext ctx)
    {
        if (ctx.Session.Step != Steps.Drilling || Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "repeat");
            return;
        }

        AskSection(ctx, scenario, withQuestion: true);
    }

    public override void OnExample(TurnContext ctx, StarSection? section)
    {
        if (Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "example");
            return;
        }

        var chosen = section ?? (ctx.Session.Step == Steps.Drilling ? Current(ctx.Session) : StarSection.Action);
        ctx.Say(ExampleReply(scenario, chosen, ctx.Session.Id));
    }

    public override void OnNext(TurnContext ctx)
    {
        if (ctx.Session.Step != Steps.Reviewed)
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

        BeginOn(ctx, pick.Scenario, pick.Note);
    }

    public override void OnRetry(TurnContext ctx)
    {
        if (ctx.Session.Step != Steps.Reviewed || Services.ScenarioOf(ctx.Session.Current) is not { } scenario)
        {
            Help(ctx, "retry");
            return;
        }

        BeginOn(ctx, scenario, "Same question, fresh start.");
    }

    public override string Describe(InterviewSession session) => session.Step == Steps.Drilling
        ? $"Drill: working on the {Current(session)} of \"{session.Current?.QuestionText}\"."
        : "Your drill is complete.";

    public override string NextSteps(InterviewSession session) => session.Step == Steps.Drilling
        ? "Write this section, then `done`; or `hint`, `example`, `skip`, `end`."
        : "Say `next` for another question, `retry` for the same one, or `end`.";

    private static StarSection Current(InterviewSession session) => Order[Math.Clamp(session.DrillSection, 0, Order.Length - 1)];

    private static void BeginOn(TurnContext ctx, Scenario scenario, string? note)
    {
        var session = ctx.Session;
        AddQuestion(session, scenario);
        session.DrillSection = 0;
        session.Step = Steps.Drilling;
        var intro = new ReplyBuilder(ReplyPurpose.Info).Header($"Drill · {Title(scenario)}");
        if (note is not null)
        {
            intro.Context(note);
        }

        ctx.Say(intro.Text("We'll build your answer one STAR section at a time; I'll coach each section as soon as you submit it.").Build());
        AskSection(ctx, scenario, withQuestion: true);
    }

    private static void AskSection(TurnContext ctx, Scenario scenario, bool withQuestion)
    {
        var session = ctx.Session;
        var section = Current(session);
        var guide = scenario.Section(section);
        var words = guide.TargetSeconds * WordsPerMinute / 60;
        var reply = new ReplyBuilder(ReplyPurpose.Question);
        if (withQuestion)
        {
            reply.Text($"The question: **{scenario.Question}**");
        }

        reply.Text(string.Create(CultureInfo.InvariantCulture,
            $"Section {session.DrillSection + 1} of 5: **{section}** (target about {guide.TargetSeconds} s, roughly {words} words). {Prompt(section)}"));
        reply.Context("Write it in one or more messages, then type `done` or press Submit.");
        reply.Buttons(SessionButtons.Submit(session.Id), SessionButtons.Hint(session.Id), SessionButtons.Example(session.Id, section.ToString().ToLowerInvariant()), SessionButtons.Skip(session.Id));
        ctx.Say(reply.Build());
    }

    private void CompleteSection(TurnContext ctx, Scenario scenario, string text)
    {
        var session = ctx.Session;
        var question = session.Current!;
        question.DrillAnswers[Current(session)] = text;
        question.Answer.Clear();
        session.DrillSection++;
        if (session.DrillSection < Order.Length)
        {
            AskSection(ctx, scenario, withQuestion: false);
            return;
        }

        var whole = string.Join("\n", Order.Select(s => question.DrillAnswers.GetValueOrDefault(s, "")).Where(t => t.Length > 0));
        session.Step = Steps.Reviewed;
        session.CompletedAt = ctx.Now;
        var buttons = new[] { SessionButtons.Next(session.Id), SessionButtons.Retry(session.Id), SessionButtons.End(session.Id) };
        if (AnswerCapture.Words(whole) == 0)
        {
            ctx.Say(new ReplyBuilder(ReplyPurpose.Info).Text("You skipped every section, so there is nothing to score.").Buttons(buttons).Build());
            return;
        }

        var card = Services.Scorer.Score(ScoringBridge.Context(scenario, session, whole));
        question.Scorecard = card;
        ctx.Say(FeedbackComposer.Compose(new FeedbackInput(scenario, question, whole, card, card, session.Level), ctx.FeedbackVisibility, buttons,
            $"Your whole answer, assembled: {PlainText.VerdictName(card.Verdict)}"));
    }

    private static string Prompt(StarSection section) => section switch
    {
        StarSection.Situation => "Set the scene: where you were, what was wrong, and why it mattered.",
        StarSection.Task => "What was your task, and whose job was it? State the scope boundary.",
        StarSection.Action => "What did *you* do, step by step? Say \"I\", and include how you verified it.",
        StarSection.Result => "What changed, in numbers? Before and after, and what it meant for customers or the business.",
        _ => "What did you learn that is specific to this story?",
    };
}
