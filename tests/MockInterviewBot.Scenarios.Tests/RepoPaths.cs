namespace MockInterviewBot.Scenarios.Tests;

internal static class RepoPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds MockInterviewBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Scenarios => Path.Combine(Root, "scenarios");

    private static string FindRoot()
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
