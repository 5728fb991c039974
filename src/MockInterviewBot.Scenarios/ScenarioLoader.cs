using System.Text;
using MockInterviewBot.Core.Scenarios;
using MockInterviewBot.Scenarios.Parsing;

namespace MockInterviewBot.Scenarios;

/// <summary>
/// Loads every <c>*.yaml</c>/<c>*.yml</c> file under a scenarios folder (except <c>rubrics/</c> and <c>schema/</c>)
/// into Core's scenario model, collecting every error of every file rather than stopping at the first.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Loads <paramref name="directory"/>. Error and status paths are relative to the folder's parent and use
    /// forward slashes, so loading <c>/repo/scenarios</c> reports <c>scenarios/amazon/ownership-1.yaml</c>.
    /// </summary>
    public static ScenarioLoadResult LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var displayRoot = Path.GetDirectoryName(full) ?? full;
        var shownDirectory = Relative(displayRoot, full);
        if (!Directory.Exists(full))
        {
            var error = new ContentError(shownDirectory, 1, "", $"scenario folder '{directory}' does not exist");
            return new ScenarioLoadResult([], [error], []);
        }

        var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
            .Where(IsYaml)
            .Where(f => !IsReserved(full, f))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var parsed = new List<ParsedFile>();
        foreach (var file in files)
        {
            var relative = Relative(displayRoot, file);
            var sink = new ErrorSink(relative);
            var folder = FrameworkFolder(full, file);
            string text;
            try
            {
                text = File.ReadAllText(file, Encoding.UTF8);
            }
            catch (IOException ex)
            {
                sink.Add(1, "", $"cannot read the file: {ex.Message}");
                parsed.Add(new ParsedFile(relative, sink, new ParsedScenario(null, null, 1, null, 1)));
                continue;
            }
            catch (UnauthorizedAccessException ex)
            {
                sink.Add(1, "", $"cannot read the file: {ex.Message}");
                parsed.Add(new ParsedFile(relative, sink, new ParsedScenario(null, null, 1, null, 1)));
                continue;
            }

            parsed.Add(new ParsedFile(relative, sink, ScenarioParser.Parse(sink, text, folder, Path.GetFileName(file))));
        }

        CheckAcrossFiles(parsed);

        var statuses = parsed.Select(p => new ScenarioFileStatus(p.File, p.Parse.Id, [.. p.Sink.Errors])).ToArray();
        var scenarios = parsed.Where(p => p.Sink.Count == 0 && p.Parse.Scenario is not null).Select(p => p.Parse.Scenario!).ToArray();
        var errors = parsed.SelectMany(p => p.Sink.Errors).ToArray();
        return new ScenarioLoadResult(scenarios, errors, statuses);
    }

    /// <summary>Parses one scenario from text (tests and tools). <paramref name="displayPath"/> is e.g. <c>scenarios/amazon/x.yaml</c>.</summary>
    public static (Scenario? Scenario, IReadOnlyList<ContentError> Errors) LoadText(string yaml, string displayPath)
    {
        var sink = new ErrorSink(displayPath);
        var parts = displayPath.Split('/');
        var folder = parts.Length >= 2 ? parts[^2] : null;
        var parsed = ScenarioParser.Parse(sink, yaml, folder, parts[^1]);
        return (parsed.Scenario, [.. sink.Errors]);
    }

    private static void CheckAcrossFiles(List<ParsedFile> parsed)
    {
        var byId = new Dictionary<string, ParsedFile>(StringComparer.OrdinalIgnoreCase);
        var byQuestion = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (var file in parsed)
        {
            if (file.Parse.Id is { } id)
            {
                if (byId.TryGetValue(id, out var first))
                {
                    file.Sink.Add(file.Parse.IdLine, "id", $"duplicate scenario id '{id}' (also in {first.File})");
                }
                else
                {
                    byId[id] = file;
                }
            }

            if (file.Parse.Question is { } question)
            {
                var key = NormalizeQuestion(question);
                if (byQuestion.TryGetValue(key, out var first))
                {
                    file.Sink.Add(file.Parse.QuestionLine, "question", $"the same question is already asked by {first.File}");
                }
                else
                {
                    byQuestion[key] = file;
                }
            }
        }
    }

    /// <summary>The question reduced to lower-case letters and digits, so punctuation and spacing do not hide a duplicate.</summary>
    public static string NormalizeQuestion(string question)
    {
        var builder = new StringBuilder(question.Length);
        foreach (var c in question)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static bool IsReserved(string root, string file)
    {
        var first = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return ScenarioFormat.ReservedFolders.Contains(first, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The folder directly under the scenarios root that holds the file, or null for files at the root.</summary>
    private static string? FrameworkFolder(string root, string file)
    {
        var parts = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Length switch
        {
            1 => null,
            2 => parts[0],
            _ => string.Join('/', parts[..^1]),
        };
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private sealed record ParsedFile(string File, ErrorSink Sink, ParsedScenario Parse);
}
