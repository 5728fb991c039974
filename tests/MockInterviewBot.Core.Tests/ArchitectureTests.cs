using MockInterviewBot.Core.Interviews;

namespace MockInterviewBot.Core.Tests;

public sealed class ArchitectureTests
{
    private static readonly string[] Forbidden =
    [
        "Microsoft.AspNetCore",
        "YamlDotNet",
        "Npgsql",
        "Microsoft.Data.Sqlite",
        "SQLitePCLRaw",
        "Dapper",
        "MockInterviewBot.Slack",
        "MockInterviewBot.Discord",
        "MockInterviewBot.Storage",
        "MockInterviewBot.Scenarios",
        "MockInterviewBot.Web",
    ];

    [Fact]
    public void CoreAssembly_ReferencesNoPlatformStorageYamlOrWebAssembly()
    {
        var references = typeof(InterviewEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var offending = references.Where(r => Forbidden.Any(f => r.StartsWith(f, StringComparison.OrdinalIgnoreCase))).ToArray();

        Assert.Empty(offending);
        Assert.Contains("MockInterviewBot.Scoring", references);
    }

    [Fact]
    public void CoreProjectFile_HasNoForbiddenReferences()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var project = File.ReadAllText(Path.Combine(dir.FullName, "src", "MockInterviewBot.Core", "MockInterviewBot.Core.csproj"));

        Assert.All(Forbidden, f => Assert.DoesNotContain(f, project, StringComparison.OrdinalIgnoreCase));
    }
}
