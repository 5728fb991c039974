using System.Globalization;
using MockInterviewBot.Scoring.Analysis;
using MockInterviewBot.Scoring.Rubrics;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring;

/// <summary>
/// The rubric-driven scorer: pure and deterministic (ordinal, culture-independent text handling, no clock,
/// randomness or I/O), linear in the length of the answer.
/// </summary>
public sealed class AnswerScorer : IAnswerScorer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly RubricSet _rubrics;
    private readonly int _wordsPerMinute;

    public AnswerScorer(RubricSet rubrics, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rubrics);
        options ??= new ScoringOptions();
        var error = options.Validate();
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(options));
        }

        _rubrics = rubrics;
        _wordsPerMinute = options.WordsPerMinute;
    }

    public Scorecard Score(AnswerContext context) => ScoreWithWork(context).Scorecard;

    /// <summary>Scores and reports the elementary steps taken (tests prove the work grows linearly with the input).</summary>
    internal (Scorecard Scorecard, long Work) ScoreWithWork(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var framework = Frameworks.IsKnown(context.Framework) ? context.Framework : Frameworks.General;
        var rubric = _rubrics.For(framework);
        var level = rubric.ForLevel(context.Level);
        var targetSeconds = (level.MinSeconds + level.MaxSeconds) / 2;
        var text = context.AnswerText ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return (NotScored(context, framework, targetSeconds, "The answer is empty.", 0), 0);
        }

        using var analysis = AnswerAnalysis.Analyze(text, rubric.Compiled);
        var p = rubric.Parameters;
        var junk = JunkReason(analysis, p);
        if (junk is not null)
        {
            return (NotScored(context, framework, targetSeconds, junk, analysis.WordCount), analysis.Work);
        }

        var competency = context.Competency ?? (context.Scenario is { Competencies.Count: > 0 } sc ? sc.Competencies[0] : null);
        var findings = Detectors.Detect(analysis, competency, null);
        analysis.BuildContentSet(-1);
        var sections = Sections(analysis, rubric, context.Scenario);
        var estimated = Seconds(analysis.WordCount);

        var question = context.Scenario?.Question ?? context.QuestionText;
        var (questionFound, _) = question is null ? (0, 0) : TextOverlap.Count(question, analysis);
        var (coverage, hasKeyPhrases) = KeyPhraseCoverage(context.Scenario, analysis);
        var competencyKnown = competency is not null && rubric.HasCompetency(competency);

        var dimensions = new List<DimensionScore>
        {
            DimensionRater.Structure(analysis),
            DimensionRater.Ownership(findings),
            DimensionRater.Impact(findings),
            DimensionRater.Rigor(findings),
            DimensionRater.Reflection(findings, context.Level),
            DimensionRater.CompetencyFit(findings, competency, questionFound, question is not null, coverage, hasKeyPhrases, competencyKnown),
            DimensionRater.Delivery(estimated, level, p, sections.FirstOrDefault(s => s.Name == StarSection.Situation)),
        };

        var overall = Overall(dimensions, rubric);
        var verdict = VerdictFor(overall, level.Thresholds);
        var redFlags = RedFlags(findings);
        var notes = new List<string>();
        verdict = ApplyCaps(verdict, findings, redFlags, rubric, competency, notes);

        var systemicOrTradeOff = findings.Signals.SystemicReflection || findings.TradeOff;
        string? levelNote = null;
        if (level.RequireSystemicReflection && !systemicOrTradeOff)
        {
            if (verdict == Verdict.StrongHire)
            {
                verdict = Verdict.Hire;
                levelNote = "Held at Hire: at this level a Strong Hire needs a systemic reflection (the organizational cause beyond the code) or an explicit trade-off.";
            }
            else
            {
                levelNote = "At this level, name the systemic or organizational cause, or the trade-off you made.";
            }
        }
        else if (context.Level == Level.Entry)
        {
            levelNote = "Entry level: a specific, story-related reflection is enough; systemic insight is not expected.";
        }

        var probeEffects = new List<ProbeEffect>();
        foreach (var probe in context.ProbeAnswers)
        {
            var effect = ProbeEvaluator.Evaluate(probe, rubric, analysis, competency);
            probeEffects.Add(effect.Effect);
            if (effect.Disqualifying)
            {
                overall = Math.Max(0, overall - p.ProbeDisqualifierPenalty);
                verdict = Verdict.NoHire;
            }
            else if (effect.Weak)
            {
                overall = Math.Max(0, overall - p.ProbeWeakPenalty);
                verdict = (Verdict)Math.Max((int)Verdict.NoHire, Math.Min((int)verdict - 1, (int)VerdictFor(overall, level.Thresholds)));
            }
        }

        var fixes = Fixes(findings, dimensions, rubric, level, estimated, sections);
        if (notes.Count > 0)
        {
            levelNote = levelNote is null ? string.Join(" ", notes) : levelNote + " " + string.Join(" ", notes);
        }

        var scorecard = new Scorecard
        {
            Overall = overall,
            Verdict = verdict,
            Level = context.Level,
            Framework = framework,
            Dimensions = dimensions,
            Sections = sections,
            RedFlags = redFlags,
            Signals = findings.Signals,
            Fixes = fixes,
            Words = analysis.WordCount,
            EstimatedSeconds = estimated,
            TargetSeconds = targetSeconds,
            LevelNote = levelNote,
            ProbeEffects = probeEffects,
        };
        return (scorecard, analysis.Work);
    }

    internal int Seconds(int words) => (int)Math.Round(words * 60.0 / _wordsPerMinute, MidpointRounding.AwayFromZero);

    private static string? JunkReason(AnswerAnalysis analysis, ScoringParameters p)
    {
        var words = analysis.WordCount;
        if (words < p.MinWords)
        {
            return words == 0
                ? "The answer has no words to score."
                : string.Create(Invariant, $"The answer is far too short to score ({words} words; at least {p.MinWords} are needed). Tell the whole story: situation, what you did, the result.");
        }

        if (analysis.FunctionWordCount < p.MinFunctionWordRatio * words)
        {
            return "The text does not read like an answer (too few ordinary sentences to score).";
        }

        if (words >= 40 && analysis.DistinctWordCount < Math.Clamp(words / 8, 8, 40))
        {
            return "The text repeats the same few words; it cannot be scored as an answer.";
        }

        return null;
    }

    private Scorecard NotScored(AnswerContext context, string framework, int targetSeconds, string reason, int words) => new()
    {
        Overall = 0,
        Verdict = Verdict.NotScored,
        Reason = reason,
        Level = context.Level,
        Framework = framework,
        Words = words,
        EstimatedSeconds = Seconds(words),
        TargetSeconds = targetSeconds,
    };

    private List<SectionFinding> Sections(AnswerAnalysis analysis, Rubric rubric, ScoringScenario? scenario)
    {
        var result = new List<SectionFinding>();
        var sentences = analysis.Sentences;
        var tokens = analysis.TokenSpan;
        var i = 0;
        while (i < sentences.Length)
        {
            var section = sentences[i].Section;
            var start = sentences[i].Start;
            var end = sentences[i].End;
            var words = 0;
            var j = i;
            for (; j < sentences.Length && sentences[j].Section == section; j++)
            {
                end = sentences[j].End;
                for (var t = sentences[j].FirstToken; t < sentences[j].EndToken; t++)
                {
                    if (tokens[t].Kind != TokenKind.Clause && tokens[t].Alias is null && !tokens[t].Has(TokenFlags.Label))
                    {
                        words++;
                    }
                }
            }

            var name = (StarSection)section;
            if (analysis.Present[section])
            {
                var target = scenario?.Sections.FirstOrDefault(s => s.Section == name)?.TargetSeconds ?? rubric.SectionTarget(name);
                result.Add(new SectionFinding { Name = name, Start = start, Length = end - start, Words = words, EstimatedSeconds = Seconds(words), TargetSeconds = target });
            }

            i = j;
        }

        return result;
    }

    private static (double Coverage, bool HasKeyPhrases) KeyPhraseCoverage(ScoringScenario? scenario, AnswerAnalysis analysis)
    {
        if (scenario is null)
        {
            return (0, false);
        }

        var phrases = 0;
        var hits = 0;
        foreach (var section in scenario.Sections)
        {
            foreach (var phrase in section.KeyPhrases)
            {
                var (found, total) = TextOverlap.Count(phrase, analysis);
                if (total == 0)
                {
                    continue;
                }

                phrases++;
                if (found * 3 >= total * 2)
                {
                    hits++;
                }
            }
        }

        return phrases == 0 ? (0, false) : ((double)hits / phrases, true);
    }

    internal static int Overall(IReadOnlyList<DimensionScore> dimensions, Rubric rubric)
    {
        double sum = 0;
        double weights = 0;
        foreach (var d in dimensions)
        {
            var w = rubric.Weight(d.Name);
            sum += w * (d.Rating - 1) / 3.0;
            weights += w;
        }

        return weights <= 0 ? 0 : (int)Math.Round(100 * sum / weights, MidpointRounding.AwayFromZero);
    }

    internal static Verdict VerdictFor(int overall, VerdictThresholds t) =>
        overall >= t.StrongHire ? Verdict.StrongHire
        : overall >= t.Hire ? Verdict.Hire
        : overall >= t.LeaningNoHire ? Verdict.LeaningNoHire
        : Verdict.NoHire;

    private static Verdict ApplyCaps(Verdict verdict, Findings findings, List<RedFlag> redFlags, Rubric rubric, string? competency, List<string> notes)
    {
        foreach (var cap in rubric.Definition.Caps)
        {
            var active = SignalCatalog.IsKnown(cap.Signal)
                ? SignalCatalog.Read(findings.Signals, cap.Signal)
                : redFlags.Exists(f => string.Equals(f.Kind, cap.Signal, StringComparison.Ordinal));
            if (!active || (cap.Competencies.Count > 0 && (competency is null || !cap.Competencies.Contains(competency, StringComparer.OrdinalIgnoreCase))))
            {
                continue;
            }

            if (verdict > cap.Max)
            {
                verdict = cap.Max;
                notes.Add($"Capped at {cap.Max} by {cap.Signal}.");
            }
        }

        return verdict;
    }

    private static List<RedFlag> RedFlags(Findings f)
    {
        var flags = new List<RedFlag>();
        void Add(string kind, IEnumerable<Evidence> evidence)
        {
            foreach (var e in evidence)
            {
                flags.Add(new RedFlag { Kind = kind, Start = e.Start, Length = e.Length, Text = e.Text });
            }
        }

        var s = f.Signals;
        Add(RedFlagKinds.HandOff, f.HandOffEvidence);
        Add(RedFlagKinds.AssignedOwnership, f.AssignmentEvidence);
        Add(RedFlagKinds.Blame, f.BlameEvidence);
        Add(RedFlagKinds.UnverifiedAssumption, f.AssumptionEvidence);
        if (s.VagueResult)
        {
            Add(RedFlagKinds.VagueResult, f.VagueEvidence);
        }

        if (s.GenericReflection)
        {
            Add(RedFlagKinds.GenericReflection, f.GenericEvidence);
        }

        if (s.WeDominant)
        {
            Add(RedFlagKinds.WeDominant, f.WeEvidence.Take(2));
        }

        flags.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Kind, b.Kind));
        return flags;
    }

    private static List<Fix> Fixes(Findings f, List<DimensionScore> dimensions, Rubric rubric, LevelRubric level, int estimated, List<SectionFinding> sections)
    {
        var s = f.Signals;
        var issues = new List<(string Id, Evidence? Quote, bool Severe)>();
        void Add(bool condition, string id, Evidence? quote = null, bool severe = false)
        {
            if (condition)
            {
                issues.Add((id, quote, severe));
            }
        }

        Add(s.HandsOff, IssueIds.HandsOff, f.HandOffEvidence.FirstOrDefault(), true);
        Add(s.AssignedByManager, IssueIds.AssignedByManager, f.AssignmentEvidence.FirstOrDefault(), true);
        Add(s.WeDominant, IssueIds.WeDominant, f.WeEvidence.FirstOrDefault(), true);
        Add(f.Blame, IssueIds.Blame, f.BlameEvidence.FirstOrDefault(), true);
        Add(f.Assumption, IssueIds.UnverifiedAssumption, f.AssumptionEvidence.FirstOrDefault(), true);
        Add(s.VagueResult, IssueIds.VagueResult, f.VagueEvidence.FirstOrDefault());
        Add(!s.HasQuantifiedResult && !s.VagueResult, IssueIds.NoQuantifiedResult);
        Add(s.GenericReflection, IssueIds.GenericReflection, f.GenericEvidence.FirstOrDefault());
        Add(!s.HasReflection, IssueIds.NoReflection);
        Add(s.HasReflection && !s.GenericReflection && level.RequireSystemicReflection && !s.SystemicReflection && !f.TradeOff, IssueIds.NotSystemic);
        Add(!s.StatesScopeBoundary && !s.HandsOff && !s.AssignedByManager, IssueIds.NoScopeBoundary);
        Add(!s.SelfInitiated && !s.AssignedByManager && !s.HandsOff, IssueIds.NotSelfInitiated);
        Add(f.IStatements < 2 && !s.WeDominant && !s.HandsOff, IssueIds.FewIStatements);
        Add(!s.HasVerification && !f.Assumption, IssueIds.NoVerification);
        Add(s.HasQuantifiedResult && !s.HasMetricDelta, IssueIds.NoMetricDelta);
        Add(!s.HasSecondOrderEffect, IssueIds.NoSecondOrderEffect);
        var structure = dimensions.First(d => d.Name == Dimension.Structure);
        Add(structure.Rating <= 2, IssueIds.MissingSections);
        var situation = sections.FirstOrDefault(x => x.Name == StarSection.Situation);
        Add(situation is { TargetSeconds: { } t } && situation.EstimatedSeconds > 2 * t && situation.EstimatedSeconds > 30, IssueIds.LongSituation);
        Add(estimated > level.MaxSeconds * rubric.Parameters.DeliveryGoodHigh, IssueIds.TooLong);
        Add(estimated < level.MinSeconds * rubric.Parameters.DeliveryGoodLow, IssueIds.TooShort);
        Add(dimensions.First(d => d.Name == Dimension.CompetencyFit).Rating <= 2, IssueIds.WeakCompetencyFit);

        var ranked = new List<(string Id, Evidence? Quote, double Priority, int Order, CoachingEntry Coaching)>();
        for (var i = 0; i < issues.Count; i++)
        {
            var coaching = rubric.CoachingFor(issues[i].Id);
            if (coaching is null)
            {
                continue;
            }

            var rating = dimensions.First(d => d.Name == coaching.Dimension).Rating;
            if (rating >= 4 && !issues[i].Severe)
            {
                continue;
            }

            var priority = (issues[i].Severe ? 10 : 0) + (rubric.Weight(coaching.Dimension) * (4 - rating) * 10);
            ranked.Add((issues[i].Id, issues[i].Quote, priority, i, coaching));
        }

        var fixes = new List<Fix>();
        foreach (var issue in ranked.OrderByDescending(r => r.Priority).ThenBy(r => r.Order))
        {
            if (fixes.Count == 2)
            {
                break;
            }

            if (fixes.Exists(x => x.Dimension == issue.Coaching.Dimension))
            {
                continue;
            }

            var phrasing = issue.Quote is null
                ? issue.Coaching.BetterPhrasing
                : $"Instead of \"{issue.Quote.Text}\": {issue.Coaching.BetterPhrasing}";
            fixes.Add(new Fix { Dimension = issue.Coaching.Dimension, Coaching = issue.Coaching.Coaching, BetterPhrasing = phrasing });
        }

        return fixes;
    }
}
