using MockInterviewBot.Scoring.Rubrics;
using MockInterviewBot.Scoring.Text;

namespace MockInterviewBot.Scoring.Analysis;

/// <summary>Turns an <see cref="AnswerAnalysis"/> into signals with evidence.</summary>
internal static class Detectors
{
    private const int MaxEvidence = 4;

    /// <param name="story">The main answer when <paramref name="analysis"/> is a probe answer (for reflection specificity).</param>
    public static Findings Detect(AnswerAnalysis analysis, string? competency, AnswerAnalysis? story)
    {
        var rubric = analysis.Rubric;
        var findings = new Findings();
        var sentences = analysis.Sentences;
        var sectionOf = new int[sentences.Length];
        for (var k = 0; k < sentences.Length; k++)
        {
            sectionOf[k] = sentences[k].Section;
        }

        var present = analysis.Present;
        var hasAction = present[(int)StarSection.Action];
        var hasResult = present[(int)StarSection.Result];

        bool IsAction(int s)
        {
            var section = sectionOf[s];
            return hasAction ? section == (int)StarSection.Action : section != (int)StarSection.Reflection;
        }

        var reflectionStart = ReflectionStart(analysis);
        bool IsReflection(int s, int t) => reflectionStart >= 0 && t >= reflectionStart;
        bool NotReflection(int s, int t) => !IsReflection(s, t);
        bool NotSetup(int s, int t) => sectionOf.Length == 1 || sectionOf[s] >= (int)StarSection.Action;

        var changeVerbs = rubric.Id(LexiconNames.ChangeVerbs);
        var resultSentences = new bool[sentences.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            resultSentences[s] = sentences[s].Section == (int)StarSection.Result;
        }

        foreach (var match in analysis.Matches.Span)
        {
            if (match.Lexicon == changeVerbs && !match.Negated && sentences[match.Sentence].Section != (int)StarSection.Situation)
            {
                resultSentences[match.Sentence] = true;
            }
        }

        if (!hasResult && sentences.Length == 1)
        {
            resultSentences[0] = true;
        }

        bool IsResult(int s, int t) => resultSentences[s];

        // Ownership: I vs we in action statements.
        foreach (var subject in analysis.Subjects.Span)
        {
            if (!IsAction(subject.Sentence))
            {
                continue;
            }

            if (subject.Plural)
            {
                findings.WeStatements++;
                AddLimited(findings.WeEvidence, analysis.EvidenceOf(subject.Token, subject.VerbToken));
            }
            else
            {
                findings.IStatements++;
                AddLimited(findings.IEvidence, analysis.EvidenceOf(subject.Token, subject.VerbToken));
            }
        }

        var p = rubric.Parameters;
        var total = findings.IStatements + findings.WeStatements;
        var weDominant = findings.WeStatements >= p.MinWeStatements && total > 0 && findings.WeStatements > p.WeDominanceRatio * total;

        var scope = Collect(analysis, LexiconNames.ScopeBoundary, findings.ScopeEvidence, NotReflection);
        var initiative = Collect(analysis, LexiconNames.SelfInitiation, findings.InitiativeEvidence, null);
        var assigned = Collect(analysis, LexiconNames.Assignment, findings.AssignmentEvidence, null);
        var handOff = Collect(analysis, LexiconNames.HandOff, findings.HandOffEvidence, null);
        findings.Blame = Collect(analysis, LexiconNames.Blame, findings.BlameEvidence, null) > 0;

        // Impact.
        var quantified = CollectQuantities(analysis, IsResult, findings.QuantityEvidence);
        quantified += Collect(analysis, LexiconNames.QuantityPhrases, findings.QuantityEvidence, IsResult);
        var delta = Collect(analysis, LexiconNames.MetricDelta, findings.DeltaEvidence, NotSetup);
        findings.BusinessImpact = Collect(analysis, LexiconNames.BusinessImpact, findings.BusinessEvidence, NotSetup) > 0;
        var secondOrder = Collect(analysis, LexiconNames.SecondOrderEffect, findings.SecondOrderEvidence, NotSetup);
        var vague = Collect(analysis, LexiconNames.VagueResult, findings.VagueEvidence, null);

        // Rigor.
        findings.VerificationCount = Collect(analysis, LexiconNames.Verification, findings.VerificationEvidence, null);
        findings.RootCauseCount = Collect(analysis, LexiconNames.RootCause, findings.RootCauseEvidence, null);
        findings.Assumption = Collect(analysis, LexiconNames.Assumption, findings.AssumptionEvidence, null) > 0;

        // Reflection: the reflection section, or (one long sentence) a reflection cue late in the answer.
        var hasReflection = reflectionStart >= 0;
        if (hasReflection)
        {
            var tokens = analysis.TokenSpan;
            foreach (var sentence in sentences)
            {
                if (sentence.EndToken > reflectionStart)
                {
                    var start = Math.Max(sentence.Start, tokens[Math.Max(reflectionStart, sentence.FirstToken)].Start);
                    AddLimited(findings.ReflectionEvidence, new Evidence(analysis.Slice(start, sentence.End - start), start, sentence.End - start));
                }
            }
        }

        var systemic = hasReflection && Collect(analysis, LexiconNames.SystemicReflection, findings.SystemicEvidence, IsReflection) > 0;
        var generic = hasReflection && Collect(analysis, LexiconNames.GenericReflection, findings.GenericEvidence, IsReflection) > 0;
        findings.TradeOff = Collect(analysis, LexiconNames.TradeOff, findings.TradeOffEvidence, null) > 0;
        if (hasReflection)
        {
            findings.SpecificReflection = systemic || ReflectionOverlap(analysis, story, reflectionStart) >= p.SpecificReflectionOverlap;
        }

        // Competency fit.
        if (competency is not null && rubric.CompetencyIds.TryGetValue(competency, out var competencyLexicon))
        {
            findings.CompetencyHits = CollectById(analysis, competencyLexicon, findings.CompetencyEvidence, null);
        }

        var isAssigned = assigned > 0;

        // Stating that the work was not yours, then doing it yourself, is self-initiation too.
        if (initiative == 0 && scope > 0 && handOff == 0 && !isAssigned && findings.IStatements >= 2)
        {
            initiative = 1;
        }

        findings.Signals = new Signals
        {
            WeDominant = weDominant,
            HasQuantifiedResult = quantified > 0,
            HasMetricDelta = delta > 0,
            StatesScopeBoundary = scope > 0,
            SelfInitiated = initiative > 0 && !isAssigned,
            AssignedByManager = isAssigned,
            HandsOff = handOff > 0,
            VagueResult = vague > 0 && quantified == 0,
            HasVerification = findings.VerificationCount > 0 && !findings.Assumption,
            HasSecondOrderEffect = secondOrder > 0,
            HasReflection = hasReflection,
            GenericReflection = generic && !findings.SpecificReflection,
            SystemicReflection = systemic,
        };
        return findings;
    }

    private static int Collect(AnswerAnalysis analysis, string lexicon, List<Evidence> evidence, Func<int, int, bool>? filter) =>
        CollectById(analysis, analysis.Rubric.Id(lexicon), evidence, filter);

    private static int CollectById(AnswerAnalysis analysis, int lexicon, List<Evidence> evidence, Func<int, int, bool>? filter)
    {
        var count = 0;
        var lastEnd = -1;
        analysis.Work += analysis.Matches.Count;
        foreach (var match in analysis.Matches.Span)
        {
            if (match.Lexicon != lexicon || match.Negated || match.First <= lastEnd || (filter is not null && !filter(match.Sentence, match.First)))
            {
                continue;
            }

            count++;
            lastEnd = match.Last;
            AddLimited(evidence, analysis.EvidenceOf(match));
        }

        return count;
    }

    /// <summary>Numbers with a unit (0.3%, $8K, 3x, 40 minutes) in result sentences.</summary>
    private static int CollectQuantities(AnswerAnalysis analysis, Func<int, int, bool> filter, List<Evidence> evidence)
    {
        var tokens = analysis.TokenSpan;
        var count = 0;
        foreach (var sentence in analysis.Sentences)
        {
            var s = tokens.Length > 0 ? tokens[sentence.FirstToken].Sentence : 0;
            if (!filter(s, sentence.FirstToken))
            {
                continue;
            }

            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var token = tokens[t];
                if (!token.IsNumeric || token.Has(TokenFlags.Ordinal))
                {
                    continue;
                }

                var last = -1;
                if (token.IsStrongQuantity)
                {
                    last = t;
                }

                for (var u = t + 1; u < sentence.EndToken && u <= t + 2; u++)
                {
                    if (tokens[u].Kind == TokenKind.Word && analysis.Rubric.Units.Contains(tokens[u].Hash))
                    {
                        last = u;
                        break;
                    }
                }

                if (last >= 0)
                {
                    count++;
                    AddLimited(evidence, analysis.EvidenceOf(t, last));
                    t = last;
                }
            }
        }

        return count;
    }

    /// <summary>First token of the reflection: the reflection section, or a late reflection cue in a long sentence; -1 when none.</summary>
    private static int ReflectionStart(AnswerAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences)
        {
            if (sentence.Section == (int)StarSection.Reflection && analysis.Present[(int)StarSection.Reflection])
            {
                return sentence.FirstToken;
            }
        }

        var cue = analysis.Rubric.CueBase + (int)StarSection.Reflection;
        var late = analysis.Tokens.Count * 4 / 10;
        foreach (var match in analysis.Matches.Span)
        {
            if (match.Lexicon == cue && !match.Negated && match.First >= late && match.First > 0)
            {
                return match.First;
            }
        }

        return -1;
    }

    /// <summary>Distinct story words (before the reflection, or from the main answer) reused in the reflection.</summary>
    private static int ReflectionOverlap(AnswerAnalysis analysis, AnswerAnalysis? story, int reflectionStart)
    {
        var source = story ?? analysis;
        if (story is null)
        {
            analysis.BuildContentSet(reflectionStart);
        }

        var tokens = analysis.TokenSpan;
        Span<ulong> seen = stackalloc ulong[16];
        var distinct = 0;
        for (var t = reflectionStart; t < tokens.Length && distinct < seen.Length; t++)
        {
            var token = tokens[t];
            if (analysis.IsContentWord(token) && source.ContainsContentWord(token.Hash) && !seen[..distinct].Contains(token.Hash))
            {
                seen[distinct++] = token.Hash;
            }
        }

        return distinct;
    }

    private static void AddLimited(List<Evidence> list, Evidence evidence)
    {
        if (list.Count < MaxEvidence)
        {
            list.Add(evidence);
        }
    }
}
