using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Scoring;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    private static readonly ThreadRef PairChannel = new(Platforms.Slack, "T1", "C1", null);

    [StoreFact]
    public async Task Pairing_MembersRoundsAndRatings_RoundTrip()
    {
        await Store.Pairing.SaveMemberAsync(new PairMember(PairChannel, "U1", true, null, T0), Ct);
        await Store.Pairing.SaveMemberAsync(new PairMember(PairChannel, "U2", true, T0.AddDays(7), T0), Ct);
        await Store.Pairing.SaveMemberAsync(new PairMember(PairChannel, "U2", false, null, T0.AddHours(1)), Ct);
        await Store.Pairing.SaveMemberAsync(new PairMember(PairChannel with { Channel = "C2" }, "U3", true, null, T0), Ct);
        var round = new PairRound("r1", PairChannel, T0, "U1",
            [new PairAssignment("r1", "U1", "U2", "s1", 0), new PairAssignment("r1", "U2", "U1", "s2", 0)], "U3");
        await Store.Pairing.SaveRoundAsync(round, Ct);
        await Store.Pairing.SaveRoundAsync(round with { Id = "r2", CreatedAt = T0.AddDays(7), Assignments = [] }, Ct);
        var rating = new PeerRating("r1", new TenantRef(Platforms.Slack, "T1"), "U1", "U2", "s1", Verdict.Hire, Verdict.LeaningNoHire, 48, T0.AddHours(2));
        await Store.Pairing.SaveRatingAsync(rating, Ct);
        await Store.Pairing.SaveRatingAsync(rating with { PeerVerdict = Verdict.StrongHire }, Ct);

        var members = await Store.Pairing.ListMembersAsync(PairChannel, Ct);
        Assert.Equal(["U1", "U2"], members.Select(m => m.UserId));
        Assert.False(members[1].OptedIn);
        Assert.Null(members[1].SnoozedUntil);
        Assert.Equal(T0.AddDays(7), (await Store.Pairing.GetMemberAsync(PairChannel, "U1", Ct)) is { } m1 ? m1.UpdatedAt.AddDays(7) : default);
        var rounds = await Store.Pairing.ListRoundsAsync(PairChannel, 10, Ct);
        Assert.Equal(["r2", "r1"], rounds.Select(r => r.Id));
        Assert.Equal(round.Assignments, rounds[1].Assignments);
        Assert.Equal("U3", rounds[1].Waiting);
        Assert.Equal("r1", (await Store.Pairing.GetRoundAsync(Platforms.Slack, "r1", Ct))!.Id);
        Assert.Null(await Store.Pairing.GetRoundAsync(Platforms.Discord, "r1", Ct));
        var stored = Assert.Single(await Store.Pairing.ListRatingsForAsync(new UserRef(Platforms.Slack, "T1", "U2"), Ct));
        Assert.Equal(rating with { PeerVerdict = Verdict.StrongHire }, stored);
    }

    [StoreFact]
    public async Task ForgetAsync_PairingData_IsDeletedAndHistoryAnonymised()
    {
        await Store.Pairing.SaveMemberAsync(new PairMember(PairChannel, "U1", true, null, T0), Ct);
        await Store.Pairing.SaveRoundAsync(new PairRound("r1", PairChannel, T0, "U1",
            [new PairAssignment("r1", "U1", "U2", "s1", 0), new PairAssignment("r1", "U2", "U1", "s2", 0)], null), Ct);
        await Store.Pairing.SaveRatingAsync(new PeerRating("r1", new TenantRef(Platforms.Slack, "T1"), "U2", "U1", "s2", Verdict.Hire, null, null, T0), Ct);

        var report = await Store.Eraser.ForgetAsync(new UserRef(Platforms.Slack, "T1", "U1"), Ct);

        Assert.Equal(2, report.Deleted["pairing"]);
        Assert.Null(await Store.Pairing.GetMemberAsync(PairChannel, "U1", Ct));
        Assert.Empty(await Store.Pairing.ListRatingsForAsync(new UserRef(Platforms.Slack, "T1", "U1"), Ct));
        var round = Assert.Single(await Store.Pairing.ListRoundsAsync(PairChannel, 10, Ct));
        Assert.DoesNotContain(round.Assignments, a => a.Interviewer == "U1" || a.Candidate == "U1");
        Assert.Equal(InMemoryPairingStore.ForgottenUser, round.CreatedBy);
    }

    [StoreFact]
    public async Task ListByTenantAsync_ReturnsOnlyThatTenantSinceTheCutoff_NewestFirst()
    {
        await Store.Sessions.SaveAsync(CompletedSession(Key(user: "U1"), T0), Ct);
        await Store.Sessions.SaveAsync(CompletedSession(Key(user: "U2", channel: "C9"), T0.AddDays(2)), Ct);
        await Store.Sessions.SaveAsync(CompletedSession(Key(user: "U3"), T0.AddDays(-40)), Ct);
        await Store.Sessions.SaveAsync(CompletedSession(Key(tenant: "T2", user: "U4"), T0.AddDays(1)), Ct);

        var found = await Store.Sessions.ListByTenantAsync(new TenantRef(Platforms.Slack, "T1"), T0.AddDays(-30), 100, Ct);

        Assert.Equal(["U2", "U1"], found.Select(s => s.Key.User));
        Assert.NotNull(found[0].Questions[0].Scorecard);
    }
}
