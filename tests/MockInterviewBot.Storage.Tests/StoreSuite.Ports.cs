using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Scoring;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task ThreadTopicSaveAsync_ThenGet_RoundTrips()
    {
        var topic = new ThreadTopic(Key().ThreadRef, "amazon-ownership-1", "practice", T0, "U1");
        var channelTopic = new ThreadTopic(Key(thread: null).ThreadRef, "meta-impact-2", "mock", T0.AddHours(1), null);
        await Store.Topics.SaveAsync(topic, Ct);
        await Store.Topics.SaveAsync(channelTopic, Ct);

        Assert.Equal(topic, await Store.Topics.GetAsync(topic.Thread, Ct));
        Assert.Equal(channelTopic, await Store.Topics.GetAsync(channelTopic.Thread, Ct));
        Assert.Null(await Store.Topics.GetAsync(Key(thread: "nope").ThreadRef, Ct));
    }

    [StoreFact]
    public async Task ThreadTopicSaveAsync_Twice_Replaces()
    {
        var thread = Key().ThreadRef;
        await Store.Topics.SaveAsync(new ThreadTopic(thread, "a", "practice", T0, "U1"), Ct);
        var replacement = new ThreadTopic(thread, "b", "drill", T0.AddDays(1), "U2");

        await Store.Topics.SaveAsync(replacement, Ct);

        Assert.Equal(replacement, await Store.Topics.GetAsync(thread, Ct));
    }

    [StoreFact]
    public async Task UserSettingsSaveAsync_ThenGet_RoundTripsAndReplaces()
    {
        var user = Key().UserRef;
        Assert.Null(await Store.UserSettings.GetAsync(user, Ct));
        var settings = new UserSettings { Level = Level.Senior, Framework = Frameworks.Google, Role = "SRE", FeedbackVisibility = FeedbackVisibility.Private };

        await Store.UserSettings.SaveAsync(user, settings, Ct);
        Assert.Equal(settings, await Store.UserSettings.GetAsync(user, Ct));

        var changed = settings with { Level = null, Framework = null };
        await Store.UserSettings.SaveAsync(user, changed, Ct);
        Assert.Equal(changed, await Store.UserSettings.GetAsync(user, Ct));
    }

    [StoreFact]
    public async Task TenantSettingsSaveAsync_ThenGet_RoundTripsAndReplaces()
    {
        var tenant = new TenantRef(Platforms.Slack, "T1");
        Assert.Null(await Store.Tenants.GetSettingsAsync(tenant, Ct));
        var settings = new TenantSettings { FeedbackVisibility = FeedbackVisibility.Thread, DefaultFramework = Frameworks.Meta, DefaultLevel = Level.Entry };

        await Store.Tenants.SaveSettingsAsync(tenant, settings, Ct);
        Assert.Equal(settings, await Store.Tenants.GetSettingsAsync(tenant, Ct));

        var changed = settings with { DefaultLevel = null };
        await Store.Tenants.SaveSettingsAsync(tenant, changed, Ct);
        Assert.Equal(changed, await Store.Tenants.GetSettingsAsync(tenant, Ct));
    }

    [StoreFact]
    public async Task InstallationSaveAsync_ThenGet_RoundTripsAndReplaces()
    {
        var tenant = new TenantRef(Platforms.Slack, "T1");
        Assert.Null(await Store.Tenants.GetInstallationAsync(tenant, Ct));
        var installation = new TenantInstallation(tenant, "xoxb-test-token", "B1", T0);

        await Store.Tenants.SaveInstallationAsync(installation, Ct);
        Assert.Equal(installation, await Store.Tenants.GetInstallationAsync(tenant, Ct));

        var reinstalled = new TenantInstallation(tenant, "xoxb-new-token", null, T0.AddDays(3));
        await Store.Tenants.SaveInstallationAsync(reinstalled, Ct);
        Assert.Equal(reinstalled, await Store.Tenants.GetInstallationAsync(tenant, Ct));
    }

    [StoreFact]
    public async Task TryMarkProcessedAsync_SameIdTwice_TrueThenFalse()
    {
        var tenant = new TenantRef(Platforms.Slack, "T1");

        Assert.True(await Store.Processed.TryMarkProcessedAsync(tenant, "Ev1", T0, Ct));
        Assert.False(await Store.Processed.TryMarkProcessedAsync(tenant, "Ev1", T0.AddSeconds(5), Ct));
        Assert.True(await Store.Processed.TryMarkProcessedAsync(tenant, "Ev2", T0, Ct));
    }

    [StoreFact]
    public async Task TryMarkProcessedAsync_ParallelAttemptsOnTwoReplicas_ExactlyOneWins()
    {
        var replicas = new[] { Store, Backend.CreateStack() };
        var tenant = new TenantRef(Platforms.Slack, "T1");
        for (var round = 0; round < 5; round++)
        {
            var eventId = "Ev-parallel-" + round;
            var attempts = Enumerable.Range(0, 24)
                .Select(i => Task.Run(() => replicas[i % 2].Processed.TryMarkProcessedAsync(tenant, eventId, T0, Ct)));

            var results = await Task.WhenAll(attempts);

            Assert.Single(results, r => r);
        }
    }

    [StoreFact]
    public async Task TryAcquireAsync_HeldByOther_RefusedUntilExpiry()
    {
        var leases = Store.Leases;
        var minute = TimeSpan.FromMinutes(1);

        Assert.True(await leases.TryAcquireAsync("digest", "replica-a", minute, T0, Ct));
        Assert.False(await leases.TryAcquireAsync("digest", "replica-b", minute, T0.AddSeconds(30), Ct));
        Assert.True(await leases.TryAcquireAsync("digest", "replica-a", minute, T0.AddSeconds(30), Ct));
        Assert.False(await leases.TryAcquireAsync("digest", "replica-b", minute, T0.AddSeconds(89), Ct));
        Assert.True(await leases.TryAcquireAsync("digest", "replica-b", minute, T0.AddSeconds(90), Ct));
        Assert.False(await leases.TryAcquireAsync("digest", "replica-a", minute, T0.AddSeconds(91), Ct));
        Assert.True(await leases.TryAcquireAsync("other-job", "replica-a", minute, T0.AddSeconds(91), Ct));
    }

    [StoreFact]
    public async Task ReleaseAsync_ByOwnerOnly_FreesLease()
    {
        var leases = Store.Leases;
        var hour = TimeSpan.FromHours(1);
        Assert.True(await leases.TryAcquireAsync("qotd", "replica-a", hour, T0, Ct));

        await leases.ReleaseAsync("qotd", "replica-b", Ct);
        Assert.False(await leases.TryAcquireAsync("qotd", "replica-b", hour, T0.AddMinutes(1), Ct));

        await leases.ReleaseAsync("qotd", "replica-a", Ct);
        Assert.True(await leases.TryAcquireAsync("qotd", "replica-b", hour, T0.AddMinutes(1), Ct));
    }

    [StoreFact]
    public async Task TryAcquireAsync_ParallelOwnersOnTwoReplicas_ExactlyOneHolds()
    {
        var replicas = new[] { Store, Backend.CreateStack() };
        var attempts = Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => replicas[i % 2].Leases.TryAcquireAsync("weekly-digest", "owner-" + i, TimeSpan.FromMinutes(5), T0, Ct)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r);
    }
}
