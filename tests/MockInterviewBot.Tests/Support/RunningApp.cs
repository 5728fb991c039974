using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MockInterviewBot.Tests.Support;

/// <summary>The bot host started as its own process on a free loopback port, as the container starts it.</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private RunningApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public int ProcessId => _process.Id;

    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the app (the file or command given, default the built host) and waits until /healthz answers.</summary>
    public static async Task<RunningApp> StartAsync(IDictionary<string, string> environment, string? workingDirectory = null,
        ProcessStartInfo? startInfo = null)
    {
        var port = FreePort();
        var info = startInfo ?? AppProcess.StartInfo([], workingDirectory);
        info.RedirectStandardInput = false;
        info.Environment["Urls"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var app = new RunningApp(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => app.Append(app._stdout, e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(app._stderr, e.Data);
        process.Exited += (_, _) => app._exited.TrySetResult(process.ExitCode);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    /// <summary>Sends a POSIX signal (TERM, KILL) to the process.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            UseShellExecute = false,
        })!;
        await kill.WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout) => await _exited.Task.WaitAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            target.AppendLine(line);
        }

        if (line.Contains("MockInterviewBot is listening on", StringComparison.Ordinal))
        {
            _listening.TrySetResult();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        // The host logs "MockInterviewBot is listening on …" once Kestrel is bound: wait for that line, not a timer.
        var first = await Task.WhenAny(_listening.Task, _exited.Task).WaitAsync(TimeSpan.FromSeconds(60));
        if (first == _exited.Task)
        {
            throw new InvalidOperationException($"the app exited with {_exited.Task.Result} before it was listening:\n{Stdout}\n{Stderr}");
        }

        using var response = await Http.GetAsync(new Uri("/healthz", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
