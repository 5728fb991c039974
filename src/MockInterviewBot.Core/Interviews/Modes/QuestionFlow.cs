using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Feedback;
using MockInterviewBot.Core.Interviews.Probes;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>
/// One question of practice or mock: collect the main answer, score it, ask up to MaxProbes follow-ups chosen
/// from its gaps, score the probe answers, and hand back what feedback needs once nothing is left to ask.
/// </summary>
public sealed class QuestionFlow(EngineServices services)
{
    private const int MinProbeWords = 4;

    public static void Ask(TurnContext ctx, Scenario scenario, string heading, string? note = null)
    {
        var session = ctx.Session;
        session.Step = Steps.Answering;
        var reply = new ReplyBuilder(ReplyPurpose.Question).Header(heading);
        if (note is not null)
        {
            reply.Context(note);
        }

        reply.Text($"**{scenario.Question}**");
        reply.Context(string.Create(CultureInfo.InvariantCulture,
            $"Answer in one message or several, using STAR (Situation, Task, Action, Result, Reflection). Type `done` or press Submit when you have finished. Target: {TargetMinutes(scenario, session.Level)}."));
        reply.Buttons(SessionButtons.Submit(session.Id), SessionButtons.Hint(session.Id), SessionButtons.Skip(session.Id), SessionButtons.End(session.Id));
        ctx.Say(reply.Build());
    }

    /// <summary>Re-asks the open question or probe.</summary>
    public static void Repeat(TurnContext ctx, Scenario scenario)
    {
        var session = ctx.Session;
        var probe = session.Step == Steps.Probing ? session.Current?.Probes.LastOrDefault() : null;
        if (probe is not null)
        {
            ctx.Say(ProbeReply(session, probe.Question, "Follow-up (again)"));
            return;
        }

        ctx.Say(new ReplyBuilder(ReplyPurpose.Question)
            .Text($"**{scenario.Question}**")
            .Context(PartsSoFar(session))
            .Buttons(SessionButtons.Submit(session.Id), SessionButtons.Hint(session.Id), SessionButtons.Skip(session.Id))
            .Build());
    }

    /// <summary>After a message was recorded: a long single message is a whole answer; the first part gets a short note.</summary>
    public bool ShouldAutoSubmit(InterviewSession session)
    {
        if (session.Step != Steps.Answering || session.Current is not { } question)
        {
            return false;
        }

        var parts = question.Answer.Where(p => !p.Deleted).ToArray();
        return parts.Length == 1 && AnswerCapture.Words(parts[0].Text) >= services.Options.AutoSubmitWords;
    }

    public static void AcknowledgePart(TurnContext ctx)
    {
        var session = ctx.Session;
        var parts = AnswerCapture.OpenAnswer(session);
        if (parts is null || parts.Count(p => !p.Deleted) != 1)
        {
            return;
        }

        ctx.Say(new ReplyBuilder(ReplyPurpose.Info)
            .Context("Got it. Keep going in more messages if you like; type `done` or press Submit when you have finished.")
            .Buttons(SessionButtons.Submit(session.Id))
            .Build());
    }

    /// <summary>Submits the open answer. Returns the feedback input once the question is complete, otherwise null.</summary>
    public FeedbackInput? Submit(TurnContext ctx, Scenario scenario)
    {
        var session = ctx.Session;
        var question = session.Current!;
        if (session.Step == Steps.Probing)
        {
            var probe = question.Probes[^1];
            var probeText = AnswerCapture.TextOf(probe.Answer);
            if (AnswerCapture.Words(probeText) < MinProbeWords)
            {
                Nudge(ctx, probeText.Length == 0
                    ? "I don't have your answer to the follow-up yet. Reply in one or more messages, then `done` (or `skip` it)."
                    : "Could you say a bit more? One or two concrete sentences about what *you* did is plenty. Then `done`.");
                return null;
            }

            var mainText = AnswerCapture.TextOf(question.Answer);
            var withProbes = services.Scorer.Score(ScoringBridge.Context(scenario, session, mainText, ScoringBridge.ProbeAnswers(question)));
            probe.Verdict = withProbes.ProbeEffects.FirstOrDefault(e => e.ProbeId == probe.ProbeId)?.ProbeVerdict;
            var mainOnly = services.Scorer.Score(ScoringBridge.Context(scenario, session, mainText));
            return AskNextProbeOrFinish(ctx, scenario, mainOnly);
        }

        var text = AnswerCapture.TextOf(question.Answer);
        var words = AnswerCapture.Words(text);
        if (words == 0)
        {
            Nudge(ctx, "I don't have an answer yet. Tell me your story in one or more messages, then type `done`.");
            return null;
        }

        if (words < services.Options.MinAnswerWords)
        {
            Nudge(ctx, string.Create(CultureInfo.InvariantCulture,
                $"That's only {words} words, so I won't score it yet. A strong answer takes about two minutes: set the Situation, your Task, what *you* did (Action), the Result with numbers, and what you learned. Add more, then `done`."));
            return null;
        }

        var card = services.Scorer.Score(ScoringBridge.Context(scenario, session, text));
        if (card.Verdict == Verdict.NotScored)
        {
            Nudge(ctx, $"I couldn't score that yet: {card.Reason ?? "it doesn't read like an answer to the question"}. Add to it, then `done`.");
            return null;
        }

        question.Scorecard = card;
        return AskNextProbeOrFinish(ctx, scenario, card);
    }

    /// <summary>Skips the open probe (it stays unanswered) and moves on.</summary>
    public FeedbackInput? SkipProbe(TurnContext ctx, Scenario scenario)
    {
        var question = ctx.Session.Current!;
        var mainOnly = services.Scorer.Score(ScoringBridge.Context(scenario, ctx.Session, AnswerCapture.TextOf(question.Answer)));
        return AskNextProbeOrFinish(ctx, scenario, mainOnly);
    }

    public void Hint(TurnContext ctx, Scenario scenario)
    {
        var session = ctx.Session;
        var question = session.Current!;
        question.HintsUsed++;
        if (session.Step == Steps.Probing)
        {
            var probe = question.Probes[^1];
            var fromScenario = scenario.Probes.FirstOrDefault(p => p.Id == probe.ProbeId);
            var tests = fromScenario?.Tests ?? Probes.GenericProbes.Find(probe.ProbeId)?.Tests ?? "your part in the story";
            var hint = new ReplyBuilder(ReplyPurpose.Hint).Text($"Hint: this follow-up tests **{tests}**. Answer with what *you* did, concretely.");
            if (fromScenario is not null)
            {
                hint.Context($"A strong answer sounds like: \"{fromScenario.KeyPhrase}\"");
            }

            ctx.Say(hint.Build());
            return;
        }

        var section = NextSectionToCover(ctx, scenario);
        var guide = scenario.Sections.FirstOrDefault(s => s.Name == section);
        var reply = new ReplyBuilder(ReplyPurpose.Hint)
            .Text(string.Create(CultureInfo.InvariantCulture, $"Hint: cover the **{section}** next (about {guide?.TargetSeconds ?? 30} s)."));
        if (guide is not null)
        {
            reply.Text(guide.Coaching);
            if (guide.KeyPhrases.Count > 0)
            {
                reply.Context("Phrases that work: " + string.Join(", ", guide.KeyPhrases.Select(p => $"\"{p}\"")));
            }
        }

        var framing = scenario.Framing.FirstOrDefault(f => string.Equals(f.Competency, session.Competency ?? scenario.PrimaryCompetency(), StringComparison.OrdinalIgnoreCase));
        if (framing is not null && section == StarSection.Situation)
        {
            reply.Context($"Lead with: {framing.LeadWith}");
        }

        ctx.Say(reply.Build());
    }

    private StarSection NextSectionToCover(TurnContext ctx, Scenario scenario)
    {
        var text = AnswerCapture.TextOf(ctx.Session.Current!.Answer);
        if (AnswerCapture.Words(text) == 0)
        {
            return StarSection.Situation;
        }

        var card = services.Scorer.Score(ScoringBridge.Context(scenario, ctx.Session, text));
        var present = card.Sections.Select(s => s.Name).ToHashSet();
        foreach (var section in Enum.GetValues<StarSection>())
        {
            if (!present.Contains(section))
            {
                return section;
            }
        }

        return FeedbackComposer.WeakestSection(card, Probes.SignalGaps.Of(card));
    }

    private FeedbackInput? AskNextProbeOrFinish(TurnContext ctx, Scenario scenario, Scorecard mainOnly)
    {
        var session = ctx.Session;
        var question = session.Current!;
        var choice = ProbeSelector.Next(scenario, mainOnly, question.Probes, services.Options.MaxProbes);
        if (choice is not null)
        {
            question.Probes.Add(new ProbeRecord { ProbeId = choice.ProbeId, Question = choice.Question, Triggers = choice.Triggers });
            session.Step = Steps.Probing;
            ctx.Say(ProbeReply(session, choice.Question, question.Probes.Count == 1 ? "Follow-up" : "One more follow-up"));
            return null;
        }

        var mainText = AnswerCapture.TextOf(question.Answer);
        var probes = ScoringBridge.ProbeAnswers(question);
        var final = probes.Count == 0 ? mainOnly : services.Scorer.Score(ScoringBridge.Context(scenario, session, mainText, probes));
        question.Scorecard = final;
        return new FeedbackInput(scenario, question, mainText, final, mainOnly, session.Level);
    }

    private static Reply ProbeReply(InterviewSession session, string question, string label) =>
        new ReplyBuilder(ReplyPurpose.Probe)
            .Text($"{label}: **{question}**")
            .Context("Reply in one or more messages, then type `done` or press Submit.")
            .Buttons(SessionButtons.Submit(session.Id), SessionButtons.Hint(session.Id), SessionButtons.Skip(session.Id))
            .Build();

    private static void Nudge(TurnContext ctx, string text) =>
        ctx.Say(new ReplyBuilder(ReplyPurpose.Nudge).Text(text).Buttons(SessionButtons.Submit(ctx.Session.Id), SessionButtons.Hint(ctx.Session.Id)).Build());

    private static string PartsSoFar(InterviewSession session)
    {
        var parts = AnswerCapture.OpenAnswer(session);
        var words = parts is null ? 0 : AnswerCapture.Words(AnswerCapture.TextOf(parts));
        return words == 0
            ? "Answer in one message or several, then type `done`."
            : string.Create(CultureInfo.InvariantCulture, $"You have {words} words so far. Add more, or type `done`.");
    }

    public static string TargetMinutes(Scenario scenario, Level level)
    {
        var calibration = scenario.Calibration.FirstOrDefault(c => c.Level == level);
        if (calibration is not null && !string.IsNullOrWhiteSpace(calibration.Time))
        {
            return calibration.Time.TrimEnd('.');
        }

        return level == Level.Senior ? "2.5 to 3 minutes" : "2 minutes";
    }
}
