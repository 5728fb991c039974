using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Interviews.History;

/// <summary>One scored answer from a person's history.</summary>
public sealed record ScoredAnswer(InterviewSession Session, QuestionRecord Question, Scorecard Card, DateTimeOffset At);
