using System.Globalization;
using MockInterviewBot.Tests.Support;
using YamlDotNet.Serialization;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>Reads the repository's deploy files: text, YAML as plain dictionaries/lists/strings.</summary>
internal static class DeployFiles
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([AppProcess.RepoRoot, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(Path(parts));

    public static object? ParseYaml(string text) => new DeserializerBuilder().Build().Deserialize<object?>(text);

    public static Dictionary<object, object?> YamlMap(params string[] parts) =>
        ParseYaml(Read(parts)) as Dictionary<object, object?> ?? throw new InvalidDataException($"{string.Join('/', parts)} is not a YAML mapping");

    public static Dictionary<object, object?> Map(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is Dictionary<object, object?> child
            ? child
            : throw new KeyNotFoundException($"mapping '{key}' missing");

    public static string? Scalar(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) ? value as string : null;

    public static List<object?> Seq(this Dictionary<object, object?> map, string key) =>
        map.TryGetValue(key, out var value) && value is List<object?> list
            ? list
            : throw new KeyNotFoundException($"sequence '{key}' missing");

    public static IEnumerable<string> Strings(this List<object?> list) => list.OfType<string>();

    /// <summary>Parses a compose duration such as 30s, 1m30s or 90.</summary>
    public static TimeSpan ComposeDuration(string text)
    {
        var total = TimeSpan.Zero;
        var matches = System.Text.RegularExpressions.Regex.Matches(text.Trim(), @"(\d+(?:\.\d+)?)(h|ms|m|s|us)?");
        if (matches.Count == 0)
        {
            throw new FormatException($"not a duration: {text}");
        }

        foreach (System.Text.RegularExpressions.Match m in matches)
        {
            var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += m.Groups[2].Value switch
            {
                "h" => TimeSpan.FromHours(n),
                "m" => TimeSpan.FromMinutes(n),
                "ms" => TimeSpan.FromMilliseconds(n),
                "us" => TimeSpan.FromMicroseconds(n),
                _ => TimeSpan.FromSeconds(n),
            };
        }

        return total;
    }
}
