namespace MockInterviewBot.Storage.Tests.Infrastructure;

/// <summary>Where the PostgreSQL tests find their server, and why they are skipped without one.</summary>
public static class PostgresEnvironment
{
    public const string ConnectionVariable = "MIB_TEST_POSTGRES";
    public const string RequireVariable = "MIB_REQUIRE_POSTGRES";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Set by .ci/run: a missing server is then a failure, never a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Null when the PostgreSQL tests must run.</summary>
    public static string? SkipReason =>
        ConnectionString is null && !Required
            ? string.Concat(
                "No PostgreSQL server: set ", ConnectionVariable,
                " to a connection string (e.g. Host=127.0.0.1;Username=mib;Password=...;Database=mib_test) to run this test. ",
                ".ci/run starts a server, sets it and sets ", RequireVariable, "=1 so a skip there is a failure.")
            : null;

    public static string RequireConnectionString() =>
        ConnectionString ?? throw new InvalidOperationException(
            $"{RequireVariable}=1 but {ConnectionVariable} is not set: the PostgreSQL tests cannot run and must not be skipped.");
}
