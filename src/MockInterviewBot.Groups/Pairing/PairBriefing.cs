using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>The DM an interviewer gets: the question to ask their partner, the interviewer's rubric and probes, and rating buttons.</summary>
public static class PairBriefing
{
    public const string RateAction = "pair_rate";

    /// <summary>The four verdicts offered as rating buttons, strongest first.</summary>
    public static IReadOnlyList<Verdict> Scale { get; } = [Verdict.StrongHire, Verdict.Hire, Verdict.LeaningNoHire, Verdict.NoHire];

    public static Reply ForInterviewer(PairAssignment assignment, Scenario scenario, IReadOnlyList<string> otherMembers)
    {
        var reply = new ReplyBuilder(ReplyPurpose.Info).Visibility(ReplyVisibility.Private)
            .Header("Peer interview: you're the interviewer")
            .Text($"Interview {Mentions.Of(assignment.Candidate)} with this question (they haven't seen it):")
            .Quote(scenario.Question);
        if (otherMembers.Count > 0)
        {
            reply.Context("Your group: " + string.Join(", ", otherMembers.Select(Mentions.Of)) + ". Each of you interviews the next person in the circle.");
        }

        reply.Text("**What a strong answer shows** (listen for these):");
        reply.Bullets(scenario.Sections.Select(s =>
            string.Create(CultureInfo.InvariantCulture, $"_{PlainText.SectionName(s.Name)}_ (~{s.TargetSeconds}s): {string.Join(", ", s.KeyPhrases.Take(4).Select(p => $"\"{p}\""))}")));
        if (scenario.Probes.Count > 0)
        {
            reply.Text("**Follow-up probes** (ask the one that fits the gap you heard):");
            reply.Bullets(scenario.Probes.Take(4).Select(p => $"{p.Question} _(tests {p.Tests}; strong answers say something like \"{p.KeyPhrase}\")_"));
        }

        if (scenario.WeakAnswer.RedFlags.Count > 0)
        {
            reply.Text("**Red flags:** " + string.Join("; ", scenario.WeakAnswer.RedFlags.Take(4)));
        }

        reply.Text("When you're done, rate the answer (your partner sees your rating next to the bot's score):");
        reply.Buttons(Scale.Select(v => new Button(PlainText.VerdictName(v), RateAction, RateValue(assignment, v), v == Verdict.Hire ? ButtonStyle.Primary : ButtonStyle.Default)));
        return reply.Build();
    }

    public static string RateValue(PairAssignment assignment, Verdict verdict) =>
        string.Create(CultureInfo.InvariantCulture, $"{assignment.RoundId}|{assignment.Candidate}|{(int)verdict}");

    public static bool TryParseRate(string value, out string roundId, out string candidate, out Verdict verdict)
    {
        roundId = candidate = "";
        verdict = Verdict.NotScored;
        var parts = (value ?? "").Split('|');
        if (parts.Length != 3 || parts[0].Length == 0 || parts[1].Length == 0
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var v) || !Scale.Contains((Verdict)v))
        {
            return false;
        }

        (roundId, candidate, verdict) = (parts[0], parts[1], (Verdict)v);
        return true;
    }
}
