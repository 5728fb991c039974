using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

/// <summary>One tenant can never reach another's data: a test per store method, against a same-named tenant on another platform and another tenant on the same platform.</summary>
public abstract partial class StoreSuite
{
    private static readonly ConversationKey Mine = Key(tenant: "T1");

    private static IEnumerable<ConversationKey> Others() =>
    [
        Mine with { Tenant = "T2" },
        Mine with { Platform = Platforms.Discord },
    ];

    private static TenantRef TenantOf(ConversationKey key) => new(key.Platform, key.Tenant);

    [StoreFact]
    public async Task Isolation_GetActiveAsync_OtherTenantSeesNothing()
    {
        await Store.Sessions.SaveAsync(NewSession(Mine), Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.Sessions.GetActiveAsync(other, Ct));
        }

        Assert.NotNull(await Store.Sessions.GetActiveAsync(Mine, Ct));
    }

    [StoreFact]
    public async Task Isolation_GetByIdAsync_OtherTenantCannotLoadById()
    {
        var session = NewSession(Mine);
        await Store.Sessions.SaveAsync(session, Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.Sessions.GetByIdAsync(TenantOf(other), session.Id, Ct));
        }

        Assert.NotNull(await Store.Sessions.GetByIdAsync(TenantOf(Mine), session.Id, Ct));
    }

    [StoreFact]
    public async Task Isolation_ListByThreadAsync_OtherTenantSeesEmptyThread()
    {
        await Store.Sessions.SaveAsync(NewSession(Mine), Ct);

        foreach (var other in Others())
        {
            Assert.Empty(await Store.Sessions.ListByThreadAsync(other.ThreadRef, Ct));
        }

        Assert.Single(await Store.Sessions.ListByThreadAsync(Mine.ThreadRef, Ct));
    }

    [StoreFact]
    public async Task Isolation_ListByUserAsync_OtherTenantSeesNoHistory()
    {
        await Store.Sessions.SaveAsync(CompletedSession(Mine, T0), Ct);

        foreach (var other in Others())
        {
            Assert.Empty(await Store.Sessions.ListByUserAsync(other.UserRef, 10, Ct));
        }

        Assert.Single(await Store.Sessions.ListByUserAsync(Mine.UserRef, 10, Ct));
    }

    [StoreFact]
    public async Task Isolation_SaveAsync_OtherTenantCannotOverwriteBySessionId()
    {
        var session = NewSession(Mine, id: "shared-id");
        await Store.Sessions.SaveAsync(session, Ct);

        foreach (var other in Others())
        {
            var intruder = NewSession(other, id: "shared-id");
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Sessions.SaveAsync(intruder, Ct));
            intruder.Version = 1;
            AddTurn(intruder, "evil", "overwritten", T0.AddMinutes(1));
            await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Sessions.SaveAsync(intruder, Ct));
        }

        var stored = (await Store.Sessions.GetByIdAsync(TenantOf(Mine), "shared-id", Ct))!;
        Assert.Equal(1, stored.Version);
        Assert.Single(stored.Transcript);
        Assert.Empty(stored.Questions[0].Answer);
    }

    [StoreFact]
    public async Task Isolation_ThreadTopicGetAsync_OtherTenantSeesNoTopic()
    {
        await Store.Topics.SaveAsync(new ThreadTopic(Mine.ThreadRef, "s1", "practice", T0, "U1"), Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.Topics.GetAsync(other.ThreadRef, Ct));
        }

        Assert.NotNull(await Store.Topics.GetAsync(Mine.ThreadRef, Ct));
    }

    [StoreFact]
    public async Task Isolation_ThreadTopicSaveAsync_SameThreadIdElsewhereDoesNotReplaceMine()
    {
        var mine = new ThreadTopic(Mine.ThreadRef, "s1", "practice", T0, "U1");
        await Store.Topics.SaveAsync(mine, Ct);

        foreach (var other in Others())
        {
            await Store.Topics.SaveAsync(new ThreadTopic(other.ThreadRef, "s-other", "quiz", T0.AddDays(1), "X"), Ct);
        }

        Assert.Equal(mine, await Store.Topics.GetAsync(Mine.ThreadRef, Ct));
    }

    [StoreFact]
    public async Task Isolation_UserSettingsGetAsync_OtherTenantSeesNoSettings()
    {
        await Store.UserSettings.SaveAsync(Mine.UserRef, new UserSettings { Role = "PM" }, Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.UserSettings.GetAsync(other.UserRef, Ct));
        }

        Assert.NotNull(await Store.UserSettings.GetAsync(Mine.UserRef, Ct));
    }

    [StoreFact]
    public async Task Isolation_UserSettingsSaveAsync_SameUserIdElsewhereDoesNotReplaceMine()
    {
        await Store.UserSettings.SaveAsync(Mine.UserRef, new UserSettings { Role = "PM" }, Ct);

        foreach (var other in Others())
        {
            await Store.UserSettings.SaveAsync(other.UserRef, new UserSettings { Role = "intruder" }, Ct);
        }

        Assert.Equal("PM", (await Store.UserSettings.GetAsync(Mine.UserRef, Ct))!.Role);
    }

    [StoreFact]
    public async Task Isolation_TryMarkProcessedAsync_SameEventIdElsewhereIsIndependent()
    {
        Assert.True(await Store.Processed.TryMarkProcessedAsync(TenantOf(Mine), "Ev1", T0, Ct));

        foreach (var other in Others())
        {
            Assert.True(await Store.Processed.TryMarkProcessedAsync(TenantOf(other), "Ev1", T0, Ct));
        }

        Assert.False(await Store.Processed.TryMarkProcessedAsync(TenantOf(Mine), "Ev1", T0, Ct));
    }

    [StoreFact]
    public async Task Isolation_ForgetAsync_SameUserIdElsewhereDeletesNothingOfMine()
    {
        await Store.Sessions.SaveAsync(CompletedSession(Mine, T0), Ct);
        await Store.UserSettings.SaveAsync(Mine.UserRef, new UserSettings { Role = "PM" }, Ct);
        await Store.Topics.SaveAsync(new ThreadTopic(Mine.ThreadRef, "s1", "practice", T0, Mine.User), Ct);

        foreach (var other in Others())
        {
            var report = await Store.Eraser.ForgetAsync(other.UserRef, Ct);
            Assert.Equal(0, report.Total);
        }

        Assert.Equal(4, (await Store.Sessions.ListByUserAsync(Mine.UserRef, 10, Ct)).Single().Transcript.Count);
        Assert.NotNull(await Store.UserSettings.GetAsync(Mine.UserRef, Ct));
        Assert.Equal(Mine.User, (await Store.Topics.GetAsync(Mine.ThreadRef, Ct))!.StartedBy);
    }

    [StoreFact]
    public async Task Isolation_GetSettingsAsync_OtherTenantSeesNoTenantSettings()
    {
        await Store.Tenants.SaveSettingsAsync(TenantOf(Mine), new TenantSettings { DefaultFramework = "amazon" }, Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.Tenants.GetSettingsAsync(TenantOf(other), Ct));
        }

        Assert.NotNull(await Store.Tenants.GetSettingsAsync(TenantOf(Mine), Ct));
    }

    [StoreFact]
    public async Task Isolation_SaveSettingsAsync_OtherTenantDoesNotReplaceMine()
    {
        await Store.Tenants.SaveSettingsAsync(TenantOf(Mine), new TenantSettings { DefaultFramework = "amazon" }, Ct);

        foreach (var other in Others())
        {
            await Store.Tenants.SaveSettingsAsync(TenantOf(other), new TenantSettings { DefaultFramework = "meta" }, Ct);
        }

        Assert.Equal("amazon", (await Store.Tenants.GetSettingsAsync(TenantOf(Mine), Ct))!.DefaultFramework);
    }

    [StoreFact]
    public async Task Isolation_GetInstallationAsync_OtherTenantCannotReadMyToken()
    {
        await Store.Tenants.SaveInstallationAsync(new TenantInstallation(TenantOf(Mine), "xoxb-mine", "B1", T0), Ct);

        foreach (var other in Others())
        {
            Assert.Null(await Store.Tenants.GetInstallationAsync(TenantOf(other), Ct));
        }

        Assert.Equal("xoxb-mine", (await Store.Tenants.GetInstallationAsync(TenantOf(Mine), Ct))!.BotToken);
    }

    [StoreFact]
    public async Task Isolation_SaveInstallationAsync_OtherTenantDoesNotReplaceMyToken()
    {
        await Store.Tenants.SaveInstallationAsync(new TenantInstallation(TenantOf(Mine), "xoxb-mine", "B1", T0), Ct);

        foreach (var other in Others())
        {
            await Store.Tenants.SaveInstallationAsync(new TenantInstallation(TenantOf(other), "xoxb-other", "B2", T0), Ct);
        }

        Assert.Equal("xoxb-mine", (await Store.Tenants.GetInstallationAsync(TenantOf(Mine), Ct))!.BotToken);
    }
}
