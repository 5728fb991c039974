namespace MockInterviewBot.Storage;

/// <summary>Storage settings, bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>File name of the SQLite database inside <see cref="DataDirectory"/>.</summary>
    public const string SqliteFileName = "mockinterviewbot.db";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>. Kept as text so a typo is reported with the key's name.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Required for Postgres; optional for Sqlite (overrides the file in <see cref="DataDirectory"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file lives; created on first start.</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Transcripts older than this many days are purged; 0 keeps them.</summary>
    public int RetentionDays { get; set; }

    /// <summary>How long a SQLite writer waits for the file lock before the store reports the database unavailable.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Processed event ids (deduplication) are kept this long; platforms stop retrying well before.</summary>
    public TimeSpan ProcessedEventRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The parsed <see cref="Provider"/>; only meaningful after validation.</summary>
    public StorageProvider ProviderKind =>
        Enum.TryParse<StorageProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : StorageProvider.Sqlite;
}
