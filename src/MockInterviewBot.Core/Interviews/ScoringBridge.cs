using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews;

/// <summary>Maps Core's scenario and session onto the scoring module's input.</summary>
public static class ScoringBridge
{
    public static ScoringScenario Map(Scenario scenario) => new()
    {
        Id = scenario.Id,
        Question = scenario.Question,
        Competencies = scenario.Competencies,
        Sections = scenario.Sections.Select(s => new SectionTarget(s.Name, s.TargetSeconds, s.KeyPhrases)).ToArray(),
    };

    public static AnswerContext Context(Scenario scenario, InterviewSession session, string answer, IReadOnlyList<ProbeAnswer>? probes = null) => new()
    {
        AnswerText = answer,
        Scenario = Map(scenario),
        QuestionText = scenario.Question,
        Level = session.Level,
        Framework = scenario.Framework,
        Competency = session.Competency is { } c && scenario.Competencies.Contains(c, StringComparer.OrdinalIgnoreCase) ? c : scenario.PrimaryCompetency(),
        ProbeAnswers = probes ?? [],
    };

    /// <summary>The answered probes of a question, as the scorer wants them.</summary>
    public static IReadOnlyList<ProbeAnswer> ProbeAnswers(QuestionRecord question) =>
        question.Probes
            .Select(p => new ProbeAnswer(p.ProbeId, p.Question, AnswerCapture.TextOf(p.Answer), p.Triggers))
            .Where(p => p.Answer.Length > 0)
            .ToArray();
}
