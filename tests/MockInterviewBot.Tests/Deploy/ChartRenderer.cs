using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MockInterviewBot.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>
/// Renders deploy/helm/mockinterviewbot with tools/chart-render (Go's text/template, the engine Helm uses). Helm itself
/// cannot be installed here. The tool is built once per test run with the Go toolchain on PATH.
/// </summary>
internal static partial class ChartRenderer
{
    public const string RequireVariable = "MIB_REQUIRE_CHART_RENDER";

    private static readonly Lazy<(string? Path, string? Problem)> Tool = new(Build);

    /// <summary>Set by .ci/run: a missing Go toolchain is then a failure, never a skip.</summary>
    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    /// <summary>Null when the rendering tests can run (or must run, under CI).</summary>
    public static string? SkipReason =>
        Required || FindOnPath("go") is not null ? null : "the Go toolchain (Debian package golang-go) is not on PATH; .ci/run installs it";

    public static string ChartDirectory => DeployFiles.Path("deploy", "helm", "mockinterviewbot");

    /// <summary>values.yaml as JSON, with YAML's plain scalars typed (numbers, booleans, null) and quoted ones kept as strings.</summary>
    public static JsonObject DefaultValues()
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(System.IO.Path.Combine(ChartDirectory, "values.yaml"))))
        {
            stream.Load(reader);
        }

        return (JsonObject)ToJson(stream.Documents[0].RootNode)!;
    }

    /// <summary>Renders with values.yaml deep-merged with <paramref name="overrides"/> (like helm's --values).</summary>
    public static async Task<RenderResult> RenderAsync(JsonObject? overrides = null, string release = "mib")
    {
        var (tool, problem) = Tool.Value;
        if (tool is null)
        {
            throw new InvalidOperationException("tools/chart-render could not be built: " + problem);
        }

        var values = DefaultValues();
        if (overrides is not null)
        {
            Merge(values, overrides);
        }

        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mib-values-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, values.ToJsonString());
        try
        {
            var (exit, stdout, stderr) = await RunAsync(tool, ["-chart", ChartDirectory, "-values", file, "-release", release], AppProcess.RepoRoot);
            return new RenderResult(exit, stdout, stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (string? Path, string? Problem) Build()
    {
        var go = FindOnPath("go");
        if (go is null)
        {
            return (null, "go is not on PATH (install the Debian package golang-go)");
        }

        var output = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"mib-chart-render-{Environment.ProcessId}");
        var (exit, stdout, stderr) = RunAsync(go, ["build", "-o", output, "."], System.IO.Path.Combine(AppProcess.RepoRoot, "tools", "chart-render"))
            .GetAwaiter().GetResult();
        return exit == 0 ? (output, null) : (null, $"go build exited {exit}: {stdout}{stderr}");
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string[] args, string directory)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Offline and self-contained: no module downloads, a private build cache when HOME is not writable.
        info.Environment["GOPROXY"] = "off";
        info.Environment["GOFLAGS"] = "-mod=mod";
        info.Environment["GOCACHE"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mib-go-cache");
        info.Environment["GOPATH"] = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "mib-go-path");
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv =>
            KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode scalar when scalar.Style is YamlDotNet.Core.ScalarStyle.Plain => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value ?? ""),
        _ => throw new InvalidDataException($"unsupported YAML node {node.NodeType}"),
    };

    private static JsonValue? Plain(string text) => text switch
    {
        "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when IntegerPattern().IsMatch(text) => JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture)),
        _ when FloatPattern().IsMatch(text) => JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(text),
    };

    private static void Merge(JsonObject target, JsonObject overrides)
    {
        foreach (var (key, value) in overrides.ToList())
        {
            if (value is JsonObject child && target[key] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    [GeneratedRegex(@"^-?\d+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^-?\d+\.\d+$")]
    private static partial Regex FloatPattern();
}

/// <summary>The renderer's exit code and output; <see cref="Manifests"/> parses every YAML document.</summary>
internal sealed record RenderResult(int Exit, string Stdout, string Stderr)
{
    public IReadOnlyList<Dictionary<object, object?>> Manifests()
    {
        Assert.True(Exit == 0, $"chart-render exited {Exit}: {Stderr}");
        Assert.DoesNotContain("<no value>", Stdout, StringComparison.Ordinal);
        return Regex.Split(Stdout, @"^---\s*$", RegexOptions.Multiline)
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Select(d => DeployFiles.ParseYaml(d) as Dictionary<object, object?> ?? throw new InvalidDataException("a rendered document is not a mapping:\n" + d))
            .ToList();
    }
}

/// <summary>Needs the Go toolchain to build tools/chart-render: skipped with the reason without it, except under .ci/run.</summary>
public sealed class ChartRenderFactAttribute : FactAttribute
{
    public ChartRenderFactAttribute()
    {
        Skip = ChartRenderer.SkipReason;
    }
}
