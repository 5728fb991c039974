using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MockInterviewBot.Core.Interviews;
using MockInterviewBot.Discord;
using MockInterviewBot.Groups;
using MockInterviewBot.Groups.Leaderboard;
using MockInterviewBot.Groups.Pairing;
using MockInterviewBot.Hosting;
using MockInterviewBot.Scoring;
using MockInterviewBot.Slack.Configuration;
using MockInterviewBot.Storage;
using MockInterviewBot.Web;

namespace MockInterviewBot.Tests.Docs;

/// <summary>
/// README's Configuration section lists every setting (appsettings.json keys and every settable property of every
/// options class the host binds) with its environment variable and real default; Project layout names every project.
/// </summary>
/// <remarks>
/// Conventions the README follows and these tests enforce: one table row per key, first cell <c>`Section:Key`</c>,
/// second cell the environment variable (<c>`Section__Key`</c>; list settings may show numbered items
/// <c>`Section__Key__0`</c>), third cell the default with an empty string written <c>`""`</c> and an empty list
/// <c>`[]`</c>. Logging:LogLevel categories are not folded into one row: each category in appsettings.json has its
/// own row (so its default is checked); the generic <c>Logging:LogLevel:&lt;category&gt;</c> row and
/// <c>Logging:Console:FormatterName</c> are the only rows that name no appsettings.json key or options property.
/// </remarks>
public sealed class ConfigurationDocsTests : IDisposable
{
    /// <summary>Every options class the host binds from configuration, with the section it is bound to.</summary>
    private static readonly (Type Type, string Section)[] BoundOptions =
    [
        (typeof(HostShutdownOptions), "Host"),
        (typeof(ContentOptions), "Scenarios"),
        (typeof(ScoringOptions), "Scoring"),
        (typeof(InterviewOptions), "Interview"),
        (typeof(StorageOptions), "Storage"),
        (typeof(SlackOptions), "Slack"),
        (typeof(DiscordOptions), "Discord"),
        (typeof(AdminOptions), "Admin"),
        (typeof(GroupsOptions), "Groups"),
        (typeof(LeaderboardOptions), "Groups:Leaderboard"),
        (typeof(PairingOptions), "Groups:Pairing"),
    ];

    /// <summary>Documented rows that are neither an appsettings.json key nor an options property (framework settings).</summary>
    private static readonly string[] FrameworkRows = ["Logging:LogLevel:<category>", "Logging:Console:FormatterName"];

    private static readonly string RepoRoot = FindRepoRoot();

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("mib-docs-").FullName;

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    [Fact]
    public void AppSettingsKeys_EachHasARowWithItsEnvironmentVariable()
    {
        var rows = ConfigurationRows();
        var problems = new List<string>();
        foreach (var key in AppSettings().Keys)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                problems.Add($"{key}: no row in README's Configuration tables");
            }
            else if (!NamesEnvironmentVariable(row.EnvironmentVariable, key))
            {
                problems.Add($"{key}: environment variable cell '{row.EnvironmentVariable}' does not show `{EnvironmentName(key)}`");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AppSettingsKeys_ReadmeDefaultEqualsTheFileValue()
    {
        var rows = ConfigurationRows();
        var problems = new List<string>();
        foreach (var (key, value) in AppSettings())
        {
            if (!rows.TryGetValue(key, out var row))
            {
                problems.Add($"{key}: no row in README's Configuration tables");
            }
            else if (NormalizeDefault(row.Default) != value)
            {
                problems.Add($"{key}: README default '{row.Default}' but appsettings.json has '{value}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void OptionsProperties_EachHasARowWithItsEnvironmentVariable()
    {
        var rows = ConfigurationRows();
        var problems = new List<string>();
        foreach (var (key, _) in OptionsSettings())
        {
            if (!rows.TryGetValue(key, out var row))
            {
                problems.Add($"{key}: options property has no row in README's Configuration tables");
            }
            else if (!NamesEnvironmentVariable(row.EnvironmentVariable, key))
            {
                problems.Add($"{key}: environment variable cell '{row.EnvironmentVariable}' does not show `{EnvironmentName(key)}`");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void OptionsPropertiesNotInAppSettings_ReadmeDefaultIsTheBuiltInDefault()
    {
        var rows = ConfigurationRows();
        var fromFile = AppSettings();
        var problems = new List<string>();
        foreach (var (key, builtIn) in OptionsSettings().Where(s => !fromFile.ContainsKey(s.Key)))
        {
            if (!rows.TryGetValue(key, out var row))
            {
                problems.Add($"{key}: options property has no row in README's Configuration tables");
            }
            else if (NormalizeDefault(row.Default) != builtIn)
            {
                problems.Add($"{key}: README default '{row.Default}' but the options class defaults to '{builtIn}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void ReadmeRows_EachNamesARealSetting()
    {
        var known = new HashSet<string>(AppSettings().Keys, StringComparer.Ordinal);
        known.UnionWith(OptionsSettings().Select(s => s.Key));
        known.UnionWith(FrameworkRows);

        var stale = ConfigurationRows().Keys.Where(k => !known.Contains(k)).Select(k => $"{k}: documented but neither in appsettings.json nor an options property").ToList();

        Assert.True(stale.Count == 0, string.Join(Environment.NewLine, stale));
    }

    [Fact]
    public void BoundOptionsList_SectionsMatchEachTypesSectionName()
    {
        var problems = new List<string>();
        foreach (var (type, section) in BoundOptions)
        {
            var declared = type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
            if (declared != section)
            {
                problems.Add($"{type.Name}: listed under '{section}' but its SectionName is '{declared ?? "(none)"}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task BoundOptionsList_EqualsEveryOptionsTypeTheHostBindsFromConfiguration()
    {
        // Slack and Discord bind their options only when enabled, so enable both (nothing is started).
        string[] args =
        [
            "--Urls=http://127.0.0.1:0", $"--Storage:DataDirectory={_dataDirectory}",
            "--Slack:BotToken=xoxb-docs-test", "--Slack:AppToken=xapp-docs-test", "--Discord:Token=docs-test-token",
        ];
        IServiceCollection? services = null;
        var app = BotHost.Build(args, builder => services = builder.Services);
        await using var _ = app;

        var bound = services!
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .Where(t => t.Assembly.GetName().Name!.StartsWith("MockInterviewBot", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToHashSet(StringComparer.Ordinal);
        var listed = BoundOptions.Select(o => o.Type.FullName!).ToHashSet(StringComparer.Ordinal);

        Assert.True(bound.SetEquals(listed),
            $"bound by the host but not listed: {string.Join(", ", bound.Except(listed))}; listed but not bound: {string.Join(", ", listed.Except(bound))}");
    }

    [Fact]
    public void BoundOptionsList_CoversEveryOptionsClassWithASectionName()
    {
        var withSection = ProductAssemblies()
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsClass && t.Name.EndsWith("Options", StringComparison.Ordinal)
                && t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .Select(t => t.FullName!)
            .ToHashSet(StringComparer.Ordinal);
        var listed = BoundOptions.Select(o => o.Type.FullName!).ToHashSet(StringComparer.Ordinal);

        Assert.True(withSection.Count >= 2, "the assembly scan found almost no options classes; is it looking in the right assemblies?");
        Assert.True(withSection.SetEquals(listed),
            $"options classes with a SectionName not listed: {string.Join(", ", withSection.Except(listed))}; listed without one: {string.Join(", ", listed.Except(withSection))}");
    }

    [Fact]
    public void ProjectLayout_NamesEveryDirectoryUnderSrcAndTests()
    {
        var rows = LayoutRows();
        var directories = new[] { "src", "tests" }
            .SelectMany(top => Directory.GetDirectories(Path.Combine(RepoRoot, top)).Select(d => $"{top}/{Path.GetFileName(d)}"))
            .ToList();

        Assert.NotEmpty(directories);
        var missing = directories.Where(d => !rows.ContainsKey(d)).Select(d => $"{d}: no row in README's Project layout table").ToList();
        var stale = rows.Keys.Where(p => !Directory.Exists(Path.Combine(RepoRoot, p))).Select(p => $"{p}: listed but not in the repository").ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0, string.Join(Environment.NewLine, missing.Concat(stale)));
        Assert.True(rows.ContainsKey("scenarios/") && rows.ContainsKey("deploy/") && rows.ContainsKey(".ci/"), "Project layout should also list scenarios/, deploy/ and .ci/");
    }

    [Fact]
    public void ProjectLayout_DependsOnMatchesEachProjectsReferences()
    {
        var problems = new List<string>();
        foreach (var (path, dependsOn) in LayoutRows().Where(r => r.Key.StartsWith("src/", StringComparison.Ordinal) || r.Key.StartsWith("tests/", StringComparison.Ordinal)))
        {
            var name = Path.GetFileName(path);
            var project = Path.Combine(RepoRoot, path, name + ".csproj");
            if (!File.Exists(project))
            {
                problems.Add($"{path}: no {name}.csproj");
                continue;
            }

            var references = XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => ShortName(Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/'))))
                .ToHashSet(StringComparer.Ordinal);
            var documented = DocumentedReferences(dependsOn);
            if (!references.SetEquals(documented))
            {
                problems.Add($"{path}: README says '{string.Join(", ", documented.Order(StringComparer.Ordinal))}' but the project references '{string.Join(", ", references.Order(StringComparer.Ordinal))}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>appsettings.json flattened to <c>Section:Key</c> → value as README shows it (arrays stay one key).</summary>
    private static Dictionary<string, string> AppSettings()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "appsettings.json")));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        Flatten(document.RootElement, "", values);
        Assert.True(values.Count > 10, "appsettings.json flattened to almost nothing");
        return values;

        static void Flatten(JsonElement element, string prefix, Dictionary<string, string> values)
        {
            if (element.ValueKind == JsonValueKind.Object && (prefix.Length == 0 || element.EnumerateObject().Any()))
            {
                foreach (var property in element.EnumerateObject())
                {
                    Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}", values);
                }

                return;
            }

            values[prefix] = element.ValueKind switch
            {
                JsonValueKind.String => element.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                JsonValueKind.Array => element.GetArrayLength() == 0 ? "[]" : element.GetRawText(),
                _ => element.GetRawText(),
            };
        }
    }

    /// <summary>Every public settable property of every bound options class → its built-in default, as README shows it.</summary>
    private static List<KeyValuePair<string, string>> OptionsSettings()
    {
        var settings = new List<KeyValuePair<string, string>>();
        foreach (var (type, section) in BoundOptions)
        {
            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                settings.Add(new($"{section}:{property.Name}", Display(property.GetValue(instance))));
            }
        }

        return settings;
    }

    private static string Display(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        Uri u => u.ToString(),
        IEnumerable list when !list.Cast<object>().Any() => "[]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>README's default cell without backticks; <c>""</c> is the empty string.</summary>
    private static string NormalizeDefault(string cell)
    {
        var text = cell.Replace("`", "", StringComparison.Ordinal).Trim();
        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' ? text[1..^1] : text;
    }

    private static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>The cell shows <c>`Section__Key`</c> itself or, for lists, numbered items <c>`Section__Key__0`</c>.</summary>
    private static bool NamesEnvironmentVariable(string cell, string key)
    {
        var expected = EnvironmentName(key);
        return Code(cell).Any(c => c == expected || (c.StartsWith(expected + "__", StringComparison.Ordinal) && char.IsAsciiDigit(c[expected.Length + 2])));
    }

    private static IEnumerable<string> Code(string cell) =>
        cell.Split('`').Where((_, i) => i % 2 == 1);

    /// <summary>Rows of the tables in README's Configuration section: key → (environment variable, default).</summary>
    private static Dictionary<string, (string EnvironmentVariable, string Default)> ConfigurationRows()
    {
        var rows = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var cells in TableRows(ReadmeSection("configuration")))
        {
            Assert.True(cells.Count == 4, $"Configuration row '{string.Join(" | ", cells)}' should have 4 cells (Setting, Environment variable, Default, Meaning)");
            var key = cells[0].Trim('`');
            Assert.True(rows.TryAdd(key, (cells[1], cells[2])), $"{key}: documented twice in the Configuration section");
        }

        Assert.True(rows.Count > 10, "README's Configuration section has almost no table rows");
        return rows;
    }

    /// <summary>Rows of the Project layout table: path → "Depends on" cell.</summary>
    private static Dictionary<string, string> LayoutRows()
    {
        var rows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cells in TableRows(ReadmeSection("layout")))
        {
            Assert.True(cells.Count == 3, $"Project layout row '{string.Join(" | ", cells)}' should have 3 cells (Path, What it holds, Depends on)");
            Assert.True(rows.TryAdd(cells[0].Trim('`'), cells[2]), $"{cells[0]}: listed twice in Project layout");
        }

        return rows;
    }

    /// <summary>"Core, Slack.Tests (its fake Slack) [Polly.Core]" → {Core, Slack.Tests}; "—" → {}.</summary>
    private static HashSet<string> DocumentedReferences(string cell)
    {
        var text = cell;
        foreach (var (open, close) in new[] { ('[', ']'), ('(', ')') })
        {
            while (text.IndexOf(open, StringComparison.Ordinal) is var start and >= 0)
            {
                var end = text.IndexOf(close, start);
                text = end < 0 ? text[..start] : text[..start] + text[(end + 1)..];
            }
        }

        return text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(n => n != "—")
            .ToHashSet(StringComparer.Ordinal);
    }

    private static string ShortName(string project) =>
        project.StartsWith("MockInterviewBot.", StringComparison.Ordinal) ? project["MockInterviewBot.".Length..] : project;

    /// <summary>The README text from <c>&lt;!-- section: name --&gt;</c> to the next section marker.</summary>
    private static string ReadmeSection(string name)
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        var marker = $"<!-- section: {name} -->";
        var start = readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{marker}' marker");
        start += marker.Length;
        var end = readme.IndexOf("<!-- section:", start, StringComparison.Ordinal);
        return end < 0 ? readme[start..] : readme[start..end];
    }

    /// <summary>Table rows split into trimmed cells; separator rows and the header row (the row above a separator) are skipped.</summary>
    private static IEnumerable<List<string>> TableRows(string section)
    {
        var lines = section.Split('\n').Select(l => l.Trim()).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!lines[i].StartsWith('|') || IsSeparator(lines[i]) || (i + 1 < lines.Count && IsSeparator(lines[i + 1])))
            {
                continue;
            }

            yield return Cells(lines[i]);
        }

        static List<string> Cells(string line) => line.Trim('|').Split('|').Select(c => c.Trim()).ToList();

        static bool IsSeparator(string line) =>
            line.StartsWith('|') && Cells(line).All(c => c.Length > 0 && c.All(ch => ch is '-' or ':'));
    }

    /// <summary>The product assemblies (the host and everything it references whose name starts with MockInterviewBot).</summary>
    private static List<Assembly> ProductAssemblies()
    {
        var host = typeof(BotHost).Assembly;
        var found = new Dictionary<string, Assembly>(StringComparer.Ordinal) { [host.GetName().Name!] = host };
        var queue = new Queue<Assembly>([host]);
        while (queue.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("MockInterviewBot", StringComparison.Ordinal)))
            {
                if (!found.ContainsKey(reference.Name!))
                {
                    var loaded = Assembly.Load(reference);
                    found[reference.Name!] = loaded;
                    queue.Enqueue(loaded);
                }
            }
        }

        return [.. found.Values];
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

        throw new InvalidOperationException("MockInterviewBot.sln not found above " + AppContext.BaseDirectory);
    }
}
