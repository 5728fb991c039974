using System.Globalization;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scoring;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace MockInterviewBot.Scenarios.Parsing;

/// <summary>Parses and validates one scenario file. Cross-file checks (duplicate ids, questions) live in the loader.</summary>
internal sealed partial class ScenarioParser
{
    private readonly ErrorSink _sink;

    private ScenarioParser(ErrorSink sink) => _sink = sink;

    /// <summary>
    /// Parses <paramref name="yaml"/>. <paramref name="folder"/> is the framework folder the file sits in (null when it
    /// sits directly in the scenarios directory). Returns the scenario only when the file has no error; the id is
    /// returned whenever it could be read, so the status list can name the scenario.
    /// </summary>
    public static ParsedScenario Parse(ErrorSink sink, string yaml, string? folder, string fileName)
    {
        var parser = new ScenarioParser(sink);
        var root = parser.LoadRoot(yaml);
        if (root is null)
        {
            return new ParsedScenario(null, null, 1, null, 1);
        }

        var before = sink.Count;
        var parsed = parser.ReadScenario(root, folder, fileName);
        return sink.Count == before ? parsed : parsed with { Scenario = null };
    }

    private YamlNode? LoadRoot(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            // Some scanner errors carry a default position (line 0 or 1); then the last event that parsed marks the spot.
            var line = ex.Start.Line > 1 ? checked((int)ex.Start.Line) : Math.Max(checked((int)ex.Start.Line), LastGoodLine(yaml));
            _sink.Add(line, "", $"invalid YAML: {CleanMessage(ex)}");
            return null;
        }
        catch (ArgumentException ex)
        {
            // Duplicate keys can surface this way.
            _sink.Add(LastGoodLine(yaml), "", $"invalid YAML: {ex.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // The YamlDotNet scanner throws this without a position for some malformed input (e.g. "[unclosed").
            _sink.Add(LastGoodLine(yaml), "", "invalid YAML: the parser stopped here; look for an unclosed bracket, brace or quote");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            _sink.Add(1, "", "the file is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            _sink.Add(ErrorSink.LineOf(stream.Documents[1].RootNode), "", "a scenario file holds exactly one YAML document");
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private ParsedScenario ReadScenario(YamlNode rootNode, string? folder, string fileName)
    {
        var root = MappingReader.Open(_sink, rootNode, "", ScenarioFormat.Scenario);
        if (root is null)
        {
            return new ParsedScenario(null, null, 1, null, 1);
        }

        var id = root.Text("id");
        if (id is not null)
        {
            CheckId(root, id, fileName);
        }

        var framework = root.Text("framework");
        if (framework is not null)
        {
            CheckFramework(root, framework, folder);
        }

        var competencies = ReadCompetencies(root, framework);
        var roles = ReadRoles(root);
        var title = root.Text("title");
        var question = root.Text("question");
        var difficulty = root.Choice("difficulty", ScenarioFormat.Difficulties, "difficulty");
        var overview = root.Text("overview");
        var sections = ReadSections(root);
        var reflections = ReadReflections(root);
        var probes = ReadProbes(root);
        var weak = ReadWeakAnswer(root);
        var framing = ReadFraming(root);
        var calibration = ReadCalibration(root);
        var quiz = ReadQuiz(root);

        var scenario = new Scenario
        {
            Id = id ?? "",
            Framework = framework ?? "",
            Competencies = competencies,
            Roles = roles,
            Title = title ?? "",
            Question = question ?? "",
            Difficulty = difficulty ?? Difficulty.Medium,
            Overview = overview ?? "",
            Sections = sections,
            Reflections = reflections,
            Probes = probes,
            WeakAnswer = weak ?? new WeakAnswer { Text = "", RedFlags = [], Verdict = Verdict.NoHire, InterviewerNote = "" },
            Framing = framing,
            Calibration = calibration,
            Quiz = quiz,
            SourcePath = _sink.File,
        };
        return new ParsedScenario(scenario, id, root.LineOf("id"), question, root.LineOf("question"));
    }

    private void CheckId(MappingReader root, string id, string fileName)
    {
        if (!IdPattern().IsMatch(id))
        {
            _sink.Add(root.LineOf("id"), "id", $"'{id}' is not a valid id (lower-case letters, digits and single hyphens, e.g. 'ownership-webhook-drops')");
            return;
        }

        var expected = Path.GetFileNameWithoutExtension(fileName);
        if (!string.Equals(expected, id, StringComparison.Ordinal))
        {
            _sink.Add(root.LineOf("id"), "id", $"id '{id}' does not match the file name '{fileName}' (name the file '{id}.yaml')");
        }
    }

    private void CheckFramework(MappingReader root, string framework, string? folder)
    {
        if (!Frameworks.IsKnown(framework))
        {
            _sink.Add(root.LineOf("framework"), "framework", $"unknown framework '{framework}' (expected {MappingReader.List(Frameworks.All)})");
            return;
        }

        if (!string.Equals(folder, framework, StringComparison.Ordinal))
        {
            var where = folder is null ? "directly in the scenarios folder" : $"in the '{folder}/' folder";
            _sink.Add(root.LineOf("framework"), "framework", $"framework is '{framework}' but the file is {where}; move it to '{framework}/'");
        }
    }

    private string[] ReadCompetencies(MappingReader root, string? framework)
    {
        var items = root.TextList("competencies", 1);
        if (items is null)
        {
            return [];
        }

        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var (value, node, path) = items[i];
            if (!seen.Add(value))
            {
                _sink.Add(node, path, $"competency '{value}' is listed twice");
                continue;
            }

            result.Add(value);
            var isFirst = ReferenceEquals(node, ((YamlSequenceNode)root.Raw("competencies")!).Children[0]);
            if (isFirst && framework is not null && Frameworks.IsKnown(framework))
            {
                if (!IsExactId(framework, value))
                {
                    _sink.Add(node, path, $"unknown competency '{value}' for framework '{framework}' (the first competency must be one of: {string.Join(", ", Competencies.ForFramework(framework).Select(c => c.Id))})");
                }
            }
            else if (!isFirst && !Competencies.All.Any(c => string.Equals(c.Id, value, StringComparison.Ordinal)))
            {
                _sink.Add(node, path, $"unknown competency '{value}'");
            }
        }

        return [.. result];
    }

    private static bool IsExactId(string framework, string id) =>
        Competencies.ForFramework(framework).Any(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    private string[] ReadRoles(MappingReader root)
    {
        var items = root.TextList("roles", 1);
        if (items is null)
        {
            return [];
        }

        var result = new List<string>();
        foreach (var (value, node, path) in items)
        {
            if (!Competencies.Roles.Contains(value, StringComparer.Ordinal))
            {
                var alias = Competencies.RoleAliases.GetValueOrDefault(value);
                var hint = alias is null ? "" : $"; write '{alias}'";
                _sink.Add(node, path, $"unknown role '{value}' (expected {MappingReader.List(Competencies.Roles)}){hint}");
                continue;
            }

            if (result.Contains(value, StringComparer.Ordinal))
            {
                _sink.Add(node, path, $"role '{value}' is listed twice");
                continue;
            }

            result.Add(value);
        }

        return [.. result];
    }

    private ScenarioSection[] ReadSections(MappingReader root)
    {
        var items = root.Sequence("sections", 0);
        if (items is null)
        {
            return [];
        }

        var sections = new List<ScenarioSection>();
        var names = new List<string>();
        foreach (var (node, path) in items)
        {
            var section = MappingReader.Open(_sink, node, path, ScenarioFormat.Section);
            if (section is null)
            {
                names.Add("?");
                continue;
            }

            var name = section.Text("name");
            names.Add(name ?? "?");
            var star = ScenarioFormat.SectionNames.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.Ordinal));
            if (name is not null && star.Name is null)
            {
                _sink.Add(section.LineOf("name"), section.FieldPath("name"), $"unknown section '{name}' (expected {MappingReader.List(ScenarioFormat.SectionNames.Select(s => s.Name))})");
            }

            var target = section.Integer("targetSeconds");
            if (target is <= 0)
            {
                _sink.Add(section.LineOf("targetSeconds"), section.FieldPath("targetSeconds"), $"must be a positive number of seconds, got {target.Value.ToString(CultureInfo.InvariantCulture)}");
            }

            var example = section.Text("strongExample");
            var phrases = ReadKeyPhrases(section, example);
            sections.Add(new ScenarioSection
            {
                Name = star.Section,
                TargetSeconds = target ?? 0,
                StrongExample = example ?? "",
                KeyPhrases = phrases,
                Coaching = section.Text("coaching") ?? "",
                CommonMistake = section.Text("commonMistake") ?? "",
            });
        }

        var expected = ScenarioFormat.SectionNames.Select(s => s.Name).ToArray();
        if (!names.SequenceEqual(expected, StringComparer.Ordinal))
        {
            var got = names.Count == 0 ? "none" : string.Join(", ", names);
            _sink.Add(root.LineOf("sections"), "sections", $"must be exactly the five sections {string.Join(", ", expected)} in this order; got {got}");
        }

        return [.. sections];
    }

    private string[] ReadKeyPhrases(MappingReader section, string? example)
    {
        var items = section.TextList("keyPhrases", 1);
        if (items is null)
        {
            return [];
        }

        foreach (var (value, node, path) in items)
        {
            if (example is not null && !example.Contains(value, StringComparison.OrdinalIgnoreCase))
            {
                _sink.Add(node, path, $"key phrase '{value}' does not appear in the strong example");
            }
        }

        return [.. items.Select(i => i.Value)];
    }

    private Dictionary<Level, string> ReadReflections(MappingReader root)
    {
        var result = new Dictionary<Level, string>();
        if (root.Raw("reflections") is not { } node)
        {
            return result;
        }

        var reader = MappingReader.Open(_sink, node, "reflections", ScenarioFormat.Reflections);
        if (reader is null)
        {
            return result;
        }

        foreach (var (name, level) in ScenarioFormat.Levels)
        {
            if (reader.Text(name) is { } text)
            {
                result[level] = text;
            }
        }

        return result;
    }

    private ScenarioProbe[] ReadProbes(MappingReader root)
    {
        var items = root.Sequence("probes", ScenarioFormat.MinProbes);
        if (items is null)
        {
            return [];
        }

        var probes = new List<ScenarioProbe>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (node, path) in items)
        {
            var probe = MappingReader.Open(_sink, node, path, ScenarioFormat.Probe);
            if (probe is null)
            {
                continue;
            }

            var id = probe.Text("id");
            if (id is not null)
            {
                if (!IdPattern().IsMatch(id))
                {
                    _sink.Add(probe.LineOf("id"), probe.FieldPath("id"), $"'{id}' is not a valid probe id (lower-case letters, digits and single hyphens)");
                }
                else if (ids.TryGetValue(id, out var firstLine))
                {
                    _sink.Add(probe.LineOf("id"), probe.FieldPath("id"), $"duplicate probe id '{id}' (first used on line {firstLine.ToString(CultureInfo.InvariantCulture)})");
                }
                else
                {
                    ids[id] = probe.LineOf("id");
                }
            }

            var triggers = new List<string>();
            foreach (var (value, triggerNode, triggerPath) in probe.TextList("triggers", 1) ?? [])
            {
                if (!SignalCatalog.IsKnown(value))
                {
                    _sink.Add(triggerNode, triggerPath, $"unknown signal '{value}' (expected one of: {string.Join(", ", SignalCatalog.Names)})");
                }
                else if (triggers.Contains(value, StringComparer.Ordinal))
                {
                    _sink.Add(triggerNode, triggerPath, $"signal '{value}' is listed twice");
                }
                else
                {
                    triggers.Add(value);
                }
            }

            var strong = probe.Text("strongAnswer");
            var keyPhrase = probe.Text("keyPhrase");
            if (strong is not null && keyPhrase is not null && !strong.Contains(keyPhrase, StringComparison.OrdinalIgnoreCase))
            {
                _sink.Add(probe.LineOf("keyPhrase"), probe.FieldPath("keyPhrase"), $"key phrase '{keyPhrase}' does not appear in the strong answer");
            }

            probes.Add(new ScenarioProbe
            {
                Id = id ?? "",
                Question = probe.Text("question") ?? "",
                Tests = probe.Text("tests") ?? "",
                Triggers = triggers,
                WeakAnswer = probe.Text("weakAnswer") ?? "",
                WeakWhy = probe.Text("weakWhy") ?? "",
                StrongAnswer = strong ?? "",
                KeyPhrase = keyPhrase ?? "",
            });
        }

        return [.. probes];
    }

    private WeakAnswer? ReadWeakAnswer(MappingReader root)
    {
        if (root.Raw("weakAnswer") is not { } node)
        {
            return null;
        }

        var reader = MappingReader.Open(_sink, node, "weakAnswer", ScenarioFormat.WeakAnswer);
        if (reader is null)
        {
            return null;
        }

        return new WeakAnswer
        {
            Text = reader.Text("text") ?? "",
            RedFlags = [.. (reader.TextList("redFlags", 1) ?? []).Select(i => i.Value)],
            Verdict = reader.Choice("verdict", ScenarioFormat.Verdicts, "verdict") ?? Verdict.NoHire,
            InterviewerNote = reader.Text("interviewerNote") ?? "",
        };
    }

    private CompetencyFraming[] ReadFraming(MappingReader root)
    {
        var items = root.Sequence("framing", ScenarioFormat.MinFraming);
        if (items is null)
        {
            return [];
        }

        var result = new List<CompetencyFraming>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, path) in items)
        {
            var reader = MappingReader.Open(_sink, node, path, ScenarioFormat.Framing);
            if (reader is null)
            {
                continue;
            }

            var competency = reader.Text("competency");
            if (competency is not null)
            {
                if (!Competencies.All.Any(c => string.Equals(c.Id, competency, StringComparison.Ordinal)))
                {
                    _sink.Add(reader.LineOf("competency"), reader.FieldPath("competency"), $"unknown competency '{competency}'");
                }
                else if (!seen.Add(competency))
                {
                    _sink.Add(reader.LineOf("competency"), reader.FieldPath("competency"), $"competency '{competency}' is framed twice");
                }
            }

            result.Add(new CompetencyFraming
            {
                Competency = competency ?? "",
                LeadWith = reader.Text("leadWith") ?? "",
                Emphasize = reader.Text("emphasize") ?? "",
                Downplay = reader.Text("downplay") ?? "",
            });
        }

        return [.. result];
    }

    private LevelCalibration[] ReadCalibration(MappingReader root)
    {
        var items = root.Sequence("calibration", 0);
        if (items is null)
        {
            return [];
        }

        var result = new List<LevelCalibration>();
        var allLevelsRead = true;
        foreach (var (node, path) in items)
        {
            var reader = MappingReader.Open(_sink, node, path, ScenarioFormat.Calibration);
            if (reader is null)
            {
                allLevelsRead = false;
                continue;
            }

            var level = reader.Choice("level", ScenarioFormat.Levels, "level");
            if (level is null)
            {
                allLevelsRead = false;
            }
            else if (result.Any(c => c.Level == level.Value))
            {
                _sink.Add(reader.LineOf("level"), reader.FieldPath("level"), $"level '{reader.Raw("level")}' is calibrated twice");
            }

            result.Add(new LevelCalibration
            {
                Level = level ?? Level.Mid,
                Focus = reader.Text("focus") ?? "",
                Reflection = reader.Text("reflection") ?? "",
                Bar = reader.Text("bar") ?? "",
                Time = reader.Text("time") ?? "",
            });
        }

        if (allLevelsRead)
        {
            foreach (var (name, level) in new[] { ("entry", Level.Entry), ("senior", Level.Senior) })
            {
                if (!result.Any(c => c.Level == level))
                {
                    _sink.Add(root.LineOf("calibration"), "calibration", $"needs an item for level '{name}'");
                }
            }
        }

        return [.. result];
    }

    private QuizItem[] ReadQuiz(MappingReader root)
    {
        var items = root.Sequence("quiz", ScenarioFormat.MinQuizItems);
        if (items is null)
        {
            return [];
        }

        var result = new List<QuizItem>();
        foreach (var (node, path) in items)
        {
            var reader = MappingReader.Open(_sink, node, path, ScenarioFormat.QuizItem);
            if (reader is null)
            {
                continue;
            }

            var choices = reader.TextList("choices", ScenarioFormat.MinChoices);
            var answer = reader.Integer("answer");
            if (answer is { } a && choices is not null && reader.Raw("choices") is YamlSequenceNode list
                && (a < 0 || a >= list.Children.Count))
            {
                _sink.Add(reader.LineOf("answer"), reader.FieldPath("answer"), $"answer index {a.ToString(CultureInfo.InvariantCulture)} is out of range (choices are numbered 0 to {(list.Children.Count - 1).ToString(CultureInfo.InvariantCulture)})");
            }

            result.Add(new QuizItem
            {
                Question = reader.Text("question") ?? "",
                Choices = [.. (choices ?? []).Select(c => c.Value)],
                Answer = answer ?? 0,
                Explanation = reader.Text("explanation") ?? "",
                Difficulty = reader.Choice("difficulty", ScenarioFormat.Difficulties, "difficulty") ?? Difficulty.Medium,
            });
        }

        return [.. result];
    }

    /// <summary>The line of the last YAML event that parsed, for errors the library reports without a position.</summary>
    private static int LastGoodLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        long line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.End.Line;
            }
        }
        catch (YamlException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        return checked((int)line);
    }

    private static string CleanMessage(YamlException ex)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the line is reported separately.
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker >= 0 ? message[(marker + 3)..] : message;
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex IdPattern();
}
