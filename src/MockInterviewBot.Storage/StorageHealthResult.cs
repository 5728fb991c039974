namespace MockInterviewBot.Storage;

/// <summary>Readiness of the database: <see cref="Reason"/> says why when not ready (never holds secrets).</summary>
public sealed record StorageHealthResult(bool Ready, string? Reason)
{
    public static StorageHealthResult Healthy { get; } = new(true, null);
}
