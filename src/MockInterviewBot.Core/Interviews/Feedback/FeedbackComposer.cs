using System.Globalization;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Probes;
using MockInterviewBot.Core.Interviews.Replies;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Feedback;

/// <summary>
/// Turns a scorecard and its scenario into feedback (product.md §4): verdict, scorecard, what worked (quoting the
/// person), what is missing, the one or two fixes first with the scenario's coaching and common mistake, a better
/// phrasing pattern, the strong example for the weakest section, time vs target and the level note.
/// </summary>
public static class FeedbackComposer
{
    private const int MaxQuote = 220;

    public static Reply Compose(FeedbackInput input, ReplyVisibility visibility, IReadOnlyList<Button> buttons, string? heading = null)
    {
        var card = input.Final;
        var reply = new ReplyBuilder(ReplyPurpose.Feedback).Visibility(visibility);
        reply.Header(heading ?? $"Feedback: {PlainText.VerdictName(card.Verdict)}");
        reply.Text(string.Create(CultureInfo.InvariantCulture,
            $"**Verdict: {PlainText.VerdictName(card.Verdict)}** at the {Commands.Vocabulary.LevelName(input.Level)} bar · overall {card.Overall}"));

        AddProbeEffects(reply, input);
        reply.Add(new ScorecardBlock(card, input.AnswerText));
        AddWhatWorked(reply, card);

        var gaps = SignalGaps.Of(input.MainOnly);
        if (gaps.Count > 0)
        {
            reply.Text("**Missing**");
            reply.Bullets(gaps.Take(4).Select(g => Capitalize(g.Missing)));
        }

        AddFixes(reply, input, gaps);
        AddStrongExample(reply, input, gaps);
        reply.Context(TimeLine(card, input.Scenario));
        var levelNote = LevelNote(input);
        if (levelNote is not null)
        {
            reply.Context(levelNote);
        }

        reply.Buttons(buttons);
        return reply.Build();
    }

    /// <summary>A one-line verdict for summaries ("Hire · fix first: a quantified result").</summary>
    public static string TopFix(Scorecard card)
    {
        var gaps = SignalGaps.Of(card);
        if (gaps.Count > 0)
        {
            return gaps[0].Missing;
        }

        return card.Fixes.Count == 0 ? "keep it up" : card.Fixes[0].Coaching;
    }

    private static void AddProbeEffects(ReplyBuilder reply, FeedbackInput input)
    {
        var effects = input.Final.ProbeEffects;
        var lowered = input.Final.Verdict < input.MainOnly.Verdict;
        if (lowered)
        {
            reply.Text($"**Your follow-up answer lowered the verdict** from {PlainText.VerdictName(input.MainOnly.Verdict)} to {PlainText.VerdictName(input.Final.Verdict)}.");
        }

        foreach (var effect in effects)
        {
            if (!lowered && effect.ProbeVerdict >= Verdict.Hire)
            {
                continue;
            }

            var probe = input.Question.Probes.FirstOrDefault(p => p.ProbeId == effect.ProbeId);
            var label = probe is null ? "A follow-up" : $"On \"{probe.Question}\"";
            reply.Text($"{label}: {effect.Note}");
            var quote = JoinEvidence(effect.Evidence);
            if (quote is not null)
            {
                reply.Quote(quote);
            }
        }
    }

    private static void AddWhatWorked(ReplyBuilder reply, Scorecard card)
    {
        var strong = card.Dimensions.Where(d => d.Rating >= 3).OrderByDescending(d => d.Rating).Take(3).ToList();
        if (strong.Count == 0 && card.Dimensions.Count > 0)
        {
            strong = [card.Dimensions.OrderByDescending(d => d.Rating).ThenByDescending(d => d.Evidence.Count).First()];
        }

        if (strong.Count == 0)
        {
            return;
        }

        reply.Text("**What worked**");
        foreach (var dimension in strong)
        {
            reply.Text(string.Create(CultureInfo.InvariantCulture, $"- {PlainText.DimensionName(dimension.Name)} ({dimension.Rating}/4): {dimension.Reason}"));
            var quote = JoinEvidence(dimension.Evidence);
            if (quote is not null)
            {
                reply.Quote(quote);
            }
        }
    }

    private static void AddFixes(ReplyBuilder reply, FeedbackInput input, IReadOnlyList<SignalGap> gaps)
    {
        var fixes = input.Final.Fixes.Take(2).ToList();
        if (fixes.Count == 0 && gaps.Count == 0)
        {
            return;
        }

        reply.Text("**Fix first**");
        var number = 1;
        if (fixes.Count == 0)
        {
            foreach (var gap in gaps.Take(2))
            {
                var section = SectionOrNull(input.Scenario, gap.Section);
                reply.Text(string.Create(CultureInfo.InvariantCulture, $"{number++}. Add {gap.Missing}."));
                AddSectionAdvice(reply, section);
            }

            return;
        }

        foreach (var fix in fixes)
        {
            var section = SectionForFix(input, fix.Dimension, gaps);
            reply.Text(string.Create(CultureInfo.InvariantCulture, $"{number++}. **{PlainText.DimensionName(fix.Dimension)}**: {fix.Coaching}"));
            AddSectionAdvice(reply, section);
            if (!string.IsNullOrWhiteSpace(fix.BetterPhrasing))
            {
                reply.Text($"Better phrasing: _{fix.BetterPhrasing}_");
            }
        }
    }

    private static void AddSectionAdvice(ReplyBuilder reply, ScenarioSection? section)
    {
        if (section is null)
        {
            return;
        }

        reply.Text($"Coaching ({PlainText.SectionName(section.Name)}): {section.Coaching}");
        reply.Text($"Common mistake: {section.CommonMistake}");
    }

    private static void AddStrongExample(ReplyBuilder reply, FeedbackInput input, IReadOnlyList<SignalGap> gaps)
    {
        var weakest = WeakestSection(input.Final, gaps);
        var section = SectionOrNull(input.Scenario, weakest);
        if (section is null)
        {
            return;
        }

        reply.Text($"**Strong example: {PlainText.SectionName(section.Name)}** (your weakest section)");
        reply.Quote(section.StrongExample);
        if (section.KeyPhrases.Count > 0)
        {
            reply.Context("Key phrases: " + string.Join(", ", section.KeyPhrases.Select(p => $"\"{p}\"")));
        }
    }

    /// <summary>
    /// The scenario section whose coaching fits a fix: the section of the matching gap, a missing section for structure,
    /// none for delivery (length is about the whole answer).
    /// </summary>
    private static ScenarioSection? SectionForFix(FeedbackInput input, Dimension dimension, IReadOnlyList<SignalGap> gaps)
    {
        switch (dimension)
        {
            case Dimension.Delivery:
                return null;
            case Dimension.Structure:
                var present = input.Final.Sections.Select(s => s.Name).ToHashSet();
                var missing = Enum.GetValues<StarSection>().Where(s => !present.Contains(s)).ToArray();
                return input.Final.Sections.Count == 0 || missing.Length == 0 ? null : SectionOrNull(input.Scenario, missing[0]);
            default:
                var gap = gaps.FirstOrDefault(g => g.Dimension == dimension);
                return SectionOrNull(input.Scenario, gap?.Section ?? SignalGaps.SectionOf(dimension));
        }
    }

    /// <summary>A STAR section the answer lacks, else the section of the weakest gap, else of the lowest dimension.</summary>
    public static StarSection WeakestSection(Scorecard card, IReadOnlyList<SignalGap> gaps)
    {
        if (card.Sections.Count > 0)
        {
            var present = card.Sections.Select(s => s.Name).ToHashSet();
            foreach (var section in Enum.GetValues<StarSection>())
            {
                if (!present.Contains(section))
                {
                    return section;
                }
            }
        }

        if (gaps.Count > 0)
        {
            return gaps[0].Section;
        }

        var lowest = card.Dimensions.Where(d => d.Name is not Dimension.Structure and not Dimension.Delivery)
            .OrderBy(d => d.Rating).FirstOrDefault();
        return lowest is null ? StarSection.Action : SignalGaps.SectionOf(lowest.Name);
    }

    private static string TimeLine(Scorecard card, Scenario scenario)
    {
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Time: about {card.EstimatedSeconds} s spoken ({card.Words} words) vs a target of about {card.TargetSeconds} s.");
        if (card.Sections.Count == 0)
        {
            return line;
        }

        var parts = card.Sections.Select(s =>
        {
            var target = s.TargetSeconds ?? scenario.Sections.FirstOrDefault(x => x.Name == s.Name)?.TargetSeconds;
            return target is null
                ? string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.EstimatedSeconds} s")
                : string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.EstimatedSeconds}/{target} s");
        });
        return line + " By section: " + string.Join(", ", parts) + ".";
    }

    private static string? LevelNote(FeedbackInput input)
    {
        var calibration = input.Scenario.Calibration.FirstOrDefault(c => c.Level == input.Level);
        var note = input.Final.LevelNote;
        if (calibration is not null)
        {
            var bar = $"The {Commands.Vocabulary.LevelName(input.Level)} bar: {calibration.Bar} ({calibration.Time})";
            note = note is null ? bar : $"{note} {bar}";
        }

        return note is null ? null : "Level: " + note;
    }

    private static ScenarioSection? SectionOrNull(Scenario scenario, StarSection name) =>
        scenario.Sections.FirstOrDefault(s => s.Name == name);

    private static string? JoinEvidence(IReadOnlyList<Evidence> evidence)
    {
        var texts = evidence.Select(e => e.Text.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).Take(2)
            .Select(t => t.Length > MaxQuote ? t[..MaxQuote] + "…" : t).ToArray();
        return texts.Length == 0 ? null : string.Join(" … ", texts);
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
