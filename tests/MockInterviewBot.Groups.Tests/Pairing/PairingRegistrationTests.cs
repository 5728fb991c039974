using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Interviews.Commands;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Groups.Pairing;

namespace MockInterviewBot.Groups.Tests.Pairing;

public sealed class PairingRegistrationTests
{
    [Fact]
    public async Task AddLeaderboardAndPairing_InMemoryStores_RegistersCommandsAndForgetClearsPairing()
    {
        var store = new InMemoryStore();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(store);
        services.AddSingleton<ISessionStore>(store);
        services.AddSingleton<IUserSettingsStore>(store);
        services.AddSingleton<IUserDataEraser>(sp => sp.GetRequiredService<InMemoryStore>());
        services.AddSingleton<IScenarioCatalog>(new ScenarioCatalog([]));
        services.AddSingleton(new OutboundMessengers([]));
        services.AddLeaderboardAndPairing(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Groups:Pairing:OddOneOut"] = "Wait",
        }).Build());
        using var provider = services.BuildServiceProvider();
        var channel = new ThreadRef(Platforms.Slack, "T1", "C1", null);
        var pairing = provider.GetRequiredService<IPairingStore>();
        await pairing.SaveMemberAsync(new PairMember(channel, "U1", true, null, DateTimeOffset.UnixEpoch), default);

        var report = await provider.GetRequiredService<IUserDataEraser>().ForgetAsync(new UserRef(Platforms.Slack, "T1", "U1"), default);

        Assert.Equal(["leaderboard", "pair"], provider.GetServices<IChatCommand>().Select(c => c.Names[0]).Order(StringComparer.Ordinal));
        Assert.Equal(1, report.Deleted["pairing"]);
        Assert.Null(await pairing.GetMemberAsync(channel, "U1", default));
        Assert.Equal(OddOneOut.Wait, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<PairingOptions>>().Value.OddOneOut);
    }
}
