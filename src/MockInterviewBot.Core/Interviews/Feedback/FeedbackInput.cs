using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.Feedback;

/// <summary>
/// Everything feedback is composed from: the scenario, the person's answer, the final scorecard (with probe answers)
/// and the scorecard of the main answer alone (to tell whether the probes lowered the verdict).
/// </summary>
public sealed record FeedbackInput(
    Scenario Scenario,
    QuestionRecord Question,
    string AnswerText,
    Scorecard Final,
    Scorecard MainOnly,
    Level Level);
