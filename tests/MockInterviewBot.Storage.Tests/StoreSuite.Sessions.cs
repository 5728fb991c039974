using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task SaveAsync_CompletedSession_RoundTripsEveryField()
    {
        var session = CompletedSession(Key(), T0);
        await Store.Sessions.SaveAsync(session, Ct);

        var loaded = await Store.Sessions.GetByIdAsync(new(session.Key.Platform, session.Key.Tenant), session.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(Snapshot(session), Snapshot(loaded));
        Assert.Equal(4, loaded.Transcript.Count);
        Assert.Equal("m1", loaded.Transcript[1].MessageId);
    }

    [StoreFact]
    public async Task SaveAsync_NewSession_SetsVersionToOne()
    {
        var session = NewSession(Key());

        await Store.Sessions.SaveAsync(session, Ct);

        Assert.Equal(1, session.Version);
    }

    [StoreFact]
    public async Task GetActiveAsync_ActiveSessionInConversation_ReturnsIt()
    {
        var session = NewSession(Key(thread: null));
        await Store.Sessions.SaveAsync(session, Ct);

        var loaded = await Store.Sessions.GetActiveAsync(Key(thread: null), Ct);

        Assert.Equal(session.Id, loaded?.Id);
        Assert.Null(loaded!.Key.Thread);
    }

    [StoreFact]
    public async Task GetActiveAsync_OnlyFinishedOrOtherConversations_ReturnsNull()
    {
        var done = CompletedSession(Key(), T0);
        await Store.Sessions.SaveAsync(done, Ct);
        await Store.Sessions.SaveAsync(NewSession(Key(thread: "other")), Ct);
        await Store.Sessions.SaveAsync(NewSession(Key(user: "U2")), Ct);

        var loaded = await Store.Sessions.GetActiveAsync(Key(), Ct);

        Assert.Null(loaded);
    }

    [StoreFact]
    public async Task ListByThreadAsync_SeveralPeopleInThread_ReturnsAllOldestFirst()
    {
        var first = NewSession(Key(user: "U1"), T0);
        var second = CompletedSession(Key(user: "U2"), T0.AddMinutes(5));
        await Store.Sessions.SaveAsync(second, Ct);
        await Store.Sessions.SaveAsync(first, Ct);
        await Store.Sessions.SaveAsync(NewSession(Key(thread: "elsewhere")), Ct);

        var list = await Store.Sessions.ListByThreadAsync(Key().ThreadRef, Ct);

        Assert.Equal([first.Id, second.Id], list.Select(s => s.Id));
        Assert.Equal(4, list[1].Transcript.Count);
    }

    [StoreFact]
    public async Task ListByUserAsync_ManySessions_ReturnsNewestFirstUpToLimit()
    {
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var session = CompletedSession(Key(channel: "C" + i), T0.AddDays(i));
            await Store.Sessions.SaveAsync(session, Ct);
            ids.Add(session.Id);
        }

        var list = await Store.Sessions.ListByUserAsync(Key().UserRef, 3, Ct);

        Assert.Equal([ids[3], ids[2], ids[1]], list.Select(s => s.Id));
        Assert.All(list, s => Assert.Equal(4, s.Transcript.Count));
    }

    [StoreFact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndKeepsWinner()
    {
        var session = NewSession(Key());
        await Store.Sessions.SaveAsync(session, Ct);
        var tenant = new Core.Conversations.TenantRef(session.Key.Platform, session.Key.Tenant);
        var a = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        var b = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        AddTurn(a, "ma", "answer from replica A", T0.AddMinutes(1));
        AddTurn(b, "mb", "answer from replica B", T0.AddMinutes(1));

        await Store.Sessions.SaveAsync(a, Ct);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Sessions.SaveAsync(b, Ct));

        Assert.Equal(session.Id, conflict.SessionId);
        var stored = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(["ma"], stored.Questions[0].Answer.Select(p => p.MessageId));
        Assert.Equal(3, stored.Transcript.Count);
    }

    [StoreFact]
    public async Task SaveAsync_NewSessionWithExistingId_ThrowsConflict()
    {
        var session = NewSession(Key(), id: "fixed-id");
        await Store.Sessions.SaveAsync(session, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Sessions.SaveAsync(NewSession(Key(), id: "fixed-id"), Ct));
    }

    [StoreFact]
    public async Task SaveAsync_ConflictThenReloadAndRetry_KeepsBothAnswers()
    {
        var session = NewSession(Key());
        await Store.Sessions.SaveAsync(session, Ct);
        var tenant = new Core.Conversations.TenantRef(session.Key.Platform, session.Key.Tenant);
        var stale = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        var fresh = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        AddTurn(fresh, "m1", "first", T0.AddMinutes(1));
        await Store.Sessions.SaveAsync(fresh, Ct);

        AddTurn(stale, "m2", "second", T0.AddMinutes(2));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Sessions.SaveAsync(stale, Ct));
        var reloaded = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        AddTurn(reloaded, "m2", "second", T0.AddMinutes(2));
        await Store.Sessions.SaveAsync(reloaded, Ct);

        var stored = (await Store.Sessions.GetByIdAsync(tenant, session.Id, Ct))!;
        Assert.Equal(["m1", "m2"], stored.Questions[0].Answer.Select(p => p.MessageId));
        Assert.Equal(["m1", "m2"], stored.Transcript.Where(t => t.Speaker == Speaker.User).Select(t => t.MessageId));
        Assert.Equal(3, stored.Version);
    }

    [StoreFact]
    public async Task SaveAsync_SessionLoadedByAnotherReplica_KeepsWholeTranscript()
    {
        var other = Backend.CreateStack();
        var session = NewSession(Key());
        await Store.Sessions.SaveAsync(session, Ct);
        AddTurn(session, "m1", "one", T0.AddMinutes(1));
        await Store.Sessions.SaveAsync(session, Ct);

        var loaded = (await Store.Sessions.GetActiveAsync(session.Key, Ct))!;
        AddTurn(loaded, "m2", "two", T0.AddMinutes(2));
        await other.Sessions.SaveAsync(loaded, Ct);

        var stored = (await other.Sessions.GetActiveAsync(session.Key, Ct))!;
        Assert.Equal(5, stored.Transcript.Count);
        Assert.Equal(["m1", "m2"], stored.Transcript.Where(t => t.MessageId is not null).Select(t => t.MessageId));
    }

    [StoreFact]
    public async Task SaveAsync_ManyTurns_AppendsTranscriptInOrder()
    {
        var session = NewSession(Key());
        await Store.Sessions.SaveAsync(session, Ct);
        for (var i = 0; i < 5; i++)
        {
            var current = (await Store.Sessions.GetActiveAsync(session.Key, Ct))!;
            AddTurn(current, "m" + i, "part " + i, T0.AddMinutes(i + 1));
            await Store.Sessions.SaveAsync(current, Ct);
        }

        var stored = (await Store.Sessions.GetActiveAsync(session.Key, Ct))!;

        Assert.Equal(11, stored.Transcript.Count);
        Assert.Equal(Enumerable.Range(0, 5).Select(i => "part " + i), stored.Transcript.Where(t => t.Speaker == Speaker.User).Select(t => t.Text));
        Assert.Equal(6, stored.Version);
    }

    [StoreFact]
    public async Task SaveAsync_EntryInsertedBeforeStoredOnes_StoresTranscriptAsHeld()
    {
        var session = NewSession(Key());
        await Store.Sessions.SaveAsync(session, Ct);
        var loaded = (await Store.Sessions.GetActiveAsync(session.Key, Ct))!;
        loaded.Transcript.Insert(0, new TranscriptEntry(T0.AddSeconds(-1), Speaker.User, "start"));

        await Store.Sessions.SaveAsync(loaded, Ct);

        var stored = (await Store.Sessions.GetActiveAsync(session.Key, Ct))!;
        Assert.Equal(["start", session.Transcript[0].Text], stored.Transcript.Select(t => t.Text));
    }
}
