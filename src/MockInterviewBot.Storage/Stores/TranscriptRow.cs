namespace MockInterviewBot.Storage.Stores;

/// <summary>One row of transcript_entries.</summary>
internal sealed class TranscriptRow
{
    public string SessionId { get; set; } = "";
    public long Seq { get; set; }
    public string Platform { get; set; } = "";
    public string Tenant { get; set; } = "";
    public string UserId { get; set; } = "";
    public long AtMs { get; set; }
    public string Speaker { get; set; } = "";
    public string Body { get; set; } = "";
    public string? MessageId { get; set; }
}
