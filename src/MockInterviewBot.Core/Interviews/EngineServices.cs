using MockInterviewBot.Core.Interviews.Feedback;
using MockInterviewBot.Core.Interviews.Probes;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews;

/// <summary>What the mode handlers share: the question bank, the scorer, the options and the small helpers.</summary>
public sealed class EngineServices(IScenarioCatalog catalog, IAnswerScorer scorer, InterviewOptions options)
{
    public IScenarioCatalog Catalog { get; } = catalog;
    public IAnswerScorer Scorer { get; } = scorer;
    public InterviewOptions Options { get; } = options;
    public ScenarioPicker Picker { get; } = new(catalog);

    public Scenario? ScenarioOf(QuestionRecord? question) => question is null ? null : Catalog.Find(question.ScenarioId);
}
