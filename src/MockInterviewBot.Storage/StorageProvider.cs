namespace MockInterviewBot.Storage;

/// <summary>The database behind the store ports.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file in <see cref="StorageOptions.DataDirectory"/> (the default; one replica).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several replicas.</summary>
    Postgres,
}
