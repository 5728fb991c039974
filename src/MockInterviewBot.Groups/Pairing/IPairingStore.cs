using MockInterviewBot.Core.Conversations;

namespace MockInterviewBot.Groups.Pairing;

/// <summary>Peer-pairing state: members' preferences, rounds (the history of pairs) and peer ratings.</summary>
public interface IPairingStore
{
    Task<PairMember?> GetMemberAsync(ThreadRef channel, string userId, CancellationToken cancellationToken);

    Task SaveMemberAsync(PairMember member, CancellationToken cancellationToken);

    Task<IReadOnlyList<PairMember>> ListMembersAsync(ThreadRef channel, CancellationToken cancellationToken);

    /// <summary>Stores a round and its assignments in one step.</summary>
    Task SaveRoundAsync(PairRound round, CancellationToken cancellationToken);

    /// <summary>A round by its (globally unique) id on one platform; rating buttons are pressed in DMs, outside the round's tenant.</summary>
    Task<PairRound?> GetRoundAsync(string platform, string roundId, CancellationToken cancellationToken);

    /// <summary>The channel's rounds, newest first.</summary>
    Task<IReadOnlyList<PairRound>> ListRoundsAsync(ThreadRef channel, int limit, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the rating of (round, interviewer, candidate).</summary>
    Task SaveRatingAsync(PeerRating rating, CancellationToken cancellationToken);

    Task<IReadOnlyList<PeerRating>> ListRatingsForAsync(UserRef candidate, CancellationToken cancellationToken);

    /// <summary>Removes the person's preferences and ratings by or about them; their id in round history is replaced.</summary>
    Task<int> ForgetAsync(UserRef user, CancellationToken cancellationToken);
}
