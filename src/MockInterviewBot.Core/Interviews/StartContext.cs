using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;

namespace MockInterviewBot.Core.Interviews;

/// <summary>What a mode needs to begin: the resolved request, the person's scenario usage, and an optional fixed scenario.</summary>
public sealed record StartContext(ResolvedStart Start, IReadOnlyDictionary<string, DateTimeOffset> LastUsed, Scenario? Pattern = null);
