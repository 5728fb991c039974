using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>Process-local <see cref="IPairingStore"/> for tests and local development.</summary>
public sealed class InMemoryPairingStore : IPairingStore
{
    /// <summary>What a forgotten person's id becomes in round history.</summary>
    public const string ForgottenUser = "forgotten";

    private readonly Lock _gate = new();
    private readonly Dictionary<(ThreadRef, string), PairMember> _members = [];
    private readonly List<PairRound> _rounds = [];
    private readonly Dictionary<(string, string, string), PeerRating> _ratings = [];

    public Task<PairMember?> GetMemberAsync(ThreadRef channel, string userId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_members.GetValueOrDefault((channel, userId)));
        }
    }

    public Task SaveMemberAsync(PairMember member, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _members[(member.Channel, member.UserId)] = member;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PairMember>> ListMembersAsync(ThreadRef channel, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PairMember> found = _members.Values.Where(m => m.Channel == channel).OrderBy(m => m.UserId, StringComparer.Ordinal).ToArray();
            return Task.FromResult(found);
        }
    }

    public Task SaveRoundAsync(PairRound round, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rounds.RemoveAll(r => r.Id == round.Id);
            _rounds.Add(round);
        }

        return Task.CompletedTask;
    }

    public Task<PairRound?> GetRoundAsync(string platform, string roundId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_rounds.FirstOrDefault(r => r.Id == roundId && r.Channel.Platform == platform));
        }
    }

    public Task<IReadOnlyList<PairRound>> ListRoundsAsync(ThreadRef channel, int limit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PairRound> found = _rounds.Where(r => r.Channel == channel).OrderByDescending(r => r.CreatedAt).Take(limit).ToArray();
            return Task.FromResult(found);
        }
    }

    public Task SaveRatingAsync(PeerRating rating, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _ratings[(rating.RoundId, rating.Interviewer, rating.Candidate)] = rating;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PeerRating>> ListRatingsForAsync(UserRef candidate, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<PeerRating> found = _ratings.Values
                .Where(r => r.Tenant == new TenantRef(candidate.Platform, candidate.Tenant) && r.Candidate == candidate.UserId)
                .OrderByDescending(r => r.RatedAt).ToArray();
            return Task.FromResult(found);
        }
    }

    public Task<int> ForgetAsync(UserRef user, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var tenant = new TenantRef(user.Platform, user.Tenant);
            bool InTenant(ThreadRef t) => t.Platform == user.Platform && t.Tenant == user.Tenant;
            var removed = 0;
            foreach (var key in _members.Keys.Where(k => InTenant(k.Item1) && k.Item2 == user.UserId).ToArray())
            {
                removed += _members.Remove(key) ? 1 : 0;
            }

            foreach (var key in _ratings.Where(kv => kv.Value.Tenant == tenant && (kv.Value.Interviewer == user.UserId || kv.Value.Candidate == user.UserId)).Select(kv => kv.Key).ToArray())
            {
                removed += _ratings.Remove(key) ? 1 : 0;
            }

            for (var i = 0; i < _rounds.Count; i++)
            {
                var round = _rounds[i];
                if (!InTenant(round.Channel))
                {
                    continue;
                }

                string Swap(string id) => id == user.UserId ? ForgottenUser : id;
                _rounds[i] = round with
                {
                    CreatedBy = Swap(round.CreatedBy),
                    Waiting = round.Waiting is null ? null : Swap(round.Waiting),
                    Assignments = round.Assignments.Select(a => a with { Interviewer = Swap(a.Interviewer), Candidate = Swap(a.Candidate) }).ToArray(),
                };
            }

            return Task.FromResult(removed);
        }
    }
}
