using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using MockInterviewBot.Tests.Support;
using Xunit.Abstractions;

namespace MockInterviewBot.Tests.Hosting;

/// <summary>
/// The app as deploy/Dockerfile lays it out: <c>dotnet publish</c> output in an app folder with the scenarios beside
/// it, started with the image's entrypoint (<c>dotnet MockInterviewBot.dll</c>) from that folder, the image's
/// environment (<c>Urls</c>, <c>Storage__DataDirectory</c>), and — when the tests run as root, as in CI — as an
/// unprivileged user who cannot write to the app folder (the read-only root filesystem), only to the data folder.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PublishedAppTests(PublishedAppTests.PublishedApp published, ITestOutputHelper output) : IClassFixture<PublishedAppTests.PublishedApp>
{
    private const int Nobody = 65534;

    [Fact]
    public async Task PublishedApp_StartedLikeTheImage_HealthReadyAndMetricsAnswer()
    {
        var data = published.NewDataDirectory();
        var clock = Stopwatch.StartNew();
        await using var app = await RunningApp.StartAsync(ImageEnvironment(data), published.AppDirectory, published.StartInfo());

        // With SQLite and no platform every part is ready once the host listens (migrations run before it binds).
        using var ready = await app.Http.GetAsync(new Uri("/readyz", UriKind.Relative));
        var readyAfter = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"published output: {published.SizeBytes / 1024.0 / 1024.0:F1} MiB in {published.FileCount} files; start to ready: {readyAfter.TotalSeconds:F2} s"));

        using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("ready", report.RootElement.GetProperty("status").GetString());
        var parts = report.RootElement.GetProperty("parts");
        Assert.True(parts.GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.True(parts.GetProperty("scenarios").GetProperty("ready").GetBoolean());

        using var health = await app.Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        var metrics = await app.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Contains("# TYPE mib_queue_depth gauge", metrics, StringComparison.Ordinal);

        // The SQLite file went to the data volume, nothing was written into the app folder.
        Assert.True(File.Exists(Path.Combine(data, "mockinterviewbot.db")), "the database is not in Storage__DataDirectory");
        Assert.Equal(published.Snapshot, PublishedApp.List(published.AppDirectory));

        if (Environment.IsPrivilegedProcess)
        {
            Assert.Equal(Nobody, EffectiveUserId(app.ProcessId));
        }

        // The image's HEALTHCHECK command against the running app.
        var check = await AppProcess.RunAsync(["healthcheck", "--url", new Uri(app.BaseAddress, "/healthz").ToString()], string.Empty,
            info => info.ArgumentList[0] = published.Dll);
        Assert.Equal(0, check.ExitCode);

        await app.SignalAsync("TERM");
        Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(40)));
    }

    [Fact]
    public async Task Healthcheck_NothingListening_ExitsOneWithAReason()
    {
        var check = await AppProcess.RunAsync(["healthcheck", "--url", "http://127.0.0.1:9/healthz"], string.Empty,
            info => info.ArgumentList[0] = published.Dll);

        Assert.Equal(1, check.ExitCode);
        Assert.StartsWith("unhealthy: http://127.0.0.1:9/healthz", check.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> ImageEnvironment(string data) => new()
    {
        ["Storage__DataDirectory"] = data,
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_gcServer"] = "0",

        // A read-only root filesystem has no writable home either.
        ["HOME"] = "/nonexistent",
    };

    private static int EffectiveUserId(int pid)
    {
        var uidLine = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        return int.Parse(uidLine.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2], CultureInfo.InvariantCulture);
    }

    /// <summary>Publishes the host once for the class, as the Dockerfile's build stage does, and lays out /app.</summary>
    public sealed class PublishedApp : IAsyncLifetime
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "mib-published-" + Guid.NewGuid().ToString("N"));
        private int _dataDirectories;

        public string AppDirectory => Path.Combine(_root, "app");

        public string Dll => Path.Combine(AppDirectory, "MockInterviewBot.dll");

        public long SizeBytes { get; private set; }

        public int FileCount { get; private set; }

        public IReadOnlyList<string> Snapshot { get; private set; } = [];

        public async Task InitializeAsync()
        {
            Directory.CreateDirectory(AppDirectory);

            // The tests' own configuration (bin/<Configuration>/net10.0) names the build to publish; --no-build reuses it.
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var project = Path.Combine(AppProcess.RepoRoot, "src", "MockInterviewBot", "MockInterviewBot.csproj");
            var publish = new ProcessStartInfo("dotnet", ["publish", project, "-c", configuration, "--no-build", "-o", AppDirectory, "/p:UseAppHost=false"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using (var process = Process.Start(publish)!)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
                Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await stdout}\n{await stderr}");
            }

            var files = new DirectoryInfo(AppDirectory).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
            SizeBytes = files.Sum(f => f.Length);
            FileCount = files.Count;

            // COPY scenarios/ ./scenarios/ — the question bank baked into the image.
            CopyDirectory(Path.Combine(AppProcess.RepoRoot, "scenarios"), Path.Combine(AppDirectory, "scenarios"));
            Snapshot = List(AppDirectory);

            // Everyone may read and run the app; only root may write to it (the read-only root filesystem).
            foreach (var directory in new[] { _root, AppDirectory }.Concat(Directory.EnumerateDirectories(AppDirectory, "*", SearchOption.AllDirectories)))
            {
                File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
            }
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_root, recursive: true);
            return Task.CompletedTask;
        }

        /// <summary>A fresh data volume, writable by the user the app runs as.</summary>
        public string NewDataDirectory()
        {
            var data = Path.Combine(_root, "data-" + Interlocked.Increment(ref _dataDirectories).ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(data);
            File.SetUnixFileMode(data, (UnixFileMode)0b111_111_111);
            return data;
        }

        /// <summary>The image's entrypoint; as root, dropped to an unprivileged user like the image's USER.</summary>
        public ProcessStartInfo StartInfo()
        {
            var info = AppProcess.StartInfo([], AppDirectory);
            info.ArgumentList[0] = Dll;
            if (!Environment.IsPrivilegedProcess)
            {
                return info;
            }

            var dropped = new ProcessStartInfo("setpriv")
            {
                WorkingDirectory = info.WorkingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", "--", "dotnet", Dll })
            {
                dropped.ArgumentList.Add(argument);
            }

            foreach (var (key, value) in info.Environment)
            {
                dropped.Environment[key] = value;
            }

            foreach (var key in new[] { "Slack__BotToken", "Slack__AppToken", "Slack__SigningSecret", "Discord__Token" })
            {
                dropped.Environment.Remove(key);
            }

            return dropped;
        }

        public static IReadOnlyList<string> List(string directory) =>
            [.. Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(directory, p)).Order(StringComparer.Ordinal)];

        private static void CopyDirectory(string from, string to)
        {
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(to, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
    }
}
