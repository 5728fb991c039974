using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Scoring;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>A person's pairing preference in one channel (<see cref="Channel"/> has no thread).</summary>
public sealed record PairMember(ThreadRef Channel, string UserId, bool OptedIn, DateTimeOffset? SnoozedUntil, DateTimeOffset UpdatedAt)
{
    public bool IsAvailable(DateTimeOffset now) => OptedIn && (SnoozedUntil is null || SnoozedUntil <= now);
}

/// <summary>In a round, <see cref="Interviewer"/> asks <see cref="Candidate"/> the question of <see cref="ScenarioId"/>.</summary>
public sealed record PairAssignment(string RoundId, string Interviewer, string Candidate, string ScenarioId, int Group);

/// <summary>One <c>/mock pair</c> run in a channel. <see cref="Waiting"/> is the person left out when the count was odd and trios are off.</summary>
public sealed record PairRound(string Id, ThreadRef Channel, DateTimeOffset CreatedAt, string CreatedBy, IReadOnlyList<PairAssignment> Assignments, string? Waiting);

/// <summary>A peer's rating of a candidate's answer, stored beside the bot's verdict on the same question when there is one.</summary>
public sealed record PeerRating(
    string RoundId,
    TenantRef Tenant,
    string Interviewer,
    string Candidate,
    string ScenarioId,
    Verdict PeerVerdict,
    Verdict? BotVerdict,
    int? BotOverall,
    DateTimeOffset RatedAt);
