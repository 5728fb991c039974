using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Scenarios.Parsing;

/// <summary>One file's parse: the scenario when the file is valid, plus what cross-file checks need even when it is not.</summary>
internal sealed record ParsedScenario(Scenario? Scenario, string? Id, int IdLine, string? Question, int QuestionLine);
