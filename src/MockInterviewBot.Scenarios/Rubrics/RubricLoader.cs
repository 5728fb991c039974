using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using MockInterviewBot.Scoring.Rubrics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Rubrics;

/// <summary>
/// Loads <c>scenarios/rubrics/*.yaml</c>: <c>base.yaml</c> (framework: base) holds the full rubric; each
/// framework file (framework: amazon | meta | google | general) overrides scalars and adds lexicon entries.
/// Every problem is reported with file, line and field, e.g.
/// <c>scenarios/rubrics/amazon.yaml:12: weights.impact: must be a number</c>.
/// </summary>
public static class RubricLoader
{
    public const string BaseFramework = "base";

    public static RubricLoadResult LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var display = directory.Replace('\\', '/').TrimEnd('/');
        if (!Directory.Exists(directory))
        {
            return new RubricLoadResult(null, [new ContentError(display, 0, string.Empty, "rubric directory not found")]);
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new RubricSource($"{display}/{Path.GetFileName(f)}", File.ReadAllText(f)))
            .ToList();
        return Load(files);
    }

    public static RubricLoadResult Load(IEnumerable<RubricSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var errors = new List<ContentError>();
        var parsed = new List<(RubricSource Source, YamlMappingNode Root, string Framework)>();
        foreach (var source in sources)
        {
            var root = Parse(source, errors);
            if (root is null)
            {
                continue;
            }

            var framework = ReadFramework(source.Path, root, errors);
            if (framework is null)
            {
                continue;
            }

            if (parsed.Exists(p => p.Framework == framework))
            {
                errors.Add(new ContentError(source.Path, (int)root.Start.Line, "framework", $"framework '{framework}' is already defined by {parsed.First(p => p.Framework == framework).Source.Path}"));
                continue;
            }

            parsed.Add((source, root, framework));
        }

        var baseFile = parsed.FirstOrDefault(p => p.Framework == BaseFramework);
        if (baseFile.Root is null)
        {
            errors.Add(new ContentError(parsed.Count > 0 ? parsed[0].Source.Path : "rubrics", 0, string.Empty, "no base rubric (a file with 'framework: base') was found"));
            return new RubricLoadResult(null, errors);
        }

        var baseDefinition = new RubricDefinition { Framework = BaseFramework };
        new RubricFileReader(baseFile.Source.Path, BaseFramework, errors).Apply(baseFile.Root, baseDefinition);
        var baseRubric = Build(baseDefinition, baseFile.Source.Path, errors);

        var rubrics = new List<Rubric>();
        foreach (var (source, root, framework) in parsed.Where(p => p.Framework != BaseFramework))
        {
            var definition = baseDefinition.Clone();
            definition.Framework = framework;
            new RubricFileReader(source.Path, framework, errors).Apply(root, definition);
            var rubric = Build(definition, source.Path, errors);
            if (rubric is not null)
            {
                rubrics.Add(rubric);
            }
        }

        return errors.Count > 0 || baseRubric is null
            ? new RubricLoadResult(null, errors)
            : new RubricLoadResult(new RubricSet(baseRubric, rubrics), errors);
    }

    private static YamlMappingNode? Parse(RubricSource source, List<ContentError> errors)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StringReader(source.Text);
            stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                errors.Add(new ContentError(source.Path, 1, string.Empty, "must be a YAML mapping (framework:, weights:, lexicons: …)"));
                return null;
            }

            return root;
        }
        catch (YamlException ex)
        {
            errors.Add(new ContentError(source.Path, (int)ex.Start.Line, string.Empty, $"invalid YAML: {ex.Message}"));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            // YamlDotNet reports some malformed documents (e.g. a '#' inside a flow list) this way.
            errors.Add(new ContentError(source.Path, 1, string.Empty, $"invalid YAML: {ex.Message} (quote entries that contain '#' or ':')"));
            return null;
        }
    }

    private static string? ReadFramework(string path, YamlMappingNode root, List<ContentError> errors)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("framework"), out var node))
        {
            errors.Add(new ContentError(path, (int)root.Start.Line, "framework", "is required (base, amazon, meta, google or general)"));
            return null;
        }

        var value = (node as YamlScalarNode)?.Value;
        if (value != BaseFramework && !Frameworks.IsKnown(value))
        {
            errors.Add(new ContentError(path, (int)node.Start.Line, "framework", $"must be base, {string.Join(", ", Frameworks.All)}; got '{value}'"));
            return null;
        }

        return value;
    }

    private static Rubric? Build(RubricDefinition definition, string path, List<ContentError> errors)
    {
        var before = errors.Count;
        foreach (var level in Enum.GetValues<Level>())
        {
            if (!definition.Levels.ContainsKey(level))
            {
                errors.Add(new ContentError(path, 1, $"levels.{RubricFileReader.LevelName(level)}", "is required"));
            }
        }

        foreach (var section in Enum.GetValues<StarSection>())
        {
            if (!definition.Sections.TryGetValue(section, out var s) || s.TargetSeconds <= 0)
            {
                errors.Add(new ContentError(path, 1, $"sections.{RubricFileReader.SectionName(section)}.targetSeconds", "is required"));
            }
        }

        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            if (!definition.Weights.ContainsKey(dimension))
            {
                errors.Add(new ContentError(path, 1, $"weights.{RubricFileReader.DimensionName(dimension)}", "is required"));
            }
        }

        if (definition.Weights.Values.Sum() <= 0)
        {
            errors.Add(new ContentError(path, 1, "weights", "must add up to more than zero"));
        }

        foreach (var issue in IssueIds.All)
        {
            if (!definition.Coaching.ContainsKey(issue))
            {
                errors.Add(new ContentError(path, 1, $"coaching.{issue}", "is required"));
            }
        }

        if (errors.Count > before)
        {
            return null;
        }

        try
        {
            return new Rubric(definition);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            errors.Add(new ContentError(path, 1, string.Empty, ex.Message));
            return null;
        }
    }
}
