using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>A targeted exercise for a weak dimension: the scenario, the mode and the start arguments to copy.</summary>
public sealed record DrillSuggestion(Dimension Dimension, Scenario Scenario, InterviewMode Mode, string Why)
{
    /// <summary>Arguments of <c>start</c> ("drill amazon-ownership-1").</summary>
    public string StartArgs => $"{Commands.Vocabulary.ModeWord(Mode)} {Scenario.Id}";
}
