namespace MockInterviewBot.Tests.Deploy;

/// <summary>One Dockerfile instruction (continuation lines joined), with the stage it belongs to.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Stage, int Line);

/// <summary>A minimal Dockerfile reader: enough to pin stages, COPY order, ENV, USER and the health check.</summary>
internal sealed class DockerfileModel
{
    private DockerfileModel(List<DockerInstruction> instructions) => Instructions = instructions;

    public IReadOnlyList<DockerInstruction> Instructions { get; }

    public static DockerfileModel Parse(string text)
    {
        var result = new List<DockerInstruction>();
        var stage = -1;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var start = i;
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var joined = new System.Text.StringBuilder();
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                joined.Append(line[..^1]).Append(' ');
                i++;
                line = lines[i].Trim();
                while (line.StartsWith('#') && i + 1 < lines.Length)
                {
                    i++;
                    line = lines[i].Trim();
                }
            }

            joined.Append(line);
            var full = joined.ToString().Trim();
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? full : full[..space]).ToUpperInvariant();
            var args = space < 0 ? "" : full[(space + 1)..].Trim();
            if (keyword == "FROM")
            {
                stage++;
            }

            result.Add(new DockerInstruction(keyword, args, stage, start + 1));
        }

        return new DockerfileModel(result);
    }

    public IEnumerable<DockerInstruction> All(string keyword) => Instructions.Where(i => i.Keyword == keyword);

    public int LastStage => Instructions.Max(i => i.Stage);

    /// <summary>COPY/ADD sources from the build context (not --from=stage), each with its instruction.</summary>
    public IEnumerable<(string Source, string Destination, DockerInstruction Instruction)> ContextCopies()
    {
        foreach (var copy in Instructions.Where(i => i.Keyword is "COPY" or "ADD"))
        {
            var words = copy.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Any(w => w.StartsWith("--from", StringComparison.Ordinal)))
            {
                continue;
            }

            var paths = words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).ToList();
            for (var s = 0; s < paths.Count - 1; s++)
            {
                yield return (paths[s], paths[^1], copy);
            }
        }
    }

    /// <summary>The absolute destination of a COPY, resolved against the stage's WORKDIR at that point.</summary>
    public string ResolveDestination(DockerInstruction copy, string destination)
    {
        if (destination.StartsWith('/'))
        {
            return destination;
        }

        var workdir = Instructions.LastOrDefault(i => i.Keyword == "WORKDIR" && i.Stage == copy.Stage && i.Line < copy.Line)?.Arguments ?? "/";
        var combined = workdir.TrimEnd('/') + "/" + (destination.StartsWith("./", StringComparison.Ordinal) ? destination[2..] : destination.TrimStart('.'));
        return combined;
    }

    /// <summary>ENV in a stage as key/value pairs (KEY=VALUE form, several per line).</summary>
    public Dictionary<string, string> Environment(int stage)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Instructions.Where(i => i.Keyword == "ENV" && i.Stage == stage))
        {
            foreach (var pair in e.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    env[pair[..eq]] = pair[(eq + 1)..].Trim('"');
                }
            }
        }

        return env;
    }
}
