using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewBot.Core.Conversations;
using MockInterviewBot.Core.Storage;
using MockInterviewBot.Storage;
using MockInterviewBot.Storage.Bench;
using MockInterviewBot.Storage.Sql;
using Npgsql;

// Storage throughput and size benchmark.
//   dotnet run -c Release --project tests/MockInterviewBot.Storage.Bench -- --storage-bench
//     [--provider sqlite|postgres|both] [--postgres "<connection string>"] (default: MIB_TEST_POSTGRES)
//     [--sessions 200] [--turns 10] [--size-sessions 1000]
if (!args.Contains("--storage-bench"))
{
    Console.Error.WriteLine("usage: --storage-bench [--provider sqlite|postgres|both] [--postgres <conn>] [--sessions N] [--turns N] [--size-sessions N]");
    return 2;
}

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int IntArg(string name, int fallback) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

var sessions = IntArg("--sessions", 200);
var turns = IntArg("--turns", 10);
var sizeSessions = IntArg("--size-sessions", 1000);
var postgres = Arg("--postgres") ?? Environment.GetEnvironmentVariable("MIB_TEST_POSTGRES");
var which = (Arg("--provider") ?? (postgres is null ? "sqlite" : "both")).ToUpperInvariant();

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage bench: {sessions} sessions x {turns} turns (all sessions concurrently), size of {sizeSessions} completed sessions; {Environment.ProcessorCount} CPUs"));
if (which is "SQLITE" or "BOTH")
{
    await RunAsync("Sqlite", () => SqliteTarget());
}

if (which is "POSTGRES" or "BOTH")
{
    if (postgres is null)
    {
        Console.Error.WriteLine("PostgreSQL: pass --postgres or set MIB_TEST_POSTGRES");
        return 2;
    }

    await RunAsync("Postgres", () => PostgresTarget(postgres));
}

return 0;

async Task RunAsync(string name, Func<Task<BenchTarget>> create)
{
    await using (var target = await create())
    {
        var (elapsed, conflicts, p50, p95) = await TurnBenchAsync(target.Services, sessions, turns);
        var total = sessions * turns;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} turns: {total} in {elapsed.TotalSeconds:F2} s = {total / elapsed.TotalSeconds:F0} turns/s (turn latency p50 {p50:F1} ms, p95 {p95:F1} ms, {conflicts} conflicts retried)"));
    }

    await using (var target = await create())
    {
        var dialect = target.Services.GetRequiredService<StorageDialect>();
        var store = target.Services.GetRequiredService<ISessionStore>();
        await target.Services.GetRequiredService<IProcessedEventStore>().TryMarkProcessedAsync(new TenantRef("x", "x"), "warm-up", BenchSessions.T0, CancellationToken.None);
        var before = await dialect.SizeBytesAsync(CancellationToken.None);
        await Parallel.ForEachAsync(Enumerable.Range(0, sizeSessions), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            var at = BenchSessions.T0.AddMinutes(i);
            var session = BenchSessions.Started(BenchSessions.Key(i), at);
            await store.SaveAsync(session, ct);
            for (var t = 0; t < 3; t++)
            {
                BenchSessions.Turn(session, "m" + t, (i * 31) + t, at.AddMinutes(t + 1));
                await store.SaveAsync(session, ct);
            }

            BenchSessions.Complete(session, i * 17, at.AddMinutes(10));
            await store.SaveAsync(session, ct);
        });
        var after = await dialect.SizeBytesAsync(CancellationToken.None);
        var compacted = await target.CompactedSizeAsync();
        var per1000 = (after - before) * 1000.0 / sizeSessions;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-9} size: {per1000 / 1024 / 1024:F2} MiB per 1,000 completed sessions as written ({(compacted - before) * 1000.0 / sizeSessions / 1024 / 1024:F2} MiB after VACUUM)"));
    }
}

static async Task<(TimeSpan Elapsed, int Conflicts, double P50, double P95)> TurnBenchAsync(IServiceProvider services, int sessionCount, int turnCount)
{
    var store = services.GetRequiredService<ISessionStore>();
    var dedup = services.GetRequiredService<IProcessedEventStore>();
    var settings = services.GetRequiredService<IUserSettingsStore>();
    var keys = Enumerable.Range(0, sessionCount).Select(BenchSessions.Key).ToArray();
    foreach (var key in keys)
    {
        await store.SaveAsync(BenchSessions.Started(key, BenchSessions.T0), CancellationToken.None);
    }

    var conflicts = 0;
    var latencies = new double[sessionCount * turnCount];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(keys.Select((key, s) => Task.Run(async () =>
    {
        var tenant = new TenantRef(key.Platform, key.Tenant);
        for (var t = 0; t < turnCount; t++)
        {
            var started = Stopwatch.GetTimestamp();
            var messageId = string.Create(CultureInfo.InvariantCulture, $"{s}-{t}");
            // The path of one message: deduplicate the delivery, load the session and settings, record, save.
            if (!await dedup.TryMarkProcessedAsync(tenant, messageId, BenchSessions.T0, CancellationToken.None))
            {
                throw new InvalidOperationException("duplicate");
            }

            while (true)
            {
                var session = await store.GetActiveAsync(key, CancellationToken.None) ?? throw new InvalidOperationException("lost session");
                _ = await settings.GetAsync(key.UserRef, CancellationToken.None);
                BenchSessions.Turn(session, messageId, (s * 100) + t, BenchSessions.T0.AddMinutes(t));
                try
                {
                    await store.SaveAsync(session, CancellationToken.None);
                    break;
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }

            latencies[(s * turnCount) + t] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    })));
    clock.Stop();
    Array.Sort(latencies);
    return (clock.Elapsed, conflicts, latencies[latencies.Length / 2], latencies[(int)(latencies.Length * 0.95)]);
}

static Task<BenchTarget> SqliteTarget()
{
    var directory = Path.Combine(Path.GetTempPath(), "mib-storage-bench", Guid.NewGuid().ToString("N"));
    var target = new BenchTarget(new() { ["Storage:Provider"] = "Sqlite", ["Storage:DataDirectory"] = directory }, () =>
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    });
    target.Compact = "VACUUM";
    return Task.FromResult(target);
}

static async Task<BenchTarget> PostgresTarget(string connectionString)
{
    var schema = "bench_" + Guid.NewGuid().ToString("N");
    await using (var connection = new NpgsqlConnection(connectionString))
    {
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
        await command.ExecuteNonQueryAsync();
    }

    var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, MaxPoolSize = 50 };
    var target = new BenchTarget(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = builder.ToString() }, async () =>
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    });
    target.Compact = "VACUUM FULL";
    return target;
}
