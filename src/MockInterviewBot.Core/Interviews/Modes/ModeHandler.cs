using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>
/// One interview mode. The engine records messages, handles commands that do not depend on the mode, and calls
/// these hooks; each writes its replies to the turn. Hooks a mode does not support answer with contextual help.
/// </summary>
public abstract class ModeHandler(EngineServices services)
{
    protected EngineServices Services { get; } = services;

    public abstract InterviewMode Mode { get; }

    /// <summary>Starts the mode in a fresh session. False when no scenario fits (the engine says so).</summary>
    public abstract bool Begin(TurnContext ctx, StartContext start);

    /// <summary>A message was recorded as part of the open answer.</summary>
    public virtual void OnAnswerPart(TurnContext ctx) => Help(ctx, null);

    /// <summary>Free text while no answer is open (a quiz choice, "next" in learn mode…).</summary>
    public virtual void OnText(TurnContext ctx, string text) => Help(ctx, null);

    public virtual void OnSubmit(TurnContext ctx) => Help(ctx, "done");

    public virtual void OnHint(TurnContext ctx) => Help(ctx, "hint");

    public virtual void OnSkip(TurnContext ctx) => Help(ctx, "skip");

    public virtual void OnRepeat(TurnContext ctx) => Help(ctx, "repeat");

    public virtual void OnExample(TurnContext ctx, StarSection? section)
    {
        var scenario = Services.ScenarioOf(ctx.Session.Current);
        if (scenario is null)
        {
            Help(ctx, "example");
            return;
        }

        ctx.Say(ExampleReply(scenario, section ?? StarSection.Situation, ctx.Session.Id));
    }

    public virtual void OnNext(TurnContext ctx) => Help(ctx, "next");

    public virtual void OnRetry(TurnContext ctx) => Help(ctx, "retry");

    public virtual void OnQuizChoice(TurnContext ctx, int choice) => Help(ctx, null);

    /// <summary>Where the person is, in one or two lines.</summary>
    public abstract string Describe(InterviewSession session);

    /// <summary>The commands that make sense right now, for contextual help.</summary>
    public abstract string NextSteps(InterviewSession session);

    /// <summary>Friendly help for input that does not fit the current step, never silence.</summary>
    protected void Help(TurnContext ctx, string? command)
    {
        var first = command is null
            ? "I didn't catch that as part of this step."
            : $"`{command}` doesn't apply right now.";
        ctx.Say(new ReplyBuilder(ReplyPurpose.Help)
            .Text($"{first} {Describe(ctx.Session)}")
            .Context(NextSteps(ctx.Session) + " Type `help` for all commands.")
            .Build());
    }

    public static Reply ExampleReply(Scenario scenario, StarSection section, string sessionId)
    {
        var guide = scenario.Sections.FirstOrDefault(s => s.Name == section) ?? scenario.Sections[0];
        var reply = new ReplyBuilder(ReplyPurpose.Example)
            .Text($"**Strong example: {guide.Name}** (target about {guide.TargetSeconds} s)")
            .Quote(guide.StrongExample);
        if (guide.KeyPhrases.Count > 0)
        {
            reply.Context("Key phrases: " + string.Join(", ", guide.KeyPhrases.Select(p => $"\"{p}\"")));
        }

        return reply.Context($"Why it works: {guide.Coaching}").Build();
    }

    protected static string Title(Scenario scenario) =>
        $"{Commands.Vocabulary.FrameworkName(scenario.Framework)} · {Commands.Vocabulary.CompetencyName(scenario.Framework, scenario.PrimaryCompetency())}";

    /// <summary>Sets the session's question to the scenario (adds a question record and makes it current).</summary>
    protected static QuestionRecord AddQuestion(InterviewSession session, Scenario scenario)
    {
        var question = new QuestionRecord { ScenarioId = scenario.Id, QuestionText = scenario.Question };
        session.Questions.Add(question);
        session.CurrentQuestion = session.Questions.Count - 1;
        return question;
    }

    protected ScenarioPick? PickAnother(TurnContext ctx, StartContext? start = null)
    {
        var session = ctx.Session;
        var resolved = start?.Start ?? new Commands.ResolvedStart(session.Mode, session.Framework, session.Competency, session.Level, session.Role, null, null, 1, false);
        var exclude = session.Questions.Select(q => q.ScenarioId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Services.Picker.Pick(resolved, exclude, start?.LastUsed ?? new Dictionary<string, DateTimeOffset>());
    }
}
