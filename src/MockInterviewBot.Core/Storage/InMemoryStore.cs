using System.Collections.Concurrent;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Core.Storage;

/// <summary>
/// Process-local implementation of every store port. Sessions are kept as JSON documents, exactly as the
/// durable stores keep them, so a caller can never mutate stored state by accident.
/// </summary>
public sealed class InMemoryStore : ISessionStore, IThreadTopicStore, IUserSettingsStore, IProcessedEventStore, IUserDataEraser, ITenantStore, ILeaseStore, IAdminStatsQuery, IChannelSessionQuery
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (ConversationKey Key, string Json, long Version, SessionStatus Status, DateTimeOffset UpdatedAt)> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<ThreadRef, ThreadTopic> _topics = [];
    private readonly Dictionary<UserRef, UserSettings> _settings = [];
    private readonly ConcurrentDictionary<(TenantRef, string), DateTimeOffset> _processed = new();
    private readonly Dictionary<TenantRef, TenantSettings> _tenantSettings = [];
    private readonly Dictionary<TenantRef, TenantInstallation> _installations = [];
    private readonly Dictionary<string, (string Owner, DateTimeOffset Until)> _leases = new(StringComparer.Ordinal);

    public Task<InterviewSession?> GetActiveAsync(ConversationKey key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var found = _sessions.Values
                .Where(s => s.Key == key && s.Status == SessionStatus.Active)
                .OrderByDescending(s => s.UpdatedAt)
                .Select(s => SessionJson.Deserialize(s.Json))
                .FirstOrDefault();
            return Task.FromResult(found);
        }
    }

    public Task<InterviewSession?> GetByIdAsync(TenantRef tenant, string sessionId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            InterviewSession? found = _sessions.TryGetValue(sessionId, out var row)
                && row.Key.Platform == tenant.Platform && row.Key.Tenant == tenant.Tenant
                ? SessionJson.Deserialize(row.Json)
                : null;
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<InterviewSession>> ListByThreadAsync(ThreadRef thread, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InterviewSession> found = _sessions.Values
                .Where(s => s.Key.ThreadRef == thread)
                .Select(s => SessionJson.Deserialize(s.Json))
                .OrderBy(s => s.CreatedAt)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<InterviewSession>> ListByUserAsync(UserRef user, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InterviewSession> found = _sessions.Values
                .Where(s => s.Key.UserRef == user)
                .Select(s => SessionJson.Deserialize(s.Json))
                .OrderByDescending(s => s.CreatedAt)
                .Take(limit)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<InterviewSession>> ListByTenantAsync(TenantRef tenant, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InterviewSession> found = _sessions.Values
                .Where(s => s.Key.Platform == tenant.Platform && s.Key.Tenant == tenant.Tenant)
                .Select(s => SessionJson.Deserialize(s.Json))
                .Where(s => s.CreatedAt >= since)
                .OrderByDescending(s => s.CreatedAt)
                .Take(limit)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<InterviewSession>> ListByChannelAsync(ThreadRef channel, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<InterviewSession> found = _sessions.Values
                .Where(s => s.Key.Platform == channel.Platform && s.Key.Tenant == channel.Tenant && s.Key.Channel == channel.Channel)
                .Select(s => SessionJson.Deserialize(s.Json))
                .Where(s => s.CreatedAt >= since)
                .OrderBy(s => s.CreatedAt)
                .Take(limit)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task SaveAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var stored = _sessions.TryGetValue(session.Id, out var row) ? row.Version : 0;
            if (stored != session.Version)
            {
                throw new ConcurrencyConflictException(session.Id);
            }

            session.Version = stored + 1;
            _sessions[session.Id] = (session.Key, SessionJson.Serialize(session), session.Version, session.Status, session.UpdatedAt);
        }

        return Task.CompletedTask;
    }

    public Task<ThreadTopic?> GetAsync(ThreadRef thread, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_topics.GetValueOrDefault(thread));
        }
    }

    public Task SaveAsync(ThreadTopic topic, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _topics[topic.Thread] = topic;
        }

        return Task.CompletedTask;
    }

    public Task<UserSettings?> GetAsync(UserRef user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_settings.GetValueOrDefault(user));
        }
    }

    public Task SaveAsync(UserRef user, UserSettings settings, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _settings[user] = settings;
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryMarkProcessedAsync(TenantRef tenant, string eventId, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(_processed.TryAdd((tenant, eventId), at));

    public Task<ForgetReport> ForgetAsync(UserRef user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var sessionIds = _sessions.Where(kv => kv.Value.Key.UserRef == user).Select(kv => kv.Key).ToArray();
            foreach (var id in sessionIds)
            {
                _sessions.Remove(id);
            }

            var settings = _settings.Remove(user) ? 1 : 0;
            var topics = _topics.Where(kv => kv.Value.StartedBy == user.UserId && kv.Key.Platform == user.Platform && kv.Key.Tenant == user.Tenant)
                .Select(kv => kv.Key).ToArray();
            foreach (var topic in topics)
            {
                _topics[topic] = _topics[topic] with { StartedBy = null };
            }

            return Task.FromResult(new ForgetReport(new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["sessions"] = sessionIds.Length,
                ["settings"] = settings,
            }));
        }
    }

    public Task<TenantSettings?> GetSettingsAsync(TenantRef tenant, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_tenantSettings.GetValueOrDefault(tenant));
        }
    }

    public Task SaveSettingsAsync(TenantRef tenant, TenantSettings settings, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _tenantSettings[tenant] = settings;
        }

        return Task.CompletedTask;
    }

    public Task<TenantInstallation?> GetInstallationAsync(TenantRef tenant, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_installations.GetValueOrDefault(tenant));
        }
    }

    public Task SaveInstallationAsync(TenantInstallation installation, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _installations[installation.Tenant] = installation;
        }

        return Task.CompletedTask;
    }

    public Task<bool> TryAcquireAsync(string name, string owner, TimeSpan duration, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Owner != owner && lease.Until > now)
            {
                return Task.FromResult(false);
            }

            _leases[name] = (owner, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string name, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_leases.TryGetValue(name, out var lease) && lease.Owner == owner)
            {
                _leases.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AdminSessionFacts>> ListSessionFactsAsync(AdminStatsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        lock (_gate)
        {
            IReadOnlyList<AdminSessionFacts> found = _sessions.Values
                .Where(s => filter.Tenant is not { } t || (s.Key.Platform == t.Platform && s.Key.Tenant == t.Tenant))
                .Select(s => SessionJson.Deserialize(s.Json))
                .Where(s => s.CreatedAt >= filter.Since || s.Status == SessionStatus.Active)
                .OrderByDescending(s => s.CreatedAt)
                .Take(filter.Limit)
                .Select(AdminSessionFacts.From)
                .ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<IReadOnlyList<TenantRef>> ListTenantsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<TenantRef> found = _sessions.Values
                .Select(s => new TenantRef(s.Key.Platform, s.Key.Tenant))
                .Distinct()
                .OrderBy(t => t.Platform, StringComparer.Ordinal)
                .ThenBy(t => t.Tenant, StringComparer.Ordinal)
                .ToArray();
            return Task.FromResult(found);
        }
    }
}
