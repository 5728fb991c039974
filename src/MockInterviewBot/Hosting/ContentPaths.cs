namespace MockInterviewBot.Hosting;

/// <summary>Resolves content folders (scenarios, rubrics) given as relative paths.</summary>
internal static class ContentPaths
{
    /// <summary>
    /// A relative path is looked up from the working directory first (running from the repository root or a
    /// container's working directory), then next to the application (the published image bakes scenarios in).
    /// </summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        var fromApp = Path.Combine(AppContext.BaseDirectory, path);
        if (Directory.Exists(fromApp))
        {
            return fromApp;
        }

        // Walk up from the application folder: `dotnet run` from anywhere inside the repository finds it.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "MockInterviewBot.sln")))
            {
                return candidate;
            }
        }

        return fromWorkingDirectory;
    }
}
