using Microsoft.Extensions.Logging.Abstractions;
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

    [StoreFact]
    public async Task MigrationsRunAsync_LowerVersionLandedLater_AppliesIt()
    {
        Migration Table(int version) => new(version, $"test table {version}", [$"CREATE TABLE test_landed_{version} (id TEXT NOT NULL PRIMARY KEY)"]);
        using var before = new MigrationRunner(Store.Dialect, TimeProvider.System, NullLogger<MigrationRunner>.Instance, [.. Schema.All, Table(901)]);
        using var after = new MigrationRunner(Store.Dialect, TimeProvider.System, NullLogger<MigrationRunner>.Instance, [.. Schema.All, Table(901), Table(900)]);

        var first = await before.RunAsync(Ct);
        var second = await after.RunAsync(Ct);

        Assert.Contains(901, first);
        Assert.Equal([900], second);
        Assert.Equal(1, await CountAsync("SELECT COUNT(*) FROM schema_version WHERE version = 900"));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) FROM test_landed_900"));
    }
}
