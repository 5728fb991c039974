namespace MockInterviewBot.Scenarios.Tests;

/// <summary>A minimal but complete scenario file, and helpers to break it one line at a time.</summary>
internal static class ValidScenario
{
    public static string Yaml(string id = "ownership-test", string framework = "amazon", string competency = "ownership") => $$"""
        id: {{id}}
        framework: {{framework}}
        competencies: [{{competency}}]
        roles: [engineering]
        title: A test story
        question: Tell me about a test story {{id}}.
        difficulty: medium
        overview: An overview of the story.
        sections:
          - name: situation
            targetSeconds: 30
            strongExample: I noticed the problem and it was not my team.
            keyPhrases: ["I noticed", "not my team"]
            coaching: Keep it short.
            commonMistake: Too much background.
          - name: task
            targetSeconds: 20
            strongExample: Nobody asked me to fix it.
            keyPhrases: ["nobody asked"]
            coaching: State the boundary.
            commonMistake: No boundary.
          - name: action
            targetSeconds: 90
            strongExample: I traced the cause and I wrote the fix.
            keyPhrases: ["I traced", "I wrote"]
            coaching: Use I.
            commonMistake: Using we.
          - name: result
            targetSeconds: 20
            strongExample: Errors fell from 4% to 1%.
            keyPhrases: ["from 4% to 1%"]
            coaching: Quantify.
            commonMistake: Vague result.
          - name: reflection
            targetSeconds: 15
            strongExample: I learned to measure first.
            keyPhrases: ["measure first"]
            coaching: Be specific.
            commonMistake: Generic lesson.
        reflections:
          entry: I learned a tool.
          senior: I saw an organizational gap.
        probes:
          - id: verify
            question: How did you verify it?
            tests: Rigor
            triggers: [hasVerification]
            weakAnswer: I assumed it worked.
            weakWhy: No verification.
            strongAnswer: I reproduced it and monitored it.
            keyPhrase: I reproduced it
          - id: motivation
            question: Why did you do it?
            tests: Initiative
            triggers: [selfInitiated, assignedByManager]
            weakAnswer: My manager told me to.
            weakWhy: Assigned.
            strongAnswer: I saw the gap and acted.
            keyPhrase: I saw the gap
          - id: handoff
            question: How did the other team accept it?
            tests: Ownership
            triggers: [handsOff]
            weakAnswer: I sent a message and they handled it.
            weakWhy: Hand-off.
            strongAnswer: I brought a complete fix.
            keyPhrase: brought a complete fix
        weakAnswer:
          text: I told them and they fixed it.
          redFlags: [Hand-off]
          verdict: leaningNoHire
          interviewerNote: No ownership.
        framing:
          - competency: ownership
            leadWith: The boundary.
            emphasize: Initiative.
            downplay: Details.
          - competency: dive-deep
            leadWith: The root cause.
            emphasize: Rigor.
            downplay: Politics.
        calibration:
          - level: entry
            focus: Own area.
            reflection: A tool learned.
            bar: Clear contribution.
            time: 2 minutes.
          - level: senior
            focus: Systems.
            reflection: Organizational gap.
            bar: Cross-team influence.
            time: 2.5 to 3 minutes.
        quiz:
          - question: Q1?
            difficulty: easy
            choices: [a, b, c]
            answer: 0
            explanation: Because.
          - question: Q2?
            difficulty: easy
            choices: [a, b]
            answer: 1
            explanation: Because.
          - question: Q3?
            difficulty: medium
            choices: [a, b]
            answer: 1
            explanation: Because.
          - question: Q4?
            difficulty: medium
            choices: [a, b]
            answer: 0
            explanation: Because.
          - question: Q5?
            difficulty: hard
            choices: [a, b]
            answer: 0
            explanation: Because.

        """;

    /// <summary>Replaces exactly one occurrence of <paramref name="oldText"/> (fails loudly when absent or repeated).</summary>
    public static string ReplaceOnce(this string yaml, string oldText, string newText)
    {
        var first = yaml.IndexOf(oldText, StringComparison.Ordinal);
        if (first < 0 || yaml.IndexOf(oldText, first + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{oldText}' must occur exactly once in the template", nameof(oldText));
        }

        return string.Concat(yaml.AsSpan(0, first), newText, yaml.AsSpan(first + oldText.Length));
    }

    /// <summary>1-based line of the <paramref name="occurrence"/>-th line containing <paramref name="marker"/>.</summary>
    public static int LineOf(this string yaml, string marker, int occurrence = 1)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(marker, StringComparison.Ordinal) && --occurrence == 0)
            {
                return i + 1;
            }
        }

        throw new ArgumentException($"'{marker}' not found", nameof(marker));
    }
}
