namespace MockInterviewBot.Storage.Migrations;

/// <summary>
/// The versioned schema, shared by SQLite and PostgreSQL. Append new migrations; never edit an applied one.
/// Times are BIGINT UTC milliseconds; a null thread is stored as '' so it can be part of keys and equality filters.
/// </summary>
internal static class Schema
{
    public const string VersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version BIGINT NOT NULL PRIMARY KEY,
            description TEXT NOT NULL,
            applied_at BIGINT NOT NULL
        )
        """;

    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "tables for sessions, transcripts, topics, settings, tenants, processed events and leases",
        [
            """
            CREATE TABLE sessions (
                id TEXT NOT NULL PRIMARY KEY,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                thread TEXT NOT NULL,
                user_id TEXT NOT NULL,
                status TEXT NOT NULL,
                mode TEXT NOT NULL,
                framework TEXT NOT NULL,
                competency TEXT NULL,
                level TEXT NOT NULL,
                step TEXT NOT NULL,
                questions BIGINT NOT NULL,
                verdict TEXT NULL,
                overall DOUBLE PRECISION NULL,
                created_at BIGINT NOT NULL,
                updated_at BIGINT NOT NULL,
                completed_at BIGINT NULL,
                answers_purged_at BIGINT NULL,
                version BIGINT NOT NULL,
                transcript_next BIGINT NOT NULL,
                document TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE transcript_entries (
                session_id TEXT NOT NULL,
                seq BIGINT NOT NULL,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                user_id TEXT NOT NULL,
                at_ms BIGINT NOT NULL,
                speaker TEXT NOT NULL,
                body TEXT NOT NULL,
                message_id TEXT NULL,
                PRIMARY KEY (session_id, seq)
            )
            """,
            """
            CREATE TABLE thread_topics (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                thread TEXT NOT NULL,
                scenario_id TEXT NOT NULL,
                mode TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                started_by TEXT NULL,
                PRIMARY KEY (platform, tenant, channel, thread)
            )
            """,
            """
            CREATE TABLE user_settings (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                user_id TEXT NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (platform, tenant, user_id)
            )
            """,
            """
            CREATE TABLE processed_events (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                event_id TEXT NOT NULL,
                processed_at BIGINT NOT NULL,
                PRIMARY KEY (platform, tenant, event_id)
            )
            """,
            """
            CREATE TABLE tenant_settings (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                document TEXT NOT NULL,
                PRIMARY KEY (platform, tenant)
            )
            """,
            """
            CREATE TABLE tenant_installations (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                bot_token TEXT NOT NULL,
                bot_user_id TEXT NULL,
                installed_at BIGINT NOT NULL,
                PRIMARY KEY (platform, tenant)
            )
            """,
            """
            CREATE TABLE leases (
                name TEXT NOT NULL PRIMARY KEY,
                owner TEXT NOT NULL,
                expires_at BIGINT NOT NULL
            )
            """,
        ]),
        new(2, "indexes for conversation, user, thread, retention and dedup-pruning queries",
        [
            "CREATE INDEX ix_sessions_conversation ON sessions (platform, tenant, channel, thread, user_id, status)",
            "CREATE INDEX ix_sessions_user ON sessions (platform, tenant, user_id, created_at)",
            "CREATE INDEX ix_sessions_thread ON sessions (platform, tenant, channel, thread, created_at)",
            "CREATE INDEX ix_sessions_updated ON sessions (updated_at)",
            "CREATE INDEX ix_transcript_user ON transcript_entries (platform, tenant, user_id)",
            "CREATE INDEX ix_transcript_at ON transcript_entries (at_ms)",
            "CREATE INDEX ix_processed_at ON processed_events (processed_at)",
        ]),
        new(3, "study groups: question-of-the-day schedules and their run records",
        [
            """
            CREATE TABLE group_schedules (
                id TEXT NOT NULL PRIMARY KEY,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                created_by TEXT NOT NULL,
                local_time TEXT NOT NULL,
                time_zone TEXT NOT NULL,
                days TEXT NOT NULL,
                framework TEXT NULL,
                competency TEXT NULL,
                digest_day BIGINT NULL,
                digest_time TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                UNIQUE (platform, tenant, channel)
            )
            """,
            """
            CREATE TABLE group_runs (
                schedule_id TEXT NOT NULL,
                run_key TEXT NOT NULL,
                owner TEXT NOT NULL,
                claimed_at BIGINT NOT NULL,
                PRIMARY KEY (schedule_id, run_key)
            )
            """,
            "CREATE INDEX ix_sessions_channel ON sessions (platform, tenant, channel, created_at)",
        ]),
        new(4, "study groups: peer pairing members, rounds, assignments and peer ratings; sessions by tenant and time",
        [
            """
            CREATE TABLE pair_members (
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                user_id TEXT NOT NULL,
                opted_in BIGINT NOT NULL,
                snoozed_until BIGINT NULL,
                updated_at BIGINT NOT NULL,
                PRIMARY KEY (platform, tenant, channel, user_id)
            )
            """,
            """
            CREATE TABLE pair_rounds (
                id TEXT NOT NULL PRIMARY KEY,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                channel TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                created_by TEXT NOT NULL,
                waiting TEXT NULL
            )
            """,
            """
            CREATE TABLE pair_assignments (
                round_id TEXT NOT NULL,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                interviewer TEXT NOT NULL,
                candidate TEXT NOT NULL,
                scenario_id TEXT NOT NULL,
                group_no BIGINT NOT NULL,
                PRIMARY KEY (round_id, interviewer, candidate)
            )
            """,
            """
            CREATE TABLE peer_ratings (
                round_id TEXT NOT NULL,
                platform TEXT NOT NULL,
                tenant TEXT NOT NULL,
                interviewer TEXT NOT NULL,
                candidate TEXT NOT NULL,
                scenario_id TEXT NOT NULL,
                peer_verdict TEXT NOT NULL,
                bot_verdict TEXT NULL,
                bot_overall BIGINT NULL,
                rated_at BIGINT NOT NULL,
                PRIMARY KEY (round_id, interviewer, candidate)
            )
            """,
            "CREATE INDEX ix_pair_rounds_channel ON pair_rounds (platform, tenant, channel, created_at)",
            "CREATE INDEX ix_peer_ratings_candidate ON peer_ratings (platform, tenant, candidate)",
            "CREATE INDEX ix_sessions_tenant_created ON sessions (platform, tenant, created_at)",
        ]),
    ];

    public static int Latest => All.Max(m => m.Version);
}
