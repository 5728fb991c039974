using MockInterviewBot.Storage.Migrations;
using MockInterviewBot.Storage.Tests.Infrastructure;
using static MockInterviewBot.Storage.Tests.Infrastructure.TestData;

namespace MockInterviewBot.Storage.Tests;

public abstract partial class StoreSuite
{
    [StoreFact]
    public async Task MigrationsRunAsync_Twice_SecondAppliesNothing()
    {
        var first = await Store.Migrations.RunAsync(Ct);
        var second = await Store.Migrations.RunAsync(Ct);

        Assert.Equal(Schema.All.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(Schema.All.Count, await CountAsync("SELECT COUNT(*) FROM schema_version"));
    }

    [StoreFact]
    public async Task MigrationsRunAsync_FourReplicasAtOnce_EachVersionAppliedOnce()
    {
        var runners = Enumerable.Range(0, 4).Select(_ => Backend.CreateStack()).ToArray();

        var applied = await Task.WhenAll(runners.Select(r => Task.Run(() => r.Migrations.RunAsync(Ct))));

        Assert.Equal(Schema.All.Select(m => m.Version), applied.SelectMany(a => a).Order());
        Assert.Equal(Schema.All.Count, await CountAsync("SELECT COUNT(*) FROM schema_version"));
        foreach (var runner in runners)
        {
            await runner.Sessions.SaveAsync(NewSession(Key()), Ct);
        }

        Assert.Equal(4, await CountAsync("SELECT COUNT(*) FROM sessions"));
    }

    [StoreFact]
    public async Task StoresFirstUse_EmptyDatabase_CreatesSchemaAutomatically()
    {
        var session = NewSession(Key());

        await Store.Sessions.SaveAsync(session, Ct);

        Assert.Equal(Schema.Latest, await CountAsync("SELECT MAX(version) FROM schema_version"));
        Assert.True((await Store.Health.CheckAsync(Ct)).Ready);
    }
}
