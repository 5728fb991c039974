using System.Text.Json;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Tests;

/// <summary>The JSON Schema editors use and the loader must describe the same format.</summary>
public sealed class SchemaAgreementTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "schema", "scenario.schema.json"))).RootElement;

    public static TheoryData<string> ObjectNames => [.. ScenarioFormat.All.Select(s => s.Name)];

    [Fact]
    public void Schema_Dialect_IsDraft2020_12()
    {
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", Schema.GetProperty("$schema").GetString());
    }

    [Theory]
    [MemberData(nameof(ObjectNames))]
    public void Schema_EveryObject_HasTheLoadersFieldsAndRequiredFields(string name)
    {
        var spec = ScenarioFormat.All.Single(s => s.Name == name);
        var node = name == "scenario" ? Schema : Schema.GetProperty("$defs").GetProperty(name);

        Assert.False(node.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(
            spec.Fields.Select(f => f.Name).Order(StringComparer.Ordinal),
            node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(
            spec.Required.Order(StringComparer.Ordinal),
            node.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Schema_Enums_MatchTheCatalogs()
    {
        var defs = Schema.GetProperty("$defs");
        Assert.Equal(SignalCatalog.Names, Enum(defs.GetProperty("signal")));
        Assert.Equal(Competencies.All.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal), Enum(defs.GetProperty("competencyId")).Order(StringComparer.Ordinal));
        Assert.Equal(Frameworks.All, Enum(Schema.GetProperty("properties").GetProperty("framework")));
        Assert.Equal(Competencies.Roles, Enum(Schema.GetProperty("properties").GetProperty("roles").GetProperty("items")));
        Assert.Equal(ScenarioFormat.Difficulties.Select(d => d.Name), Enum(defs.GetProperty("difficulty")));
        Assert.Equal(ScenarioFormat.Levels.Select(d => d.Name), Enum(defs.GetProperty("level")));
        Assert.Equal(ScenarioFormat.Verdicts.Select(d => d.Name), Enum(defs.GetProperty("weakAnswer").GetProperty("properties").GetProperty("verdict")));
        Assert.Equal(ScenarioFormat.SectionNames.Select(d => d.Name), Enum(defs.GetProperty("section").GetProperty("properties").GetProperty("name")));
        Assert.Equal(
            ScenarioFormat.SectionNames.Select(d => d.Name),
            Schema.GetProperty("properties").GetProperty("sections").GetProperty("prefixItems").EnumerateArray()
                .Select(p => p.GetProperty("properties").GetProperty("name").GetProperty("const").GetString()));
    }

    [Fact]
    public void Schema_MinimumCounts_MatchTheLoader()
    {
        var properties = Schema.GetProperty("properties");
        Assert.Equal(ScenarioFormat.MinProbes, properties.GetProperty("probes").GetProperty("minItems").GetInt32());
        Assert.Equal(ScenarioFormat.MinFraming, properties.GetProperty("framing").GetProperty("minItems").GetInt32());
        Assert.Equal(ScenarioFormat.MinQuizItems, properties.GetProperty("quiz").GetProperty("minItems").GetInt32());
        Assert.Equal(ScenarioFormat.MinChoices, Schema.GetProperty("$defs").GetProperty("quizItem").GetProperty("properties").GetProperty("choices").GetProperty("minItems").GetInt32());
    }

    public static TheoryData<string, string> RequiredFields()
    {
        var data = new TheoryData<string, string>();
        var defs = Schema.GetProperty("$defs");
        var where = new Dictionary<string, string>
        {
            ["scenario"] = "",
            ["section"] = "sections[2]",
            ["reflections"] = "reflections",
            ["probe"] = "probes[1]",
            ["weakAnswer"] = "weakAnswer",
            ["framing"] = "framing[0]",
            ["calibration"] = "calibration[1]",
            ["quizItem"] = "quiz[3]",
        };
        foreach (var (name, path) in where)
        {
            var node = name == "scenario" ? Schema : defs.GetProperty(name);
            foreach (var field in node.GetProperty("required").EnumerateArray())
            {
                data.Add(path, field.GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RequiredFields))]
    public void LoadText_FieldRequiredBySchemaRemoved_LoaderReportsItMissing(string objectPath, string field)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(ValidScenario.Yaml()));
        var mapping = Navigate((YamlMappingNode)stream.Documents[0].RootNode, objectPath);
        Assert.True(mapping.Children.Remove(new YamlScalarNode(field)), $"template lacks {objectPath}.{field}");
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);

        var (scenario, errors) = ScenarioLoader.LoadText(writer.ToString(), "scenarios/amazon/ownership-test.yaml");

        Assert.Null(scenario);
        var expectedPath = objectPath.Length == 0 ? field : $"{objectPath}.{field}";
        Assert.Contains(errors, e => e.Path == expectedPath && e.Message == "required field is missing");
    }

    [Fact]
    public void RepoScenarioFiles_StartWithTheLanguageServerModeline()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Scenarios, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}rubrics{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        Assert.All(files, f => Assert.Equal("# yaml-language-server: $schema=../schema/scenario.schema.json", File.ReadLines(f).First()));
    }

    private static string[] Enum(JsonElement node) => [.. node.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];

    private static YamlMappingNode Navigate(YamlMappingNode root, string path)
    {
        YamlNode node = root;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var key = bracket < 0 ? part : part[..bracket];
            node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
            if (bracket >= 0)
            {
                var index = int.Parse(part[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                node = ((YamlSequenceNode)node).Children[index];
            }
        }

        return (YamlMappingNode)node;
    }
}
