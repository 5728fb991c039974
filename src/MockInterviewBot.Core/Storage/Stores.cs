using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Core.Storage;

/// <summary>Thrown by <see cref="ISessionStore.SaveAsync"/> when another writer saved the session first.</summary>
public sealed class ConcurrencyConflictException(string sessionId)
    : Exception($"Session '{sessionId}' was changed by another writer; reload and retry.")
{
    public string SessionId { get; } = sessionId;
}

/// <summary>Thrown by stores when the database cannot be reached; the turn is retried and nothing is lost.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Interview sessions. Every method is scoped by platform and tenant through its key.</summary>
public interface ISessionStore
{
    /// <summary>The person's active session in this conversation (channel + thread), if any.</summary>
    Task<InterviewSession?> GetActiveAsync(ConversationKey key, CancellationToken cancellationToken);

    Task<InterviewSession?> GetByIdAsync(TenantRef tenant, string sessionId, CancellationToken cancellationToken);

    /// <summary>All sessions (any status) in one channel thread, oldest first: who else is answering here.</summary>
    Task<IReadOnlyList<InterviewSession>> ListByThreadAsync(ThreadRef thread, CancellationToken cancellationToken);

    /// <summary>The person's sessions, newest first.</summary>
    Task<IReadOnlyList<InterviewSession>> ListByUserAsync(UserRef user, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Sessions of every person in one tenant created at or after <paramref name="since"/>, newest first (study-group
    /// leaderboards). Stores that cannot answer it throw <see cref="NotSupportedException"/>.
    /// </summary>
    Task<IReadOnlyList<InterviewSession>> ListByTenantAsync(TenantRef tenant, DateTimeOffset since, int limit, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This session store cannot list sessions by tenant.");

    /// <summary>
    /// Inserts or updates. The session's <see cref="InterviewSession.Version"/> must equal the stored one
    /// (0 for a new session); on success the store increments it. Otherwise <see cref="ConcurrencyConflictException"/>.
    /// </summary>
    Task SaveAsync(InterviewSession session, CancellationToken cancellationToken);
}

/// <summary>What is asked in a thread that was opened for an interview (a /mock post, a question of the day).</summary>
public sealed record ThreadTopic(ThreadRef Thread, string ScenarioId, string Mode, DateTimeOffset CreatedAt, string? StartedBy);

public interface IThreadTopicStore
{
    Task<ThreadTopic?> GetAsync(ThreadRef thread, CancellationToken cancellationToken);

    Task SaveAsync(ThreadTopic topic, CancellationToken cancellationToken);
}

public enum FeedbackVisibility
{
    /// <summary>Use the platform's configured default.</summary>
    Default,
    Thread,
    Private,
}

/// <summary>A person's preferences. Null members mean "not set".</summary>
public sealed record UserSettings
{
    public Scoring.Level? Level { get; init; }
    public string? Framework { get; init; }
    public string? Role { get; init; }
    public FeedbackVisibility FeedbackVisibility { get; init; }

    /// <summary>True when the person asked not to be named on study-group leaderboards and digests.</summary>
    public bool LeaderboardOptOut { get; init; }
}

public interface IUserSettingsStore
{
    Task<UserSettings?> GetAsync(UserRef user, CancellationToken cancellationToken);

    Task SaveAsync(UserRef user, UserSettings settings, CancellationToken cancellationToken);
}

/// <summary>Deduplication of platform deliveries (Slack event_id, Discord interaction id).</summary>
public interface IProcessedEventStore
{
    /// <summary>Atomically records the id; false when it was already recorded (a retry or a second replica).</summary>
    Task<bool> TryMarkProcessedAsync(TenantRef tenant, string eventId, DateTimeOffset at, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IUserDataEraser.ForgetAsync"/> removed, by kind ("sessions", "settings", …).</summary>
public sealed record ForgetReport(IReadOnlyDictionary<string, int> Deleted)
{
    public int Total => Deleted.Values.Sum();
}

public interface IUserDataEraser
{
    /// <summary>Deletes everything stored about the person in every table.</summary>
    Task<ForgetReport> ForgetAsync(UserRef user, CancellationToken cancellationToken);
}

/// <summary>Workspace or guild defaults set by its admins. Null members mean "not set".</summary>
public sealed record TenantSettings
{
    public FeedbackVisibility FeedbackVisibility { get; init; }
    public string? DefaultFramework { get; init; }
    public Scoring.Level? DefaultLevel { get; init; }
}

/// <summary>A bot credential installed for one tenant (Slack OAuth v2 gives one bot token per workspace).</summary>
public sealed record TenantInstallation(TenantRef Tenant, string BotToken, string? BotUserId, DateTimeOffset InstalledAt);

public interface ITenantStore
{
    Task<TenantSettings?> GetSettingsAsync(TenantRef tenant, CancellationToken cancellationToken);

    Task SaveSettingsAsync(TenantRef tenant, TenantSettings settings, CancellationToken cancellationToken);

    Task<TenantInstallation?> GetInstallationAsync(TenantRef tenant, CancellationToken cancellationToken);

    Task SaveInstallationAsync(TenantInstallation installation, CancellationToken cancellationToken);
}

/// <summary>Leases so a scheduled job runs on one replica only.</summary>
public interface ILeaseStore
{
    /// <summary>Takes or renews the named lease for <paramref name="owner"/>; false when another owner holds an unexpired lease.</summary>
    Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken);

    Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken);
}
