using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Feedback;

/// <summary>Drill: immediate coaching for one STAR section: time against its target and the signals that section should carry.</summary>
public static class SectionCoach
{
    public static Reply Coach(ScenarioSection guide, Scorecard card, Level level, ReplyVisibility visibility)
    {
        var checks = new List<(bool Ok, string Text)> { TimeCheck(guide, card) };
        var s = card.Signals;
        switch (guide.Name)
        {
            case StarSection.Task:
                checks.Add((s.StatesScopeBoundary, s.StatesScopeBoundary ? "You stated the scope boundary." : "State the scope boundary: whose job was it, was there a ticket, did anyone ask?"));
                if (s.AssignedByManager)
                {
                    checks.Add((false, "\"My manager suggested\" makes it sound assigned; say why *you* took it on."));
                }

                break;
            case StarSection.Action:
                checks.Add((!s.WeDominant, s.WeDominant ? "\"We\" dominates: say \"I\" for what you did." : "Clear \"I\" statements."));
                if (s.HandsOff)
                {
                    checks.Add((false, "It sounds handed off (\"I escalated\", \"they handled it\"): show what you carried through."));
                }

                checks.Add((s.HasVerification, s.HasVerification ? "You verified it." : "Say how you verified it (reproduced, tested, monitored)."));
                break;
            case StarSection.Result:
                checks.Add((s.HasQuantifiedResult, s.HasQuantifiedResult ? "A quantified result." : "Quantify it: a number, %, money or time."));
                if (s.VagueResult)
                {
                    checks.Add((false, "\"Things got better\" is activity, not impact."));
                }

                checks.Add((s.HasSecondOrderEffect, s.HasSecondOrderEffect ? "A second-order effect." : "Mention a second-order effect if there was one (adopted by others, a new standard)."));
                break;
            case StarSection.Reflection:
                checks.Add((s.HasReflection && !s.GenericReflection, !s.HasReflection
                    ? "Say what you learned."
                    : s.GenericReflection ? "Make it specific to this story, not \"communication is important\"." : "A specific reflection."));
                if (level == Level.Senior)
                {
                    checks.Add((s.SystemicReflection, s.SystemicReflection ? "You named a systemic cause." : "At senior level, name the systemic or organizational cause."));
                }

                break;
        }

        var ok = checks.TrueForAll(c => c.Ok);
        var reply = new ReplyBuilder(ReplyPurpose.Feedback).Visibility(visibility)
            .Text(ok ? $"**{guide.Name}: solid.**" : $"**{guide.Name}: worth another pass.**")
            .Bullets(checks.Select(c => (c.Ok ? "✓ " : "✗ ") + c.Text));
        if (!ok)
        {
            reply.Text($"Coaching: {guide.Coaching}");
            reply.Text($"Common mistake: {guide.CommonMistake}");
            reply.Text("A strong version:");
            reply.Quote(guide.StrongExample);
        }

        if (guide.KeyPhrases.Count > 0)
        {
            reply.Context("Key phrases: " + string.Join(", ", guide.KeyPhrases.Select(p => $"\"{p}\"")));
        }

        return reply.Build();
    }

    private static (bool, string) TimeCheck(ScenarioSection guide, Scorecard card)
    {
        var seconds = card.EstimatedSeconds;
        var target = guide.TargetSeconds;
        if (seconds > target * 3 / 2)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"About {seconds} s, well over the {target} s target: trim it."));
        }

        if (seconds * 10 < target * 3)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"Only about {seconds} s against a {target} s target: add a little detail."));
        }

        return (true, string.Create(CultureInfo.InvariantCulture, $"About {seconds} s against a {target} s target."));
    }
}
