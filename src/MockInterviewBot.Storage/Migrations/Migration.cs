namespace MockInterviewBot.Storage.Migrations;

/// <summary>One schema step. Statements use types both providers accept (TEXT, BIGINT, DOUBLE PRECISION).</summary>
internal sealed record Migration(int Version, string Description, IReadOnlyList<string> Statements);
