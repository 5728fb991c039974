using System.Diagnostics;
using System.Text;

namespace MockInterviewBot.Tests.Support;

/// <summary>Runs the built host executable as its own process, the way a user or the container runs it.</summary>
internal static class AppProcess
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string AppDll => Path.Combine(AppContext.BaseDirectory, "MockInterviewBot.dll");

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? RepoRoot,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(AppDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Never inherit real credentials from the developer's shell.
        foreach (var key in new[] { "Slack__BotToken", "Slack__AppToken", "Slack__SigningSecret", "Discord__Token" })
        {
            info.Environment.Remove(key);
        }

        info.Environment["NO_COLOR"] = "1";
        return info;
    }

    /// <summary>Runs to completion with <paramref name="stdin"/> piped in; bounded by a generous timeout.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> arguments, string stdin,
        Action<ProcessStartInfo>? configure = null, string? workingDirectory = null)
    {
        var info = StartInfo(arguments, workingDirectory);
        configure?.Invoke(info);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the app");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the app did not exit; output so far: {await stdout}");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MockInterviewBot.sln not found above the test output folder.");
    }
}
