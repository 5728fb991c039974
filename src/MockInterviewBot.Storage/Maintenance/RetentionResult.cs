namespace MockInterviewBot.Storage.Maintenance;

/// <summary>What one retention run removed.</summary>
public sealed record RetentionResult(int TranscriptEntries, int SessionsRedacted, int ProcessedEvents);
