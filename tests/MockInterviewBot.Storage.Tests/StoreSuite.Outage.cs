using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task Outage_DatabaseUnavailable_StoresThrowUnavailableReadinessFalseThenRecover()
    {
        var (stack, outage) = await Backend.CreateOutageStackAsync();
        await using var _ = outage;
        var session = NewSession(Key());
        await stack.Sessions.SaveAsync(session, Ct);
        Assert.True((await stack.Health.CheckAsync(Ct)).Ready);

        await outage.BeginAsync();
        AddTurn(session, "m1", "typed while the database was away", T0.AddMinutes(1));
        var failure = await Assert.ThrowsAsync<StoreUnavailableException>(() => stack.Sessions.SaveAsync(session, Ct));
        var dedup = await Assert.ThrowsAsync<StoreUnavailableException>(
            () => stack.Processed.TryMarkProcessedAsync(new TenantRef(Platforms.Slack, "T1"), "Ev1", T0, Ct));
        var health = await stack.Health.CheckAsync(Ct);

        Assert.NotNull(failure.InnerException);
        Assert.Contains(Backend.Provider.ToString(), failure.Message, StringComparison.Ordinal);
        Assert.False(health.Ready);
        Assert.Contains("unavailable", health.Reason, StringComparison.Ordinal);
        if (Backend.Secret is { } secret)
        {
            Assert.DoesNotContain(secret, failure.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, dedup.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, health.Reason!, StringComparison.Ordinal);
        }

        await outage.EndAsync();
        Assert.True((await stack.Health.CheckAsync(Ct)).Ready);
        await stack.Sessions.SaveAsync(session, Ct);
        Assert.True(await stack.Processed.TryMarkProcessedAsync(new TenantRef(Platforms.Slack, "T1"), "Ev1", T0, Ct));
        var stored = (await stack.Sessions.GetActiveAsync(session.Key, Ct))!;
        Assert.Equal(["m1"], stored.Questions[0].Answer.Select(p => p.MessageId));
        Assert.Equal(3, stored.Transcript.Count);
    }
}
