using System.Text.Json;
using System.Text.RegularExpressions;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>deploy/.env.example names every setting of appsettings.json, with the same defaults.</summary>
public sealed class EnvExampleTests
{
    /// <summary>Where the container's value differs from appsettings.json on purpose.</summary>
    private static readonly Dictionary<string, string> ContainerDefaults = new(StringComparer.Ordinal)
    {
        ["Storage__DataDirectory"] = "/data",
    };

    internal sealed record Entry(string Key, string Value, bool Commented);

    internal static List<Entry> Entries() =>
        DeployFiles.Read("deploy", ".env.example")
            .Split('\n')
            .Select(l => Regex.Match(l.TrimEnd('\r'), @"^(#\s*)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$"))
            .Where(m => m.Success)
            .Select(m => new Entry(m.Groups[2].Value, m.Groups[3].Value, m.Groups[1].Success))
            .ToList();

    /// <summary>appsettings.json as environment variable names (Section__Key; array items as __0) with their JSON values as text.</summary>
    internal static Dictionary<string, string> FlattenSettings()
    {
        using var doc = JsonDocument.Parse(DeployFiles.Read("appsettings.json"));
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(doc.RootElement, "", result);
        return result;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> result)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : prefix + "__" + property.Name, result);
                }

                break;
            case JsonValueKind.Array:
                if (element.GetArrayLength() == 0)
                {
                    result[prefix + "__0"] = "";
                }

                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, prefix + "__" + i++, result);
                }

                break;
            case JsonValueKind.String:
                result[prefix] = element.GetString()!;
                break;
            default:
                result[prefix] = element.GetRawText();
                break;
        }
    }

    private static bool Exempt(string key) => key.StartsWith("Logging__LogLevel__", StringComparison.Ordinal);

    [Fact]
    public void Flattening_names_nested_and_array_settings_like_the_configuration_binder()
    {
        var settings = FlattenSettings();
        Assert.Equal("5", settings["Groups__Leaderboard__Top"]);
        Assert.Equal("", settings["Discord__CommandGuildIds__0"]);
        Assert.Equal("false", settings["Discord__GuildChannels"]);
        Assert.Equal("Information", settings["Logging__LogLevel__Default"]);
    }

    [Fact]
    public void Every_setting_of_appsettings_is_listed()
    {
        var listed = Entries().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var missing = FlattenSettings().Keys.Where(k => !Exempt(k) && !listed.Contains(k)).ToList();
        Assert.True(missing.Count == 0, ".env.example lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void Listed_defaults_match_appsettings_except_where_the_container_differs()
    {
        var settings = FlattenSettings();
        var wrong = Entries()
            .Where(e => !e.Commented && settings.ContainsKey(e.Key))
            .Where(e => e.Value != (ContainerDefaults.TryGetValue(e.Key, out var container) ? container : settings[e.Key]))
            .Select(e => $"{e.Key}={e.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, "defaults differ from appsettings.json: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Each_key_is_listed_once_and_secrets_are_empty()
    {
        var duplicates = Entries().Where(e => !e.Commented).GroupBy(e => e.Key).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        foreach (var secret in new[] { "Slack__BotToken", "Slack__AppToken", "Slack__SigningSecret", "Slack__ClientSecret", "Discord__Token", "Admin__Token" })
        {
            Assert.Equal("", Assert.Single(Entries(), e => e.Key == secret).Value);
        }
    }
}
