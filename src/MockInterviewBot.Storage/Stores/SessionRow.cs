namespace MockInterviewBot.Storage.Stores;

/// <summary>What a session read needs back from the sessions table.</summary>
internal sealed class SessionRow
{
    public string Id { get; set; } = "";
    public string Document { get; set; } = "";
    public long Version { get; set; }
    public long TranscriptNext { get; set; }
}
