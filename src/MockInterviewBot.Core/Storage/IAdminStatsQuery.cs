using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Core.Storage;

/// <summary>Read-only figures for the admin page. Implementations only read; they never change stored data.</summary>
public interface IAdminStatsQuery
{
    /// <summary>Sessions in the window (and every active one), optionally limited to one tenant, as summaries.</summary>
    Task<IReadOnlyList<AdminSessionFacts>> ListSessionFactsAsync(AdminStatsFilter filter, CancellationToken cancellationToken);

    /// <summary>Every tenant that has at least one session (bounded), for the tenant filter.</summary>
    Task<IReadOnlyList<TenantRef>> ListTenantsAsync(CancellationToken cancellationToken);
}

/// <summary>What to read: sessions created at or after <see cref="Since"/> plus all active ones; a null tenant means all.</summary>
public sealed record AdminStatsFilter(DateTimeOffset Since, TenantRef? Tenant = null, int Limit = 5000);

/// <summary>One dimension's rating in one scored answer.</summary>
public sealed record AdminRating(Dimension Dimension, int Rating);

/// <summary>What the admin figures need to know about one session; no answer text.</summary>
public sealed record AdminSessionFacts(
    TenantRef Tenant,
    InterviewMode Mode,
    SessionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? CompletedAt,
    Verdict? Verdict,
    IReadOnlyList<AdminRating> Ratings)
{
    /// <summary>The facts of a session: its last scored verdict and the ratings of every scored answer.</summary>
    public static AdminSessionFacts From(InterviewSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var scored = session.Questions.Where(q => q.Scorecard is not null).Select(q => q.Scorecard!).ToArray();
        return new AdminSessionFacts(
            new TenantRef(session.Key.Platform, session.Key.Tenant),
            session.Mode,
            session.Status,
            session.CreatedAt,
            session.UpdatedAt,
            session.CompletedAt,
            scored.Length == 0 ? null : scored[^1].Verdict,
            scored.SelectMany(s => s.Dimensions).Select(d => new AdminRating(d.Name, d.Rating)).ToArray());
    }
}
