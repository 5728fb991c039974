using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Modes;

/// <summary>The walkthrough of a scenario, page by page (the seed documents' structure).</summary>
public static class LearnPages
{
    public const int Count = 10;

    private static readonly StarSection[] Order = [StarSection.Situation, StarSection.Task, StarSection.Action, StarSection.Result, StarSection.Reflection];

    /// <summary>The page index that shows a STAR section.</summary>
    public static int PageOf(StarSection section) => Array.IndexOf(Order, section) + 1;

    public static Reply Page(Scenario scenario, int page, Level level, string sessionId)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Learn);
        var title = page switch
        {
            0 => "Overview",
            >= 1 and <= 5 => $"{Order[page - 1]}",
            6 => "Follow-up probes",
            7 => "A weak answer",
            8 => "Framing per competency",
            _ => "Level calibration",
        };
        reply.Header($"Learn · {page + 1}/{Count}: {title}");
        switch (page)
        {
            case 0:
                reply.Text($"**{scenario.Question}**").Text(scenario.Overview);
                break;
            case >= 1 and <= 5:
                Section(reply, scenario, Order[page - 1], level);
                break;
            case 6:
                foreach (var probe in scenario.Probes)
                {
                    reply.Text($"**{probe.Question}** (tests {probe.Tests})");
                    reply.Text($"Weak: \"{probe.WeakAnswer}\" ({probe.WeakWhy})");
                    reply.Text($"Strong: \"{probe.StrongAnswer}\"");
                    reply.Context($"Key phrase: \"{probe.KeyPhrase}\"");
                }

                break;
            case 7:
                reply.Quote(scenario.WeakAnswer.Text);
                reply.Text("**Red flags**").Bullets(scenario.WeakAnswer.RedFlags);
                reply.Text($"The interviewer thinks: {scenario.WeakAnswer.InterviewerNote} Verdict: **{PlainText.VerdictName(scenario.WeakAnswer.Verdict)}**.");
                break;
            case 8:
                foreach (var framing in scenario.Framing)
                {
                    reply.Text($"**{Commands.Vocabulary.CompetencyName(scenario.Framework, framing.Competency)}**: {framing.LeadWith}");
                    reply.Bullets([$"Emphasize: {framing.Emphasize}", $"Downplay: {framing.Downplay}"]);
                }

                break;
            default:
                foreach (var calibration in scenario.Calibration.OrderBy(c => c.Level == level ? 0 : 1))
                {
                    reply.Text($"**{Commands.Vocabulary.LevelName(calibration.Level)}**{(calibration.Level == level ? " (your level)" : "")}: {calibration.Focus}");
                    reply.Bullets([$"Reflection: {calibration.Reflection}", $"Bar: {calibration.Bar}", $"Time: {calibration.Time}"]);
                }

                break;
        }

        return reply.Buttons(SessionButtons.Next(sessionId, "Next"), SessionButtons.End(sessionId)).Build();
    }

    private static void Section(ReplyBuilder reply, Scenario scenario, StarSection name, Level level)
    {
        var guide = scenario.Section(name);
        reply.Context($"Target: about {guide.TargetSeconds} s");
        reply.Text("**Strong example**").Quote(guide.StrongExample);
        if (guide.KeyPhrases.Count > 0)
        {
            reply.Text("Key phrases: " + string.Join(", ", guide.KeyPhrases.Select(p => $"\"{p}\"")));
        }

        reply.Text($"Coaching: {guide.Coaching}");
        reply.Text($"Common mistake: {guide.CommonMistake}");
        if (name == StarSection.Reflection)
        {
            foreach (var (reflectionLevel, text) in scenario.Reflections.OrderBy(r => r.Key))
            {
                reply.Text($"{Commands.Vocabulary.LevelName(reflectionLevel)} reflection{(reflectionLevel == level ? " (your level)" : "")}: \"{text}\"");
            }
        }
    }
}
