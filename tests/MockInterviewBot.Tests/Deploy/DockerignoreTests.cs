using System.Text.RegularExpressions;

namespace MockInterviewBot.Tests.Deploy;

/// <summary>The build context leaves out build output, history, tests and secrets, and keeps all the Dockerfile copies.</summary>
public sealed class DockerignoreTests
{
    private static readonly List<string> Patterns = DeployFiles.Read(".dockerignore")
        .Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToList();

    /// <summary>Whether a context-relative path is excluded (Docker's rules: last match wins, "!" re-includes, a match on a parent folder excludes its content).</summary>
    internal static bool IsExcluded(IReadOnlyList<string> patterns, string path)
    {
        path = path.Trim('/');
        var segments = path.Split('/');
        var excluded = false;
        foreach (var raw in patterns)
        {
            var negate = raw.StartsWith('!');
            var pattern = (negate ? raw[1..] : raw).Trim('/');
            var regex = new Regex("^" + GlobToRegex(pattern) + "$");
            for (var n = 1; n <= segments.Length; n++)
            {
                if (regex.IsMatch(string.Join('/', segments.Take(n))))
                {
                    excluded = !negate;
                    break;
                }
            }
        }

        return excluded;
    }

    private static string GlobToRegex(string glob)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    sb.Append("(?:.*/)?");
                }
                else
                {
                    sb.Append(".*");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.ToString();
    }

    [Theory]
    [InlineData("src/MockInterviewBot/bin/Release/MockInterviewBot.dll")]
    [InlineData("src/MockInterviewBot.Core/obj/project.assets.json")]
    [InlineData(".git/HEAD")]
    [InlineData("tests/MockInterviewBot.Tests/MockInterviewBot.Tests.csproj")]
    [InlineData(".env")]
    [InlineData("deploy/.env")]
    [InlineData("data/mockinterviewbot.db")]
    public void Build_output_history_tests_and_secrets_stay_out_of_the_context(string path) =>
        Assert.True(IsExcluded(Patterns, path), path + " should be excluded by .dockerignore");

    [Fact]
    public void Nothing_the_dockerfile_copies_is_excluded()
    {
        var dockerfile = DockerfileModel.Parse(DeployFiles.Read("deploy", "Dockerfile"));
        var sources = dockerfile.ContextCopies().Select(c => c.Source.TrimStart('.', '/').TrimEnd('/')).Where(s => s.Length > 0).ToList();
        Assert.Contains("src", sources);
        Assert.Contains("scenarios", sources);
        Assert.Contains("appsettings.json", sources);
        Assert.Contains("global.json", sources);
        Assert.Contains("Directory.Packages.props", sources);
        var excluded = sources.Where(s => IsExcluded(Patterns, s)).ToList();
        Assert.True(excluded.Count == 0, "excluded by .dockerignore but copied by the Dockerfile: " + string.Join(", ", excluded));

        // Inside copied folders, the source files themselves must get through too.
        foreach (var folder in sources.Where(s => Directory.Exists(DeployFiles.Path(s))))
        {
            var files = Directory.EnumerateFiles(DeployFiles.Path(folder), "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(DeployFiles.Path(), f).Replace('\\', '/'))
                .Where(f => !Regex.IsMatch(f, "/(bin|obj)/"));
            Assert.DoesNotContain(files, f => IsExcluded(Patterns, f));
        }
    }

    [Fact]
    public void The_matcher_follows_dockers_rules()
    {
        string[] patterns = ["**/bin/", "tests/", "*.db", "!keep.db"];
        Assert.True(IsExcluded(patterns, "a/b/bin/x.dll"));
        Assert.True(IsExcluded(patterns, "bin/x.dll"));
        Assert.True(IsExcluded(patterns, "tests/a.cs"));
        Assert.False(IsExcluded(patterns, "src/tests.cs"));
        Assert.True(IsExcluded(patterns, "x.db"));
        Assert.False(IsExcluded(patterns, "keep.db"));
        Assert.False(IsExcluded(patterns, "src/binary.cs"));
    }
}
