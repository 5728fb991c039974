using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>Pins what the image must be: multi-stage, non-root, health-checked, restore layer complete.</summary>
public sealed class DockerfileTests
{
    private static readonly DockerfileModel Dockerfile = DockerfileModel.Parse(DeployFiles.Read("deploy", "Dockerfile"));

    /// <summary>The host project and every project it references, transitively, as repo-relative paths.</summary>
    internal static SortedSet<string> HostProjectClosure()
    {
        var root = DeployFiles.Path();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(DeployFiles.Path("src", "MockInterviewBot", "MockInterviewBot.csproj"));
        while (pending.Count > 0)
        {
            var project = Path.GetFullPath(pending.Pop());
            var relative = Path.GetRelativePath(root, project).Replace('\\', '/');
            if (!found.Add(relative))
            {
                continue;
            }

            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                var include = reference.Attribute("Include")!.Value.Replace('\\', '/');
                pending.Push(Path.Combine(Path.GetDirectoryName(project)!, include));
            }
        }

        return found;
    }

    /// <summary>Files the restore needs that are not project files: global.json, every Directory.*.props, NuGet.config.</summary>
    internal static SortedSet<string> RestoreInputs()
    {
        var root = DeployFiles.Path();
        var inputs = new SortedSet<string>(StringComparer.Ordinal) { "global.json" };
        foreach (var props in Directory.GetFiles(root, "Directory.*.props").Concat(Directory.GetFiles(root, "Directory.*.targets")))
        {
            inputs.Add(Path.GetFileName(props));
        }

        foreach (var config in Directory.GetFiles(root).Where(f => Path.GetFileName(f).Equals("nuget.config", StringComparison.OrdinalIgnoreCase)))
        {
            inputs.Add(Path.GetFileName(config));
        }

        return inputs;
    }

    /// <summary>What must be copied before the first "dotnet restore" but is not; empty when the restore layer is complete.</summary>
    internal static List<string> MissingBeforeRestore(DockerfileModel dockerfile, IEnumerable<string> required)
    {
        var restore = dockerfile.All("RUN").FirstOrDefault(r => r.Arguments.Contains("dotnet restore", StringComparison.Ordinal))
            ?? throw new InvalidDataException("no RUN dotnet restore");
        var copied = dockerfile.ContextCopies()
            .Where(c => c.Instruction.Line < restore.Line && c.Instruction.Stage == restore.Stage)
            .Select(c => c.Source.TrimStart('.', '/'))
            .ToHashSet(StringComparer.Ordinal);
        return required.Where(r => !copied.Contains(r)).ToList();
    }

    [Fact]
    public void Host_project_closure_is_read_from_the_project_files()
    {
        var closure = HostProjectClosure();
        Assert.Contains("src/MockInterviewBot/MockInterviewBot.csproj", closure);
        Assert.Contains("src/MockInterviewBot.Groups/MockInterviewBot.Groups.csproj", closure);
        Assert.Contains("src/MockInterviewBot.Core/MockInterviewBot.Core.csproj", closure);
        Assert.DoesNotContain(closure, p => p.StartsWith("tests/", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_stage_uses_the_sdk_and_the_final_stage_the_aspnet_runtime()
    {
        var froms = Dockerfile.All("FROM").ToList();
        Assert.True(froms.Count >= 2, "multi-stage build expected");
        Assert.Matches(@"mcr\.microsoft\.com/dotnet/sdk:\S+\s+AS\s+build", froms[0].Arguments);
        Assert.Matches(@"^mcr\.microsoft\.com/dotnet/aspnet:\S+\s+AS\s+runtime$", froms[^1].Arguments);
        Assert.Contains(Dockerfile.All("COPY"), c => c.Stage == Dockerfile.LastStage && c.Arguments.StartsWith("--from=build", StringComparison.Ordinal));
        Assert.DoesNotContain(Dockerfile.Instructions, i => i.Stage == Dockerfile.LastStage && i.Keyword == "RUN" && i.Arguments.Contains("dotnet publish", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_stage_runs_as_a_non_root_user_on_port_8080()
    {
        var user = Assert.Single(Dockerfile.All("USER"), u => u.Stage == Dockerfile.LastStage);
        Assert.DoesNotMatch(@"^(root|0)(:|$)", user.Arguments);
        var lastRootStep = Dockerfile.Instructions.Last(i => i.Stage == Dockerfile.LastStage && i.Keyword == "RUN");
        Assert.True(user.Line > lastRootStep.Line, "USER must come after the last RUN of the runtime stage");
        Assert.Contains(Dockerfile.All("EXPOSE"), e => e.Stage == Dockerfile.LastStage && e.Arguments.Split(' ').Contains("8080"));
        Assert.Equal("http://0.0.0.0:8080", Dockerfile.Environment(Dockerfile.LastStage)["Urls"]);
    }

    [Fact]
    public void Health_check_and_entrypoint_run_the_app_dll()
    {
        var health = Assert.Single(Dockerfile.All("HEALTHCHECK"));
        Assert.Matches(@"CMD\s+\[""dotnet"",\s*""/app/MockInterviewBot\.dll"",\s*""healthcheck""\]", health.Arguments);
        var entry = Assert.Single(Dockerfile.All("ENTRYPOINT"));
        Assert.Equal(@"[""dotnet"", ""/app/MockInterviewBot.dll""]", entry.Arguments);
        Assert.Equal(Dockerfile.LastStage, entry.Stage);
    }

    [Fact]
    public void Every_project_the_host_references_is_copied_before_restore()
    {
        var missing = MissingBeforeRestore(Dockerfile, HostProjectClosure());
        Assert.True(missing.Count == 0, "COPY before dotnet restore is missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_file_the_restore_reads_is_copied_before_restore()
    {
        var missing = MissingBeforeRestore(Dockerfile, RestoreInputs());
        Assert.Contains("Directory.Packages.props", RestoreInputs());
        Assert.True(missing.Count == 0, "COPY before dotnet restore is missing: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_restore_check_notices_a_project_without_its_copy()
    {
        var text = DeployFiles.Read("deploy", "Dockerfile");
        var withoutGroups = Regex.Replace(text, @"^COPY src/MockInterviewBot\.Groups/.*$", "", RegexOptions.Multiline);
        Assert.NotEqual(text, withoutGroups);
        var missing = MissingBeforeRestore(DockerfileModel.Parse(withoutGroups), HostProjectClosure());
        Assert.Equal(["src/MockInterviewBot.Groups/MockInterviewBot.Groups.csproj"], missing);
    }

    [Fact]
    public void Scenarios_are_baked_into_app_scenarios()
    {
        Assert.Contains(
            Dockerfile.ContextCopies(),
            c => c.Instruction.Stage == Dockerfile.LastStage && c.Source.TrimEnd('/') == "scenarios"
                && Dockerfile.ResolveDestination(c.Instruction, c.Destination).TrimEnd('/') == "/app/scenarios");
    }

    [Fact]
    public void Data_directory_is_a_volume_at_data_owned_by_the_app_user()
    {
        Assert.Equal("/data", Dockerfile.Environment(Dockerfile.LastStage)["Storage__DataDirectory"]);
        var volume = Assert.Single(Dockerfile.All("VOLUME"));
        Assert.Contains("\"/data\"", volume.Arguments, StringComparison.Ordinal);
        Assert.Contains(Dockerfile.All("RUN"), r => r.Stage == Dockerfile.LastStage && Regex.IsMatch(r.Arguments, @"chown\s+""?\$\{?APP_UID\}?""?\s+/data"));
    }
}
